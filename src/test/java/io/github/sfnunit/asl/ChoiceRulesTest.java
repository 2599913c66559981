package io.github.sfnunit.asl;

import static io.github.sfnunit.asl.ValidationAssertions.assertErrors;
import static io.github.sfnunit.asl.ValidationAssertions.errorsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChoiceRulesTest {

    private static String choice(String rules) {
        return "{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\": " + rules
                + ", \"Default\": \"D\"}, \"D\": {\"Type\": \"Succeed\"}}}";
    }

    private static String jsonataChoice(String rules) {
        return "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\","
                + " \"Choices\": " + rules + ", \"Default\": \"D\"}, \"D\": {\"Type\": \"Succeed\"}}}";
    }

    @Test
    void should_parse_nested_rules_into_the_model() {
        StateMachineDefinition definition = new DefinitionParser()
                .parse(
                        choice(
                                "[{\"And\": [{\"Variable\": \"$.a\", \"NumericGreaterThanPath\": \"$.b\"},"
                                        + " {\"Not\": {\"Variable\": \"$$.Execution.Name\", \"StringMatches\": \"x*\"}}], \"Next\": \"D\"}]"));

        State.ChoiceState state = (State.ChoiceState) definition.graph().state("C");
        ChoiceRule.And and = (ChoiceRule.And) state.choices().get(0).rule();
        ChoiceRule.Comparison first = (ChoiceRule.Comparison) and.rules().get(0);
        assertThat(first.operator()).isEqualTo(ComparisonOperator.NUMERIC_GREATER_THAN);
        assertThat(first.path()).isTrue();
        assertThat(((ChoiceRule.Not) and.rules().get(1)).rule()).isInstanceOf(ChoiceRule.Comparison.class);
        assertThat(state.defaultState()).isEqualTo("D");
    }

    @Test
    void should_require_exactly_one_operator() {
        assertErrors(choice("[{\"Variable\": \"$.a\", \"StringEquals\": \"x\", \"IsPresent\": true, \"Next\": \"D\"}]"))
                .containsExactly("/States/C/Choices/0: a choice rule needs exactly one of And, Or, Not or a comparison"
                        + " operator, found 2: StringEquals, IsPresent");
        assertErrors(choice("[{\"Variable\": \"$.a\", \"Next\": \"D\"}]"))
                .containsExactly("/States/C/Choices/0: a choice rule needs exactly one of And, Or, Not or a comparison"
                        + " operator (StringEquals, NumericGreaterThan, IsPresent, ...), found none");
    }

    @Test
    void should_require_variable_in_comparisons() {
        assertErrors(choice("[{\"StringEquals\": \"x\", \"Next\": \"D\"}]"))
                .containsExactly("/States/C/Choices/0: missing required field \"Variable\" (the path of the value that"
                        + " \"StringEquals\" tests)");
    }

    @Test
    void should_check_operand_types() {
        assertErrors(choice("[{\"Variable\": \"$.a\", \"NumericEquals\": \"3\", \"Next\": \"D\"}]"))
                .containsExactly("/States/C/Choices/0/NumericEquals: expected a number, found a string");
        assertErrors(choice("[{\"Variable\": \"$.a\", \"TimestampEquals\": \"yesterday\", \"Next\": \"D\"}]"))
                .containsExactly(
                        "/States/C/Choices/0/TimestampEquals: expected an RFC 3339 timestamp, found \"yesterday\"");
    }

    @Test
    void should_reject_next_in_nested_rules_and_empty_combinations() {
        assertErrors(choice("[{\"Or\": [], \"Next\": \"D\"}]"))
                .containsExactly("/States/C/Choices/0/Or: \"Or\" needs a non-empty array of choice rules");
        assertErrors(choice("[{\"Not\": {\"Variable\": \"$.a\", \"IsNull\": true, \"Next\": \"D\"}, \"Next\": \"D\"}]"))
                .containsExactly(
                        "/States/C/Choices/0/Not/Next: only the rules directly in \"Choices\" can have \"Next\","
                                + " not rules nested in And, Or or Not");
    }

    @Test
    void should_require_next_on_top_level_rules_and_a_non_empty_choices() {
        assertErrors(choice("[{\"Variable\": \"$.a\", \"IsNull\": true}]"))
                .containsExactly(
                        "/States/C/Choices/0: missing required field \"Next\" (the state to go to when the rule"
                                + " matches)");
        assertErrors(choice("[]")).containsExactly("/States/C/Choices: a Choice state needs at least one choice rule");
    }

    @Test
    void should_use_condition_in_jsonata_choice_states() {
        assertThat(errorsOf(jsonataChoice("[{\"Condition\": \"{% $states.input.a > 1 %}\", \"Next\": \"D\"}]")))
                .isEmpty();
        assertErrors(jsonataChoice("[{\"Variable\": \"$.a\", \"IsPresent\": true, \"Next\": \"D\"}]"))
                .containsExactly(
                        "/States/C/Choices/0/Variable: field \"Variable\" is only allowed in JSONPath choice rules;"
                                + " JSONata rules use \"Condition\": \"{% expression %}\"",
                        "/States/C/Choices/0/IsPresent: field \"IsPresent\" is only allowed in JSONPath choice rules;"
                                + " JSONata rules use \"Condition\": \"{% expression %}\"",
                        "/States/C/Choices/0: missing required field \"Condition\" (a JSONata expression \"{% ... %}\" or"
                                + " a boolean)");
        assertErrors(choice("[{\"Condition\": true, \"Next\": \"D\"}]"))
                .contains("/States/C/Choices/0/Condition: field \"Condition\" is only allowed in JSONata choice rules,"
                        + " and this state uses JSONPath");
    }

    @Test
    void should_report_jsonata_syntax_errors_in_conditions() {
        assertThat(errorsOf(jsonataChoice("[{\"Condition\": \"{% $states.input.a > %}\", \"Next\": \"D\"}]")))
                .singleElement()
                .asString()
                .startsWith("/States/C/Choices/0/Condition: invalid JSONata expression \"$states.input.a >\":");
    }
}
