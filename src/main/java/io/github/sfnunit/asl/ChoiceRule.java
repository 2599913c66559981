package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A boolean expression of a Choice state: a comparison, a combination, or a JSONata condition.
 *
 * @since 0.1.0
 */
public sealed interface ChoiceRule {

    /**
     * {@code "Variable": path, "<Operator>[Path]": value}.
     *
     * @param variable the JSONPath of the value tested (may reference {@code $$} or a {@code $variable})
     * @param path true for the {@code ...Path} form, whose {@code value} is a text node holding a path
     * @param value the literal to compare with, or the path text when {@code path} is true
     * @since 0.1.0
     */
    record Comparison(String variable, ComparisonOperator operator, boolean path, JsonNode value)
            implements ChoiceRule {}

    /**
     * {@code "And": [rules]}.
     *
     * @since 0.1.0
     */
    record And(List<ChoiceRule> rules) implements ChoiceRule {
        public And {
            rules = List.copyOf(rules);
        }
    }

    /**
     * {@code "Or": [rules]}.
     *
     * @since 0.1.0
     */
    record Or(List<ChoiceRule> rules) implements ChoiceRule {
        public Or {
            rules = List.copyOf(rules);
        }
    }

    /**
     * {@code "Not": rule}.
     *
     * @since 0.1.0
     */
    record Not(ChoiceRule rule) implements ChoiceRule {}

    /**
     * JSONata states: {@code "Condition": "{% expression %}"} (or a boolean literal).
     *
     * @since 0.1.0
     */
    record Condition(JsonNode condition) implements ChoiceRule {}
}
