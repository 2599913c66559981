package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.internal.query.EvaluationContext;

/** A compiled Choice rule: true when its branch is taken. */
@FunctionalInterface
interface ChoiceCondition {

    /**
     * @param input the Choice state's effective input
     * @throws io.github.sfnunit.internal.query.StatesException when AWS fails the state (a variable path that
     *     selects nothing)
     */
    boolean test(JsonNode input, EvaluationContext context);
}
