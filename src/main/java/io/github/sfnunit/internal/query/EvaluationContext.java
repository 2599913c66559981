package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.internal.Memo;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * What an expression can see besides its input: the {@code $$} context object, the variables in scope, and the
 * execution's seeded random source ({@code States.UUID}, {@code States.MathRandom}, {@code $random}, {@code
 * $uuid}).
 *
 * <p>The context object can be given as a supplier: it is then built on the first read, if any. Most states never
 * read {@code $$}, and building it (JSON objects, a timestamp text) was a quarter of a mocked Task's cost in the
 * benchmarks.
 */
public final class EvaluationContext {

    private final Memo<JsonNode> contextObject;
    private final VariableScope variables;
    private final RandomGenerator random;

    /** A context with the {@code $$} object at hand ({@code null} for none). */
    public EvaluationContext(JsonNode contextObject, VariableScope variables, RandomGenerator random) {
        this(Memo.ofValue(contextObject), variables, random);
    }

    private EvaluationContext(Memo<JsonNode> contextObject, VariableScope variables, RandomGenerator random) {
        this.contextObject = contextObject;
        this.variables = variables;
        this.random = random;
    }

    /** A context whose {@code $$} object {@code contextSource} builds on the first read. */
    public static EvaluationContext lazy(
            Supplier<JsonNode> contextSource, VariableScope variables, RandomGenerator random) {
        return new EvaluationContext(Memo.of(contextSource), variables, random);
    }

    /** The {@code $$} object, or {@code null} when there is none. */
    public JsonNode contextObject() {
        return contextObject.get();
    }

    public VariableScope variables() {
        return variables;
    }

    public RandomGenerator random() {
        return random;
    }
}
