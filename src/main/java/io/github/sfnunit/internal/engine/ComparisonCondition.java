package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.ChoiceRule;
import io.github.sfnunit.asl.ComparisonOperator;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.JsonPathExpression;
import io.github.sfnunit.internal.query.StatesException;
import java.time.Instant;
import java.util.Optional;

/**
 * One JSONPath comparison: {@code "Variable": path, "<Operator>[Path]": value}. A value of the wrong type never
 * matches (e.g. {@code StringEquals} on a number); a {@code Variable} that selects nothing fails the state with
 * {@code States.Runtime}, except for {@code IsPresent} and the other type tests, which are false for it.
 */
final class ComparisonCondition implements ChoiceCondition {

    private final ComparisonOperator operator;
    private final JsonPathExpression variable;
    private final JsonPathExpression operandPath;
    private final JsonNode literal;
    private final StringMatchPattern pattern;

    ComparisonCondition(ChoiceRule.Comparison comparison) {
        this.operator = comparison.operator();
        this.variable = JsonPathExpression.compile(comparison.variable());
        this.operandPath = comparison.path()
                ? JsonPathExpression.compile(comparison.value().textValue())
                : null;
        this.literal = comparison.path() ? null : comparison.value();
        this.pattern = operator == ComparisonOperator.STRING_MATCHES
                ? StringMatchPattern.compile(comparison.value().textValue())
                : null;
    }

    @Override
    public boolean test(JsonNode input, EvaluationContext context) {
        if (operator.operand() == ComparisonOperator.Operand.TYPE_TEST) {
            Optional<JsonNode> value = variable.find(input, context);
            return typeTest(value.orElse(null)) == literal.asBoolean();
        }
        JsonNode value = required(variable, "condition", input, context);
        JsonNode operand = operandPath != null ? required(operandPath, "comparison", input, context) : literal;
        return switch (operator.operand()) {
            case STRING -> value.isTextual() && operand.isTextual() && compareStrings(value, operand);
            case NUMBER ->
                value.isNumber()
                        && operand.isNumber()
                        && compare(value.decimalValue().compareTo(operand.decimalValue()));
            case BOOLEAN -> value.isBoolean() && operand.isBoolean() && value.booleanValue() == operand.booleanValue();
            case TIMESTAMP -> compareTimestamps(value, operand);
            case TYPE_TEST -> throw new IllegalStateException("handled above");
        };
    }

    /**
     * The value at {@code path}; a path that selects nothing fails the state with AWS's cause, e.g. {@code Invalid
     * path '$.force': The choice state's condition path references an invalid value.}
     */
    private static JsonNode required(JsonPathExpression path, String which, JsonNode input, EvaluationContext context) {
        return path.find(input, context)
                .orElseThrow(() -> new StatesException(
                        "States.Runtime",
                        "Invalid path '" + path.text() + "': The choice state's " + which
                                + " path references an invalid value."));
    }

    private boolean compareStrings(JsonNode value, JsonNode operand) {
        if (operator == ComparisonOperator.STRING_MATCHES) {
            return pattern.matches(value.textValue());
        }
        return compare(value.textValue().compareTo(operand.textValue()));
    }

    private boolean compareTimestamps(JsonNode value, JsonNode operand) {
        Instant left = value.isTextual() ? AwsTimestamps.parse(value.textValue()) : null;
        Instant right = operand.isTextual() ? AwsTimestamps.parse(operand.textValue()) : null;
        return left != null && right != null && compare(left.compareTo(right));
    }

    private boolean compare(int order) {
        return switch (operator) {
            case STRING_EQUALS, NUMERIC_EQUALS, TIMESTAMP_EQUALS -> order == 0;
            case STRING_LESS_THAN, NUMERIC_LESS_THAN, TIMESTAMP_LESS_THAN -> order < 0;
            case STRING_GREATER_THAN, NUMERIC_GREATER_THAN, TIMESTAMP_GREATER_THAN -> order > 0;
            case STRING_LESS_THAN_EQUALS, NUMERIC_LESS_THAN_EQUALS, TIMESTAMP_LESS_THAN_EQUALS -> order <= 0;
            case STRING_GREATER_THAN_EQUALS, NUMERIC_GREATER_THAN_EQUALS, TIMESTAMP_GREATER_THAN_EQUALS -> order >= 0;
            default -> throw new IllegalStateException("Not an ordering operator: " + operator);
        };
    }

    private boolean typeTest(JsonNode value) {
        return switch (operator) {
            case IS_PRESENT -> value != null;
            case IS_NULL -> value != null && value.isNull();
            case IS_NUMERIC -> value != null && value.isNumber();
            case IS_STRING -> value != null && value.isTextual();
            case IS_BOOLEAN -> value != null && value.isBoolean();
            case IS_TIMESTAMP -> value != null && value.isTextual() && AwsTimestamps.parse(value.textValue()) != null;
            default -> throw new IllegalStateException("Not a type test: " + operator);
        };
    }
}
