package io.github.sfnunit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Choice state page: its example, and each comparison operator's rule. */
@DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html")
class ChoiceStatePageTest {

    /** The page's example: Public / ValueIsZero / ValueInTwenties / Default. */
    private static final String PAGE_EXAMPLE = """
            {"StartAt": "ChoiceStateX", "States": {
              "ChoiceStateX": {"Type": "Choice", "Choices": [
                {"Not": {"Variable": "$.type", "StringEquals": "Private"}, "Next": "Public"},
                {"Variable": "$.value", "NumericEquals": 0, "Next": "ValueIsZero"},
                {"And": [{"Variable": "$.value", "NumericGreaterThanEquals": 20},
                         {"Variable": "$.value", "NumericLessThan": 30}], "Next": "ValueInTwenties"}],
                "Default": "DefaultState"},
              "Public": {"Type": "Succeed"}, "ValueIsZero": {"Type": "Succeed"},
              "ValueInTwenties": {"Type": "Succeed"},
              "DefaultState": {"Type": "Fail", "Error": "DefaultStateError", "Cause": "No Matches!"}}}
            """;

    static Stream<Arguments> pageExample() {
        return Stream.of(
                Arguments.of("{\"type\": \"Public\", \"value\": 5}", "Public"),
                Arguments.of("{\"type\": \"Private\", \"value\": 0}", "ValueIsZero"),
                Arguments.of("{\"type\": \"Private\", \"value\": 22}", "ValueInTwenties"),
                Arguments.of("{\"type\": \"Private\", \"value\": 30}", "DefaultState"));
    }

    @ParameterizedTest(name = "{0} goes to {1}")
    @MethodSource("pageExample")
    void the_page_example_chooses_the_first_matching_rule(String input, String next) {
        Execution run = DocsRun.run(PAGE_EXAMPLE, input);

        assertThat(run.statesEntered()).containsExactly("ChoiceStateX", next);
    }

    @Test
    void the_default_state_of_the_example_fails_with_its_error_and_cause() {
        Execution run = DocsRun.run(PAGE_EXAMPLE, "{\"type\": \"Private\", \"value\": 99}");

        assertThat(run.error()).isEqualTo("DefaultStateError");
        assertThat(run.cause()).isEqualTo("No Matches!");
    }

    @Test
    void without_default_and_without_a_match_the_execution_fails_with_no_choice_matched() {
        Execution run = DocsRun.state(
                "{\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.a\", \"NumericEquals\": 1, \"Next\": \"E\"}]}, \"E\": {\"Type\": \"Succeed\"}",
                "{\"a\": 2}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.NoChoiceMatched");
    }

    private static Arguments rule(String rule, String input, boolean matches) {
        return Arguments.of(rule, input, matches);
    }

    static Stream<Arguments> operators() {
        return Stream.of(
                rule("{\"Variable\": \"$.v\", \"StringEquals\": \"a\"}", "{\"v\": \"a\"}", true),
                rule("{\"Variable\": \"$.v\", \"StringEquals\": \"a\"}", "{\"v\": \"A\"}", false),
                rule("{\"Variable\": \"$.v\", \"StringEqualsPath\": \"$.w\"}", "{\"v\": \"a\", \"w\": \"a\"}", true),
                rule("{\"Variable\": \"$.v\", \"StringLessThan\": \"b\"}", "{\"v\": \"a\"}", true),
                rule("{\"Variable\": \"$.v\", \"StringGreaterThan\": \"b\"}", "{\"v\": \"a\"}", false),
                rule("{\"Variable\": \"$.v\", \"StringLessThanEquals\": \"a\"}", "{\"v\": \"a\"}", true),
                rule("{\"Variable\": \"$.v\", \"StringGreaterThanEquals\": \"a\"}", "{\"v\": \"b\"}", true),
                rule("{\"Variable\": \"$.v\", \"StringMatches\": \"log-*.txt\"}", "{\"v\": \"log-2024-01.txt\"}", true),
                rule("{\"Variable\": \"$.v\", \"StringMatches\": \"log-*.txt\"}", "{\"v\": \"log-2024.csv\"}", false),
                rule("{\"Variable\": \"$.v\", \"StringMatches\": \"*\"}", "{\"v\": \"\"}", true),
                rule("{\"Variable\": \"$.v\", \"StringMatches\": \"a\\\\*b\"}", "{\"v\": \"a*b\"}", true),
                rule("{\"Variable\": \"$.v\", \"StringMatches\": \"a\\\\*b\"}", "{\"v\": \"axb\"}", false),
                rule("{\"Variable\": \"$.v\", \"NumericEquals\": 1}", "{\"v\": 1.0}", true),
                rule("{\"Variable\": \"$.v\", \"NumericEquals\": 1}", "{\"v\": \"1\"}", false),
                rule("{\"Variable\": \"$.v\", \"NumericLessThan\": 1}", "{\"v\": 0.5}", true),
                rule("{\"Variable\": \"$.v\", \"NumericGreaterThan\": 1}", "{\"v\": 1}", false),
                rule("{\"Variable\": \"$.v\", \"NumericLessThanEquals\": 1}", "{\"v\": 1}", true),
                rule("{\"Variable\": \"$.v\", \"NumericGreaterThanEquals\": 1}", "{\"v\": 2}", true),
                rule("{\"Variable\": \"$.v\", \"NumericLessThanPath\": \"$.w\"}", "{\"v\": 1, \"w\": 2}", true),
                rule("{\"Variable\": \"$.v\", \"BooleanEquals\": true}", "{\"v\": true}", true),
                rule("{\"Variable\": \"$.v\", \"BooleanEquals\": true}", "{\"v\": \"true\"}", false),
                rule("{\"Variable\": \"$.v\", \"BooleanEqualsPath\": \"$.w\"}", "{\"v\": false, \"w\": false}", true),
                rule(
                        "{\"Variable\": \"$.v\", \"TimestampEquals\": \"2016-08-18T17:33:00Z\"}",
                        "{\"v\": \"2016-08-18T17:33:00Z\"}",
                        true),
                rule(
                        "{\"Variable\": \"$.v\", \"TimestampLessThan\": \"2016-08-18T17:33:00Z\"}",
                        "{\"v\": \"2016-08-18T17:32:59Z\"}",
                        true),
                rule(
                        "{\"Variable\": \"$.v\", \"TimestampGreaterThan\": \"2016-08-18T17:33:00Z\"}",
                        "{\"v\": \"2016-08-18T17:33:00Z\"}",
                        false),
                rule(
                        "{\"Variable\": \"$.v\", \"TimestampLessThanEquals\": \"2016-08-18T17:33:00Z\"}",
                        "{\"v\": \"2016-08-18T17:33:00Z\"}",
                        true),
                rule(
                        "{\"Variable\": \"$.v\", \"TimestampGreaterThanEquals\": \"2016-08-18T17:33:00Z\"}",
                        "{\"v\": \"2016-08-19T00:00:00Z\"}",
                        true),
                rule(
                        "{\"Variable\": \"$.v\", \"TimestampEquals\": \"2016-08-18T17:33:00Z\"}",
                        "{\"v\": \"yesterday\"}",
                        false),
                rule("{\"Variable\": \"$.v\", \"IsNull\": true}", "{\"v\": null}", true),
                rule("{\"Variable\": \"$.v\", \"IsNull\": true}", "{\"v\": 0}", false),
                rule("{\"Variable\": \"$.v\", \"IsPresent\": true}", "{\"v\": null}", true),
                rule("{\"Variable\": \"$.v\", \"IsPresent\": false}", "{}", true),
                rule("{\"Variable\": \"$.v\", \"IsNumeric\": true}", "{\"v\": 1.5}", true),
                rule("{\"Variable\": \"$.v\", \"IsNumeric\": true}", "{\"v\": \"1\"}", false),
                rule("{\"Variable\": \"$.v\", \"IsString\": true}", "{\"v\": \"x\"}", true),
                rule("{\"Variable\": \"$.v\", \"IsBoolean\": false}", "{\"v\": 1}", true),
                rule("{\"Variable\": \"$.v\", \"IsTimestamp\": true}", "{\"v\": \"2016-08-18T17:33:00Z\"}", true),
                rule("{\"Variable\": \"$.v\", \"IsTimestamp\": true}", "{\"v\": \"2016-08-18\"}", false),
                rule(
                        "{\"And\": [{\"Variable\": \"$.a\", \"BooleanEquals\": true},"
                                + " {\"Variable\": \"$.b\", \"BooleanEquals\": true}]}",
                        "{\"a\": true, \"b\": false}",
                        false),
                rule(
                        "{\"Or\": [{\"Variable\": \"$.a\", \"BooleanEquals\": true},"
                                + " {\"Variable\": \"$.b\", \"BooleanEquals\": true}]}",
                        "{\"a\": true, \"b\": false}",
                        true),
                rule("{\"Not\": {\"Variable\": \"$.a\", \"BooleanEquals\": true}}", "{\"a\": false}", true));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @MethodSource("operators")
    void each_comparison_operator(String rule, String input, boolean matches) {
        String definition = "{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\": [{"
                + rule.substring(1, rule.length() - 1)
                + ", \"Next\": \"Yes\"}], \"Default\": \"No\"}, \"Yes\": {\"Type\": \"Succeed\"},"
                + " \"No\": {\"Type\": \"Succeed\"}}}";

        Execution run = DocsRun.run(definition, input);

        assertThat(run.statesEntered()).as(run.cause()).containsExactly("C", matches ? "Yes" : "No");
    }

    @Test
    void a_choice_state_passes_its_input_to_the_next_state_unchanged() {
        Execution run = DocsRun.run(
                "{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.a\","
                        + " \"NumericEquals\": 1, \"Next\": \"E\"}]}, \"E\": {\"Type\": \"Succeed\"}}}",
                "{\"a\": 1, \"b\": [true]}");

        assertThat(run.output()).isEqualTo(DocsRun.json("{\"a\": 1, \"b\": [true]}"));
    }

    @Test
    void a_choice_state_cannot_end_an_execution() {
        assertThat(DocsRun.errors("{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"End\": true,"
                        + " \"Choices\": [{\"Variable\": \"$.a\", \"NumericEquals\": 1, \"Next\": \"C\"}]}}}"))
                .isNotEmpty();
    }
}
