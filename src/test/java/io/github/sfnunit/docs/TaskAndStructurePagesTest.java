package io.github.sfnunit.docs;

import static io.github.sfnunit.docs.DocsRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Task state page, the state machine structure page and the service integration pattern page. */
class TaskAndStructurePagesTest {

    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:HelloFunction";

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html")
    class TaskPage {

        private static String task(String fields) {
            return "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\""
                    + fields + ", \"End\": true}}}";
        }

        private static TaskMocks slow(int seconds) {
            TaskMocks mocks = new TaskMocks();
            mocks.forState("T").thenReturn("{}").after(Duration.ofSeconds(seconds));
            return mocks;
        }

        @Test
        void timeout_seconds_path_reads_the_timeout_from_the_input() {
            Execution run = DocsRun.run(task(", \"TimeoutSecondsPath\": \"$.timeout\""), "{\"timeout\": 5}", slow(30));

            assertThat(run.error()).isEqualTo("States.Timeout");
            assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(5));
        }

        @Test
        void a_task_that_finishes_in_time_succeeds() {
            assertThat(DocsRun.run(task(", \"TimeoutSeconds\": 60"), "{}", slow(59))
                            .status())
                    .isEqualTo(ExecutionStatus.SUCCEEDED);
        }

        @Test
        void heartbeat_seconds_must_be_smaller_than_timeout_seconds() {
            assertThat(DocsRun.errors(task(", \"TimeoutSeconds\": 10, \"HeartbeatSeconds\": 10")))
                    .isNotEmpty();
        }

        @ParameterizedTest(name = "TimeoutSeconds {0} is refused")
        @ValueSource(strings = {"0", "-1", "1.5", "\"10\""})
        void timeout_seconds_is_a_positive_integer(String value) {
            assertThat(DocsRun.errors(task(", \"TimeoutSeconds\": " + value))).isNotEmpty();
        }

        @Test
        void timeout_seconds_and_its_path_cannot_both_be_set() {
            assertThat(DocsRun.errors(task(", \"TimeoutSeconds\": 10, \"TimeoutSecondsPath\": \"$.t\"")))
                    .isNotEmpty();
        }

        @Test
        void a_task_needs_a_resource() {
            assertThat(DocsRun.errors("{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"End\": true}}}"))
                    .isNotEmpty();
        }

        @Test
        void the_page_json_path_example_sends_the_input_as_payload() {
            TaskMocks mocks = new TaskMocks();
            mocks.forState("Lambda Invoke").thenAnswer(call -> call.parameters());

            Execution run = DocsRun.run(
                    "{\"StartAt\": \"Lambda Invoke\", \"States\": {\"Lambda Invoke\": {\"Type\": \"Task\","
                            + " \"Resource\": \"arn:aws:states:::lambda:invoke\", \"Parameters\": {\"Payload.$\": \"$\","
                            + " \"FunctionName\": \"" + LAMBDA + ":$LATEST\"}, \"End\": true}}}",
                    "{\"a\": 1}",
                    mocks);

            assertThat(run.invocations().get(0).parameters())
                    .isEqualTo(json("{\"Payload\": {\"a\": 1}, \"FunctionName\": \"" + LAMBDA + ":$LATEST\"}"));
        }

        @Test
        void the_page_jsonata_example_assigns_from_the_result() {
            TaskMocks mocks = new TaskMocks();
            mocks.forState("Get Current Price").thenReturn("{\"Payload\": {\"current_price\": 12.5}}");

            Execution run = DocsRun.run(
                    "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"Get Current Price\", \"States\": {"
                            + "\"Get Current Price\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                            + " \"Next\": \"Check Price\", \"Arguments\": {\"Payload\": {\"product\":"
                            + " \"{% $states.context.Execution.Input.product %}\"}, \"FunctionName\": \"" + LAMBDA
                            + "\"},"
                            + " \"Assign\": {\"currentPrice\": \"{% $states.result.Payload.current_price %}\"}},"
                            + " \"Check Price\": {\"Type\": \"Pass\", \"Output\": \"{% $currentPrice %}\", \"End\": true}}}",
                    "{\"product\": \"p1\"}",
                    mocks);

            assertThat(run.invocations().get(0).parameters().path("Payload")).isEqualTo(json("{\"product\": \"p1\"}"));
            assertThat(run.output()).isEqualTo(json("12.5"));
        }
    }

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html")
    class StructurePage {

        @Test
        void start_at_must_name_a_state() {
            assertThat(DocsRun.errors("{\"StartAt\": \"Nope\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}"))
                    .isNotEmpty();
        }

        @Test
        void states_is_required() {
            assertThat(DocsRun.errors("{\"StartAt\": \"A\"}")).isNotEmpty();
        }

        @Test
        void comment_version_and_timeout_seconds_are_allowed() {
            assertThat(
                            DocsRun.errors(
                                    "{\"Comment\": \"A Hello World example\", \"Version\": \"1.0\","
                                            + " \"TimeoutSeconds\": 60, \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}"))
                    .isEmpty();
        }

        @Test
        void the_machine_timeout_stops_the_execution_as_timed_out() {
            Execution run = DocsRun.run(
                    "{\"TimeoutSeconds\": 5, \"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Seconds\": 60,"
                            + " \"End\": true}}}",
                    "{}");

            assertThat(run.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(5));
        }

        @Test
        void an_unknown_top_level_field_is_refused() {
            assertThat(DocsRun.errors(
                            "{\"StartAt\": \"A\", \"Bogus\": 1, \"States\": {\"A\": {\"Type\": \"Succeed\"}}}"))
                    .isNotEmpty();
        }

        @Test
        void a_state_type_must_be_known() {
            assertThat(DocsRun.errors(
                            "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Sleep\", \"End\": true}}}"))
                    .isNotEmpty();
        }

        @Test
        void the_hello_world_example_runs() {
            Execution run = DocsRun.run(
                    "{\"Comment\": \"A Hello World example of the Amazon States Language using a Pass state\","
                            + " \"StartAt\": \"HelloWorld\", \"States\": {\"HelloWorld\": {\"Type\": \"Pass\","
                            + " \"Result\": \"Hello World!\", \"End\": true}}}",
                    "{}");

            assertThat(run.output()).isEqualTo(json("\"Hello World!\""));
        }

        @Test
        void query_language_must_be_jsonpath_or_jsonata() {
            assertThat(DocsRun.errors("{\"QueryLanguage\": \"XPath\", \"StartAt\": \"A\", \"States\": {\"A\":"
                            + " {\"Type\": \"Succeed\"}}}"))
                    .isNotEmpty();
        }

        @Test
        void a_jsonpath_state_cannot_sit_in_a_jsonata_machine_that_says_so_per_state_only_upwards() {
            assertThat(DocsRun.errors("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\"A\":"
                            + " {\"Type\": \"Pass\", \"QueryLanguage\": \"JSONPath\", \"End\": true}}}"))
                    .isNotEmpty();
        }
    }

    static Stream<String> integrationPatterns() {
        return Stream.of(
                "arn:aws:states:::sqs:sendMessage",
                "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "arn:aws:states:::ecs:runTask.sync",
                "arn:aws:states:::ecs:runTask.waitForTaskToken",
                "arn:aws:states:::states:startExecution.sync:2",
                "arn:aws:states:::batch:submitJob.sync",
                "arn:aws:states:::aws-sdk:s3:listBuckets",
                "arn:aws:states:::aws-sdk:s3:getObject.waitForTaskToken");
    }

    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html")
    @ParameterizedTest(name = "{0} is accepted in a Standard machine")
    @MethodSource("integrationPatterns")
    void each_supported_integration_pattern_is_accepted(String resource) {
        assertThat(DocsRun.errors("{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \""
                        + resource + "\", \"End\": true}}}"))
                .isEmpty();
    }

    static Stream<String> unsupportedPatterns() {
        return Stream.of(
                "arn:aws:states:::dynamodb:putItem.sync",
                "arn:aws:states:::dynamodb:getItem.waitForTaskToken",
                "arn:aws:states:::aws-sdk:s3:listBuckets.sync");
    }

    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html")
    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("unsupportedPatterns")
    void a_pattern_the_integration_does_not_support_is_refused(String resource) {
        assertThat(DocsRun.errors("{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \""
                        + resource + "\", \"End\": true}}}"))
                .isNotEmpty();
    }
}
