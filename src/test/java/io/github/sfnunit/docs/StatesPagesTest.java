package io.github.sfnunit.docs;

import static io.github.sfnunit.docs.DocsRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages of the Pass, Wait, Succeed and Fail states. */
class StatesPagesTest {

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/state-pass.html")
    class PassPage {

        @Test
        void the_page_example_puts_result_at_result_path() {
            Execution run = DocsRun.state(
                    "{\"Type\": \"Pass\", \"Result\": {\"x-datum\": 0.381018, \"y-datum\": 622.2269926397355},"
                            + " \"ResultPath\": \"$.coords\", \"End\": true}",
                    "{\"georefOf\": \"Home\"}");

            assertThat(run.output())
                    .isEqualTo(json("{\"georefOf\": \"Home\", \"coords\": {\"x-datum\": 0.381018,"
                            + " \"y-datum\": 622.2269926397355}}"));
        }

        @Test
        void without_result_a_pass_state_passes_its_input() {
            assertThat(DocsRun.state("{\"Type\": \"Pass\", \"End\": true}", "{\"a\": [1]}")
                            .output())
                    .isEqualTo(json("{\"a\": [1]}"));
        }

        @Test
        void parameters_and_result_path_together() {
            assertThat(DocsRun.state(
                                    "{\"Type\": \"Pass\", \"Parameters\": {\"b.$\": \"$.a\"}, \"ResultPath\": \"$.p\","
                                            + " \"End\": true}",
                                    "{\"a\": 1}")
                            .output())
                    .isEqualTo(json("{\"a\": 1, \"p\": {\"b\": 1}}"));
        }
    }

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html")
    class WaitPage {

        @Test
        void seconds_waits_that_many_seconds() {
            assertThat(DocsRun.state("{\"Type\": \"Wait\", \"Seconds\": 10, \"End\": true}", "{}")
                            .virtualDuration())
                    .isEqualTo(Duration.ofSeconds(10));
        }

        @Test
        void timestamp_waits_until_an_absolute_time() {
            Execution run =
                    DocsRun.state("{\"Type\": \"Wait\", \"Timestamp\": \"2024-03-14T01:59:00Z\", \"End\": true}", "{}");

            assertThat(run.stopTime()).isEqualTo(java.time.Instant.parse("2024-03-14T01:59:00Z"));
        }

        @Test
        void seconds_path_reads_the_seconds_from_the_input() {
            assertThat(DocsRun.state(
                                    "{\"Type\": \"Wait\", \"SecondsPath\": \"$.wait\", \"End\": true}",
                                    "{\"wait\": 42}")
                            .virtualDuration())
                    .isEqualTo(Duration.ofSeconds(42));
        }

        @Test
        void timestamp_path_reads_the_instant_from_the_input() {
            Execution run = DocsRun.state(
                    "{\"Type\": \"Wait\", \"TimestampPath\": \"$.expirydate\", \"End\": true}",
                    "{\"expirydate\": \"2024-02-01T00:00:00Z\"}");

            assertThat(run.stopTime()).isEqualTo(java.time.Instant.parse("2024-02-01T00:00:00Z"));
        }

        @Test
        void a_timestamp_in_the_past_does_not_wait() {
            Execution run =
                    DocsRun.state("{\"Type\": \"Wait\", \"Timestamp\": \"2000-01-01T00:00:00Z\", \"End\": true}", "{}");

            assertThat(run.virtualDuration()).isEqualTo(Duration.ZERO);
        }

        @Test
        void the_wait_state_passes_its_input() {
            assertThat(DocsRun.state("{\"Type\": \"Wait\", \"Seconds\": 1, \"End\": true}", "{\"a\": 1}")
                            .output())
                    .isEqualTo(json("{\"a\": 1}"));
        }

        @ParameterizedTest(name = "a timestamp {0} is refused (RFC3339, uppercase T and Z)")
        @ValueSource(strings = {"2016-03-14t01:59:00z", "2016-03-14 01:59:00Z", "2016-03-14"})
        void timestamps_must_be_rfc3339_with_uppercase_t(String timestamp) {
            assertThat(DocsRun.errors("{\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Timestamp\": \""
                            + timestamp + "\", \"End\": true}}}"))
                    .isNotEmpty();
        }

        @Test
        void only_one_of_the_four_wait_fields() {
            assertThat(DocsRun.errors("{\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Seconds\": 1,"
                            + " \"SecondsPath\": \"$.s\", \"End\": true}}}"))
                    .isNotEmpty();
        }
    }

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/state-succeed.html")
    class SucceedPage {

        @Test
        void succeed_ends_the_execution_successfully_with_its_input() {
            Execution run = DocsRun.state("{\"Type\": \"Succeed\"}", "{\"a\": 1}");

            assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(run.output()).isEqualTo(json("{\"a\": 1}"));
        }

        @Test
        void succeed_applies_input_path_and_output_path() {
            assertThat(DocsRun.state(
                                    "{\"Type\": \"Succeed\", \"InputPath\": \"$.a\", \"OutputPath\": \"$.b\"}",
                                    "{\"a\": {\"b\": 2}}")
                            .output())
                    .isEqualTo(json("2"));
        }

        @Test
        void succeed_has_no_next() {
            assertThat(DocsRun.errors(
                            "{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Succeed\"," + " \"Next\": \"S\"}}}"))
                    .isNotEmpty();
        }
    }

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html")
    class FailPage {

        @Test
        void fail_stops_the_execution_with_error_and_cause() {
            Execution run =
                    DocsRun.state("{\"Type\": \"Fail\", \"Error\": \"ErrorA\", \"Cause\": \"Kaiju attack\"}", "{}");

            assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(run.error()).isEqualTo("ErrorA");
            assertThat(run.cause()).isEqualTo("Kaiju attack");
        }

        @Test
        void error_path_and_cause_path_read_the_input() {
            Execution run = DocsRun.state(
                    "{\"Type\": \"Fail\", \"ErrorPath\": \"$.e\", \"CausePath\": \"$.c\"}",
                    "{\"e\": \"MyError\", \"c\": \"because\"}");

            assertThat(run.error()).isEqualTo("MyError");
            assertThat(run.cause()).isEqualTo("because");
        }

        @Test
        void cause_path_may_be_an_intrinsic_function() {
            Execution run = DocsRun.state(
                    "{\"Type\": \"Fail\", \"Error\": \"E\", \"CausePath\": \"States.Format('This is a custom error"
                            + " message for {}, caused by {}.', $.Error, $.Cause)\"}",
                    "{\"Error\": \"error string\", \"Cause\": \"cause string\"}");

            assertThat(run.cause())
                    .isEqualTo("This is a custom error message for error string, caused by cause string.");
        }

        @Test
        void error_and_error_path_cannot_both_be_set() {
            assertThat(DocsRun.errors("{\"StartAt\": \"F\", \"States\": {\"F\": {\"Type\": \"Fail\", \"Error\": \"A\","
                            + " \"ErrorPath\": \"$.e\"}}}"))
                    .isNotEmpty();
        }
    }

    static Stream<Arguments> stateNames() {
        return Stream.of(Arguments.of("x".repeat(80), true), Arguments.of("x".repeat(81), false));
    }

    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html")
    @ParameterizedTest(name = "a state name of {0} characters is valid: {1}")
    @MethodSource("stateNames")
    void state_names_have_at_most_80_characters(String name, boolean valid) {
        java.util.List<String> errors = DocsRun.errors(
                "{\"StartAt\": \"" + name + "\", \"States\": {\"" + name + "\": {\"Type\": \"Succeed\"}}}");
        assertThat(errors.isEmpty())
                .as(name.length() + " characters: " + errors)
                .isEqualTo(valid);
    }
}
