package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.ChoiceRule;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.jsonata.JsonataBindings;
import io.github.sfnunit.internal.query.jsonata.JsonataTemplate;

/**
 * A JSONata Choice rule: {@code "Condition": "{% expression %}"} (or a boolean literal), compiled once. The
 * expression sees the Choice state's raw input as {@code $states.input}; it must evaluate to a boolean.
 */
final class JsonataChoiceCondition implements ChoiceCondition {

    private final JsonNode literal;
    private final JsonataTemplate template;
    private final String field;

    private JsonataChoiceCondition(JsonNode literal, JsonataTemplate template, String field) {
        this.literal = literal;
        this.template = template;
        this.field = field;
    }

    /** @param field AWS's name of the field in messages, e.g. {@code Choices[0]/Condition} */
    static JsonataChoiceCondition compile(ChoiceRule.Condition condition, String field) {
        return new JsonataChoiceCondition(
                condition.condition(), JsonataTemplate.compile(condition.condition(), field), field);
    }

    @Override
    public boolean test(JsonNode input, EvaluationContext context) {
        JsonNode value = template.evaluate(JsonataBindings.of(context, input));
        if (!value.isBoolean()) {
            throw JsonataDataFlow.wrongType(literal, field, "boolean", value);
        }
        return value.booleanValue();
    }
}
