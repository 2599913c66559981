package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.PathSyntax;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses a Choice state and its rules. JSONPath rules are a comparison ({@code Variable} plus exactly one
 * operator), or {@code And}/{@code Or} (non-empty arrays of rules) or {@code Not} (one rule); JSONata rules are a
 * {@code Condition}. Only the top-level rules of {@code Choices} carry {@code Next}.
 */
final class ChoiceParser {

    private static final int MAX_RULE_DEPTH = 64;

    State parse(Fields fields, QueryLanguage language) {
        List<Choice> choices = new ArrayList<>();
        if (fields.require("Choices", "a non-empty array of choice rules")) {
            ArrayNode array = fields.array("Choices");
            if (array != null) {
                if (array.isEmpty()) {
                    fields.error("Choices", "a Choice state needs at least one choice rule");
                }
                for (int i = 0; i < array.size(); i++) {
                    Choice choice =
                            topLevelRule(fields, array.get(i), Json.child(fields.pointer("Choices"), i), language);
                    if (choice != null) {
                        choices.add(choice);
                    }
                }
            }
        }
        String defaultState = fields.string("Default");
        return new State.ChoiceState(
                StateParser.header(fields, language, StateParser.Transition.NONE), choices, defaultState);
    }

    private Choice topLevelRule(Fields state, JsonNode node, String pointer, QueryLanguage language) {
        if (!node.isObject()) {
            state.problems()
                    .add(pointer, state.stateName(), "a choice rule must be an object, found " + Json.describe(node));
            return null;
        }
        Fields fields = state.nested((ObjectNode) node, pointer);
        String next = null;
        if (fields.require("Next", "the state to go to when the rule matches")) {
            next = fields.string("Next");
        }
        String comment = fields.string("Comment");
        JsonNode assign = DataFlowParser.assign(fields, "Assign", language);
        JsonNode output = null;
        ChoiceRule rule;
        if (language == QueryLanguage.JSONATA) {
            output = fields.get("Output");
            JsonataSyntax.checkAll(output, fields.pointer("Output"), fields);
            rule = condition(fields, Set.of("Condition", "Next", "Comment", "Assign", "Output"));
        } else {
            rule = rule(fields, true, 0);
        }
        // An invalid rule (already reported) is kept with its Next so that the graph checks stay accurate; the
        // model is never handed out when anything was reported.
        return new Choice(rule, next, assign, output, comment);
    }

    private static ChoiceRule condition(Fields fields, Set<String> allowed) {
        for (String name : fields.names()) {
            if (!allowed.contains(name)) {
                if (name.equals("Variable")
                        || ComparisonOperator.fromFieldName(name) != null
                        || Set.of("And", "Or", "Not").contains(name)) {
                    fields.error(
                            name,
                            "field \"" + name + "\" is only allowed in JSONPath choice rules; JSONata rules use"
                                    + " \"Condition\": \"{% expression %}\"");
                } else {
                    fields.error(
                            name,
                            "field \"" + name + "\" is not allowed in a choice rule"
                                    + Suggestions.clause(name, allowed));
                }
            }
        }
        if (!fields.require("Condition", "a JSONata expression \"{% ... %}\" or a boolean")) {
            return null;
        }
        JsonNode condition = fields.get("Condition");
        if (Json.isJsonata(condition)) {
            JsonataSyntax.checkAll(condition, fields.pointer("Condition"), fields);
        } else if (!condition.isBoolean()) {
            fields.error(
                    "Condition",
                    "expected a JSONata expression \"{% ... %}\" or a boolean, found " + Json.describe(condition));
            return null;
        }
        return new ChoiceRule.Condition(condition);
    }

    private ChoiceRule rule(Fields fields, boolean topLevel, int depth) {
        if (depth > MAX_RULE_DEPTH) {
            fields.error("choice rules are nested too deeply");
            return null;
        }
        Set<String> operators = new LinkedHashSet<>();
        for (String name : fields.names()) {
            if (name.equals("And") || name.equals("Or") || name.equals("Not")) {
                operators.add(name);
            } else if (ComparisonOperator.fromFieldName(name) != null) {
                operators.add(name);
            } else if (name.equals("Variable") || name.equals("Comment")) {
                continue;
            } else if (topLevel && (name.equals("Next") || name.equals("Assign"))) {
                continue;
            } else if (name.equals("Condition") || name.equals("Output")) {
                fields.error(
                        name,
                        "field \"" + name + "\" is only allowed in JSONata choice rules, and this state uses JSONPath");
            } else if (!topLevel && name.equals("Next")) {
                fields.error(
                        name,
                        "only the rules directly in \"Choices\" can have \"Next\", not rules nested in"
                                + " And, Or or Not");
            } else {
                List<String> known = new ArrayList<>(List.of("Variable", "And", "Or", "Not", "Comment"));
                if (topLevel) {
                    known.add("Next");
                    known.add("Assign");
                }
                for (ComparisonOperator operator : ComparisonOperator.values()) {
                    known.add(operator.aslName());
                    if (operator.hasPathForm()) {
                        known.add(operator.aslPathName());
                    }
                }
                fields.error(
                        name,
                        "field \"" + name + "\" is not allowed in a choice rule" + Suggestions.clause(name, known));
            }
        }
        if (operators.size() != 1) {
            fields.error(
                    operators.isEmpty()
                            ? "a choice rule needs exactly one of And, Or, Not or a comparison operator"
                                    + " (StringEquals, NumericGreaterThan, IsPresent, ...), found none"
                            : "a choice rule needs exactly one of And, Or, Not or a comparison operator, found "
                                    + operators.size() + ": " + String.join(", ", operators));
            return null;
        }
        String operator = operators.iterator().next();
        return switch (operator) {
            case "And", "Or" -> combination(fields, operator, depth);
            case "Not" -> not(fields, depth);
            default -> comparison(fields, operator);
        };
    }

    private ChoiceRule combination(Fields fields, String operator, int depth) {
        if (fields.has("Variable")) {
            fields.error(
                    "Variable", "\"Variable\" is not allowed next to \"" + operator + "\": put it in the nested rules");
        }
        ArrayNode array = fields.array(operator);
        if (array == null) {
            return null;
        }
        if (array.isEmpty()) {
            fields.error(operator, "\"" + operator + "\" needs a non-empty array of choice rules");
            return null;
        }
        List<ChoiceRule> rules = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            ChoiceRule nested = nested(fields, array.get(i), Json.child(fields.pointer(operator), i), depth);
            if (nested != null) {
                rules.add(nested);
            }
        }
        if (rules.size() != array.size()) {
            return null;
        }
        return operator.equals("And") ? new ChoiceRule.And(rules) : new ChoiceRule.Or(rules);
    }

    private ChoiceRule not(Fields fields, int depth) {
        if (fields.has("Variable")) {
            fields.error("Variable", "\"Variable\" is not allowed next to \"Not\": put it in the nested rule");
        }
        JsonNode inner = fields.get("Not");
        ChoiceRule rule = nested(fields, inner, fields.pointer("Not"), depth);
        return rule == null ? null : new ChoiceRule.Not(rule);
    }

    private ChoiceRule nested(Fields parent, JsonNode node, String pointer, int depth) {
        if (!node.isObject()) {
            parent.problems()
                    .add(pointer, parent.stateName(), "a choice rule must be an object, found " + Json.describe(node));
            return null;
        }
        return rule(parent.nested((ObjectNode) node, pointer), false, depth + 1);
    }

    private static ChoiceRule comparison(Fields fields, String operatorField) {
        ComparisonOperator operator = ComparisonOperator.fromFieldName(operatorField);
        boolean pathForm = !operatorField.equals(operator.aslName());
        String variable = null;
        if (fields.require("Variable", "the path of the value that \"" + operatorField + "\" tests")) {
            variable = fields.string("Variable");
            if (variable != null) {
                DataFlowParser.report(fields, "Variable", PathSyntax.checkPath(variable));
            }
        }
        JsonNode value = fields.get(operatorField);
        if (pathForm) {
            if (!value.isTextual()) {
                fields.error(operatorField, "expected a path string, found " + Json.describe(value));
                return null;
            }
            DataFlowParser.report(fields, operatorField, PathSyntax.checkPath(value.textValue()));
        } else if (!operandMatches(operator, value)) {
            fields.error(operatorField, "expected " + expected(operator) + ", found " + Json.describe(value));
            return null;
        } else if (operator.operand() == ComparisonOperator.Operand.TIMESTAMP
                && !StateParser.isTimestamp(value.textValue())) {
            fields.error(operatorField, "expected an RFC 3339 timestamp, found \"" + value.textValue() + "\"");
            return null;
        }
        return variable == null ? null : new ChoiceRule.Comparison(variable, operator, pathForm, value);
    }

    private static boolean operandMatches(ComparisonOperator operator, JsonNode value) {
        return switch (operator.operand()) {
            case STRING, TIMESTAMP -> value.isTextual();
            case NUMBER -> value.isNumber();
            case BOOLEAN, TYPE_TEST -> value.isBoolean();
        };
    }

    private static String expected(ComparisonOperator operator) {
        return switch (operator.operand()) {
            case STRING -> "a string";
            case TIMESTAMP -> "a timestamp string";
            case NUMBER -> "a number";
            case BOOLEAN, TYPE_TEST -> "a boolean";
        };
    }
}
