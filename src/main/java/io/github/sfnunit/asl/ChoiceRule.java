package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A boolean expression of a Choice state: a comparison, a combination, or a JSONata condition. */
public sealed interface ChoiceRule {

    /**
     * {@code "Variable": path, "<Operator>[Path]": value}.
     *
     * @param variable the JSONPath of the value tested (may reference {@code $$} or a {@code $variable})
     * @param path true for the {@code ...Path} form, whose {@code value} is a text node holding a path
     * @param value the literal to compare with, or the path text when {@code path} is true
     */
    record Comparison(String variable, ComparisonOperator operator, boolean path, JsonNode value)
            implements ChoiceRule {}

    /** {@code "And": [rules]}. */
    record And(List<ChoiceRule> rules) implements ChoiceRule {
        public And {
            rules = List.copyOf(rules);
        }
    }

    /** {@code "Or": [rules]}. */
    record Or(List<ChoiceRule> rules) implements ChoiceRule {
        public Or {
            rules = List.copyOf(rules);
        }
    }

    /** {@code "Not": rule}. */
    record Not(ChoiceRule rule) implements ChoiceRule {}

    /** JSONata states: {@code "Condition": "{% expression %}"} (or a boolean literal). */
    record Condition(JsonNode condition) implements ChoiceRule {}
}
