package io.github.sfnunit.internal.engine;

import static io.github.sfnunit.internal.engine.EngineTestSupport.machine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import org.junit.jupiter.api.Test;

/** Each AWS error name the engine raises, with AWS's cause text where the corpus recorded one. */
class StatesErrorsTest {

    private static Execution run(String states, String input) {
        return machine("{\"StartAt\": \"S\", \"States\": {" + states + "}}").start(input);
    }

    @Test
    void should_fail_with_no_choice_matched_when_no_rule_holds_and_there_is_no_default() {
        Execution run = run(
                "\"S\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.a\", \"NumericEquals\": 1,"
                        + " \"Next\": \"E\"}]}, \"E\": {\"Type\": \"Succeed\"}",
                "{\"a\": 2}");

        assertThat(run.error()).isEqualTo("States.NoChoiceMatched");
    }

    @Test
    void should_fail_with_states_runtime_when_a_choice_variable_selects_nothing() {
        Execution run = run(
                "\"S\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.a\", \"NumericEquals\": 1,"
                        + " \"Next\": \"E\"}], \"Default\": \"E\"}, \"E\": {\"Type\": \"Succeed\"}",
                "{}");

        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.cause())
                .startsWith("An error occurred while executing the state 'S' (entered at the event id #2).");
    }

    @Test
    void should_fail_with_data_limit_exceeded_when_an_output_is_larger_than_256_kib() {
        Execution run = run(
                "\"S\": {\"Type\": \"Pass\", \"Parameters\": {\"big.$\": \"States.StringSplit($.text, ',')\"},"
                        + " \"End\": true}",
                "{\"text\": \"" + "ab,".repeat(80_000) + "\"}");

        assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(run.cause())
                .isEqualTo("The state/task 'S' returned a result with a size exceeding the maximum number of bytes"
                        + " service limit.");
    }

    @Test
    void should_fail_with_result_path_match_failure_when_the_result_path_meets_a_scalar() {
        Execution run = run(
                "\"S\": {\"Type\": \"Pass\", \"Result\": 1, \"ResultPath\": \"$.a.b\", \"End\": true}",
                "{\"a\": \"text\"}");

        assertThat(run.error()).isEqualTo("States.ResultPathMatchFailure");
    }

    @Test
    void should_fail_with_intrinsic_failure_when_an_intrinsic_gets_a_bad_argument() {
        Execution run = run(
                "\"S\": {\"Type\": \"Pass\", \"Parameters\": {\"n.$\": \"States.MathAdd($.a, 1)\"}, \"End\": true}",
                "{\"a\": \"x\"}");

        assertThat(run.error()).isEqualTo("States.IntrinsicFailure");
    }

    @Test
    void should_fail_with_states_runtime_naming_the_field_when_a_parameter_path_selects_nothing() {
        Execution run = run("\"S\": {\"Type\": \"Pass\", \"Parameters\": {\"v.$\": \"$.x\"}, \"End\": true}", "{}");

        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.cause())
                .isEqualTo("An error occurred while executing the state 'S' (entered at the event id #2). The JSONPath"
                        + " '$.x' specified for the field 'v.$' could not be found in the input '{}'");
    }

    @Test
    void should_fail_with_the_error_path_and_cause_path_of_a_fail_state() {
        Execution run = run(
                "\"S\": {\"Type\": \"Fail\", \"ErrorPath\": \"$.e\", \"CausePath\": \"States.Format('because {}', $.c)\"}",
                "{\"e\": \"Custom\", \"c\": \"reasons\"}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("Custom");
        assertThat(run.cause()).isEqualTo("because reasons");
    }

    @Test
    void should_fail_with_states_runtime_when_seconds_path_is_negative() {
        Execution run = run("\"S\": {\"Type\": \"Wait\", \"SecondsPath\": \"$.s\", \"End\": true}", "{\"s\": -1}");

        assertThat(run.cause())
                .isEqualTo("An error occurred while executing the state 'S' (entered at the event id #2). The"
                        + " SecondsPath parameter references a negative value: $.s == -1");
    }

    @Test
    void should_fail_with_states_runtime_when_timestamp_path_is_not_an_iso_timestamp() {
        Execution run = run(
                "\"S\": {\"Type\": \"Wait\", \"TimestampPath\": \"$.t\", \"End\": true}",
                "{\"t\": \"2016-12-05T21:29:29\"}");

        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.cause())
                .endsWith("The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time"
                        + " format string: $.t == 2016-12-05T21:29:29");
    }
}
