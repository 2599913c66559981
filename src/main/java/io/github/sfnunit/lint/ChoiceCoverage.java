package io.github.sfnunit.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfnunit.asl.Choice;
import io.github.sfnunit.asl.ChoiceRule;
import io.github.sfnunit.asl.ComparisonOperator;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule on Choice states without {@code Default}: tries inputs built from the values the rules compare with, of
 * the types they compare (an unlisted string, each value, just below and above it; both booleans; where a type test
 * asks, absence and every JSON type) and names the first input no rule matches. Rules comparing two paths, and JSONata conditions, cannot be read
 * statically: a JSONata Choice without Default is reported as unproven, a path comparison never counts as a match.
 */
final class ChoiceCoverage {

    /** The most inputs tried for one Choice. */
    static final int MAX_CASES = 4096;

    /** Stands for a variable that the input does not have. */
    private static final JsonNode ABSENT = com.fasterxml.jackson.databind.node.MissingNode.getInstance();

    private ChoiceCoverage() {}

    static void check(State state, List<LintFinding> found) {
        if (!(state instanceof State.ChoiceState choice) || choice.defaultState() != null) {
            return;
        }
        List<ChoiceRule> rules = choice.choices().stream().map(Choice::rule).toList();
        if (rules.stream().anyMatch(ChoiceCoverage::hasCondition)) {
            found.add(TaskRules.finding(
                    LintRule.CHOICE_NO_DEFAULT,
                    state,
                    "",
                    "has no Default, and its JSONata Conditions cannot be checked statically: an input none of them"
                            + " matches fails the execution with States.NoChoiceMatched; add a Default"));
            return;
        }
        Map<String, List<JsonNode>> candidates = new LinkedHashMap<>();
        rules.forEach(rule -> collect(rule, candidates));
        Map<String, JsonNode> uncovered = firstUncovered(rules, candidates);
        if (uncovered != null) {
            found.add(TaskRules.finding(
                    LintRule.CHOICE_NO_DEFAULT,
                    state,
                    "",
                    "has no Default, and no rule matches an input where " + describe(uncovered)
                            + ": such an input fails the execution with States.NoChoiceMatched; add a Default, or a"
                            + " rule for that case"));
        }
    }

    private static Map<String, JsonNode> firstUncovered(
            List<ChoiceRule> rules, Map<String, List<JsonNode>> candidates) {
        List<String> variables = new ArrayList<>(candidates.keySet());
        int[] index = new int[variables.size()];
        for (int tried = 0; tried < MAX_CASES; tried++) {
            Map<String, JsonNode> input = new LinkedHashMap<>();
            for (int v = 0; v < variables.size(); v++) {
                input.put(variables.get(v), candidates.get(variables.get(v)).get(index[v]));
            }
            if (matchesNone(rules, input)) {
                return input;
            }
            int v = variables.size() - 1;
            while (v >= 0 && ++index[v] == candidates.get(variables.get(v)).size()) {
                index[v] = 0;
                v--;
            }
            if (v < 0) {
                return null;
            }
        }
        return null;
    }

    /** True when every rule evaluates to false; an evaluation error (an absent variable) is not a miss. */
    private static boolean matchesNone(List<ChoiceRule> rules, Map<String, JsonNode> input) {
        for (ChoiceRule rule : rules) {
            Boolean result = evaluate(rule, input);
            if (result == null || result) {
                return false;
            }
        }
        return true;
    }

    /** The rule's value on {@code input}, {@code null} when AWS would raise an error instead. */
    private static Boolean evaluate(ChoiceRule rule, Map<String, JsonNode> input) {
        if (rule instanceof ChoiceRule.And and) {
            boolean all = true;
            for (ChoiceRule part : and.rules()) {
                Boolean value = evaluate(part, input);
                if (value == null) {
                    return null;
                }
                all &= value;
            }
            return all;
        }
        if (rule instanceof ChoiceRule.Or or) {
            boolean any = false;
            for (ChoiceRule part : or.rules()) {
                Boolean value = evaluate(part, input);
                if (value == null) {
                    return null;
                }
                any |= value;
            }
            return any;
        }
        if (rule instanceof ChoiceRule.Not not) {
            Boolean value = evaluate(not.rule(), input);
            return value == null ? null : !value;
        }
        ChoiceRule.Comparison comparison = (ChoiceRule.Comparison) rule;
        if (comparison.path()) {
            return false;
        }
        JsonNode actual = input.getOrDefault(comparison.variable(), ABSENT);
        return compare(comparison.operator(), actual, comparison.value());
    }

    private static Boolean compare(ComparisonOperator operator, JsonNode actual, JsonNode expected) {
        boolean absent = actual.isMissingNode();
        switch (operator) {
            case IS_PRESENT:
                return !absent == expected.booleanValue();
            case IS_NULL:
                return (!absent && actual.isNull()) == expected.booleanValue();
            case IS_NUMERIC:
                return (!absent && actual.isNumber()) == expected.booleanValue();
            case IS_STRING:
                return (!absent && actual.isTextual()) == expected.booleanValue();
            case IS_BOOLEAN:
                return (!absent && actual.isBoolean()) == expected.booleanValue();
            case IS_TIMESTAMP:
                return (!absent && timestamp(actual) != null) == expected.booleanValue();
            default:
                break;
        }
        if (absent) {
            return null;
        }
        switch (operator.operand()) {
            case STRING:
                if (!actual.isTextual()) {
                    return false;
                }
                if (operator == ComparisonOperator.STRING_MATCHES) {
                    return glob(expected.asText()).matcher(actual.textValue()).matches();
                }
                return ordered(operator, actual.textValue().compareTo(expected.asText()));
            case NUMBER:
                return actual.isNumber()
                        && ordered(operator, actual.decimalValue().compareTo(expected.decimalValue()));
            case BOOLEAN:
                return actual.isBoolean() && actual.booleanValue() == expected.booleanValue();
            case TIMESTAMP:
                OffsetDateTime time = timestamp(actual);
                OffsetDateTime other = timestamp(expected);
                return time != null && other != null && ordered(operator, time.compareTo(other));
            default:
                return false;
        }
    }

    private static boolean ordered(ComparisonOperator operator, int sign) {
        String name = operator.aslName();
        if (name.endsWith("LessThanEquals")) {
            return sign <= 0;
        }
        if (name.endsWith("GreaterThanEquals")) {
            return sign >= 0;
        }
        if (name.endsWith("LessThan")) {
            return sign < 0;
        }
        if (name.endsWith("GreaterThan")) {
            return sign > 0;
        }
        return sign == 0;
    }

    /** The inputs to try, per variable: the natural cases first, then the other JSON types. */
    private static void collect(ChoiceRule rule, Map<String, List<JsonNode>> candidates) {
        if (rule instanceof ChoiceRule.And and) {
            and.rules().forEach(part -> collect(part, candidates));
        } else if (rule instanceof ChoiceRule.Or or) {
            or.rules().forEach(part -> collect(part, candidates));
        } else if (rule instanceof ChoiceRule.Not not) {
            collect(not.rule(), candidates);
        } else if (rule instanceof ChoiceRule.Comparison comparison) {
            List<JsonNode> values = candidates.computeIfAbsent(comparison.variable(), v -> new ArrayList<>());
            Set<JsonNode> added = new LinkedHashSet<>(values);
            added.addAll(near(comparison));
            values.clear();
            values.addAll(added);
        }
    }

    private static List<JsonNode> near(ChoiceRule.Comparison comparison) {
        JsonNode value = comparison.value();
        List<JsonNode> near = new ArrayList<>();
        if (comparison.path()) {
            return near;
        }
        switch (comparison.operator().operand()) {
            case STRING:
                near.add(TextNode.valueOf("other"));
                near.add(TextNode.valueOf(value.asText()));
                near.add(TextNode.valueOf(value.asText() + "~"));
                near.add(TextNode.valueOf(""));
                break;
            case NUMBER:
                BigDecimal number = value.decimalValue();
                for (String delta : List.of("0", "-1", "1", "-0.5", "0.5")) {
                    near.add(DecimalNode.valueOf(number.add(new BigDecimal(delta))));
                }
                break;
            case TIMESTAMP:
                OffsetDateTime time = timestamp(value);
                if (time != null) {
                    for (long delta : new long[] {0, -1, 1}) {
                        near.add(TextNode.valueOf(time.plusSeconds(delta).toString()));
                    }
                }
                break;
            case BOOLEAN:
                near.add(BooleanNode.TRUE);
                near.add(BooleanNode.FALSE);
                break;
            case TYPE_TEST:
                near.add(ABSENT);
                near.add(NullNode.getInstance());
                near.add(TextNode.valueOf("other"));
                near.add(DecimalNode.valueOf(BigDecimal.ZERO));
                near.add(BooleanNode.FALSE);
                break;
            default:
                break;
        }
        return near;
    }

    private static boolean hasCondition(ChoiceRule rule) {
        if (rule instanceof ChoiceRule.Condition) {
            return true;
        }
        if (rule instanceof ChoiceRule.And and) {
            return and.rules().stream().anyMatch(ChoiceCoverage::hasCondition);
        }
        if (rule instanceof ChoiceRule.Or or) {
            return or.rules().stream().anyMatch(ChoiceCoverage::hasCondition);
        }
        return rule instanceof ChoiceRule.Not not && hasCondition(not.rule());
    }

    private static OffsetDateTime timestamp(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.textValue());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static String describe(Map<String, JsonNode> input) {
        List<String> parts = new ArrayList<>();
        input.forEach((variable, value) ->
                parts.add(variable + (value.isMissingNode() ? " is absent" : " is " + JsonCodec.write(value))));
        return String.join(" and ", parts);
    }
}
