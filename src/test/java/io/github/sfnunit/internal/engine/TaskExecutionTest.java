package io.github.sfnunit.internal.engine;

import static io.github.sfnunit.internal.engine.EngineTestSupport.eventTypes;
import static io.github.sfnunit.internal.engine.EngineTestSupport.machine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.StateVisit;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.mock.TaskInvocation;
import io.github.sfnunit.mock.TaskOutcome;
import io.github.sfnunit.mock.UnmockedTaskException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskExecutionTest {

    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:charge";

    @Test
    void should_pass_the_effective_parameters_and_process_the_result_in_aws_order() {
        // GIVEN a task with every processing field
        List<TaskInvocation> calls = new ArrayList<>();
        StateMachine machine = machine("""
                {"StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "InputPath": "$.order",
                  "Parameters": {"Payload.$": "$", "FunctionName": "charge"},
                  "ResultSelector": {"id.$": "$.Payload.chargeId"},
                  "ResultPath": "$.charge",
                  "OutputPath": "$.charge",
                  "End": true}}}
                """, call -> {
            calls.add(call);
            return new TaskOutcome.Succeeded(JsonNodeFactory.instance
                    .objectNode()
                    .set("Payload", JsonNodeFactory.instance.objectNode().put("chargeId", "ch-1")));
        });
        // WHEN
        Execution run = machine.start("{\"order\": {\"id\": \"o-1\"}}");
        // THEN
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.parameters().toString())
                    .isEqualTo("{\"Payload\":{\"id\":\"o-1\"},\"FunctionName\":\"charge\"}");
            assertThat(call.stateName()).isEqualTo("T");
            assertThat(call.retryCount()).isZero();
        });
        assertThat(run.output().toString()).isEqualTo("{\"id\":\"ch-1\"}");
        assertThat(eventTypes(run))
                .containsExactly(
                        "ExecutionStarted",
                        "TaskStateEntered",
                        "TaskScheduled",
                        "TaskStarted",
                        "TaskSucceeded",
                        "TaskStateExited",
                        "ExecutionSucceeded");
    }

    @Test
    void should_record_lambda_function_events_for_a_bare_function_arn() {
        StateMachine machine = machine(
                "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + LAMBDA
                        + "\", \"End\": true}}}",
                call -> new TaskOutcome.Failed("Lambda.Unknown", "boom"));

        Execution run = machine.start("{}");

        assertThat(eventTypes(run))
                .containsExactly(
                        "ExecutionStarted",
                        "TaskStateEntered",
                        "LambdaFunctionScheduled",
                        "LambdaFunctionStarted",
                        "LambdaFunctionFailed",
                        "ExecutionFailed");
        assertThat(run.error()).isEqualTo("Lambda.Unknown");
        assertThat(run.cause()).isEqualTo("boom");
    }

    @Test
    void should_retry_with_exponential_back_off_on_the_virtual_clock() {
        // GIVEN two failures, then a success; IntervalSeconds 2, BackoffRate 3
        int[] calls = new int[1];
        StateMachine machine = machine(
                "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\","
                        + " \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 2,"
                        + " \"BackoffRate\": 3, \"MaxAttempts\": 5}], \"End\": true}}}",
                call -> ++calls[0] <= 2
                        ? new TaskOutcome.Failed("Throttled", "slow down")
                        : new TaskOutcome.Succeeded(TextNode.valueOf("ok")));
        // WHEN
        Execution run = machine.start("{}");
        // THEN delays are 2 s then 6 s
        StateVisit visit = run.visits().get(0);
        assertThat(visit.attempts())
                .extracting(StateVisit.Attempt::retryDelay)
                .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(6), null);
        assertThat(visit.attempts())
                .extracting(StateVisit.Attempt::retrierIndex)
                .containsExactly(0, 0, null);
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(8));
        assertThat(run.invocations()).extracting(TaskInvocation::retryCount).containsExactly(0, 1, 2);
        assertThat(run.output().textValue()).isEqualTo("ok");
    }

    @Test
    void should_cap_the_back_off_at_max_delay_seconds() {
        StateMachine machine = machine(
                "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\","
                        + " \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 10,"
                        + " \"BackoffRate\": 10, \"MaxDelaySeconds\": 30, \"MaxAttempts\": 3}], \"End\": true}}}",
                call -> new TaskOutcome.Failed("E", "c"));

        Execution run = machine.start("{}");

        assertThat(run.visits().get(0).attempts())
                .extracting(StateVisit.Attempt::retryDelay)
                .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30), null);
        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("E");
    }

    @Test
    void should_draw_full_jitter_from_the_seed_deterministically() {
        String definition = "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + LAMBDA
                + "\", \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 100,"
                + " \"JitterStrategy\": \"FULL\", \"MaxAttempts\": 3}], \"End\": true}}}";
        StateMachine machine = machine(definition, call -> new TaskOutcome.Failed("E", "c"));

        Execution first = machine.start("{}");
        Execution second = machine.start("{}");

        List<Duration> delays = first.visits().get(0).attempts().stream()
                .map(StateVisit.Attempt::retryDelay)
                .limit(3)
                .toList();
        assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofSeconds(400)));
        assertThat(delays.get(0)).isNotEqualTo(Duration.ofSeconds(100));
        assertThat(second.history()).isEqualTo(first.history());
        assertThat(second.visits()).isEqualTo(first.visits());
    }

    @Test
    void should_count_attempts_per_retrier_and_catch_when_exhausted() {
        StateMachine machine = machine(
                "{\"StartAt\": \"T\", \"States\": {"
                        + "\"T\": {\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\","
                        + " \"Retry\": [{\"ErrorEquals\": [\"A\"], \"MaxAttempts\": 1},"
                        + "           {\"ErrorEquals\": [\"B\"], \"MaxAttempts\": 1}],"
                        + " \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"ResultPath\": \"$.err\", \"Next\": \"H\"}],"
                        + " \"End\": true},"
                        + "\"H\": {\"Type\": \"Pass\", \"End\": true}}}",
                new ErrorsInTurn("A", "B", "A"));

        Execution run = machine.start("{\"k\": 1}");

        assertThat(run.visits().get(0).attempts())
                .extracting(StateVisit.Attempt::error)
                .containsExactly("A", "B", "A");
        assertThat(run.visits().get(0).caught().next()).isEqualTo("H");
        assertThat(run.output().toString()).isEqualTo("{\"k\":1,\"err\":{\"Error\":\"A\",\"Cause\":\"cause of A\"}}");
        assertThat(run.statesEntered()).containsExactly("T", "H");
    }

    @Test
    void should_not_catch_a_timeout_with_states_task_failed() {
        StateMachine machine = machine(
                "{\"StartAt\": \"T\", \"States\": {"
                        + "\"T\": {\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\", \"TimeoutSeconds\": 5,"
                        + " \"Catch\": [{\"ErrorEquals\": [\"States.TaskFailed\"], \"Next\": \"H\"}], \"End\": true},"
                        + "\"H\": {\"Type\": \"Pass\", \"End\": true}}}",
                call -> new TaskOutcome.Succeeded(TextNode.valueOf("late"), Duration.ofSeconds(10), List.of()));

        Execution run = machine.start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.Timeout");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(eventTypes(run)).contains("LambdaFunctionTimedOut");
    }

    @Test
    void should_complete_a_task_within_its_timeout_after_its_virtual_duration() {
        StateMachine machine = machine(
                "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + LAMBDA
                        + "\", \"TimeoutSeconds\": 60, \"End\": true}}}",
                call -> new TaskOutcome.Succeeded(TextNode.valueOf("done"), Duration.ofSeconds(59), List.of()));

        Execution run = machine.start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(59));
    }

    @Test
    void should_time_out_on_a_missed_heartbeat() {
        StateMachine machine = machine(
                "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + LAMBDA
                        + "\", \"TimeoutSeconds\": 600, \"HeartbeatSeconds\": 10, \"End\": true}}}",
                call -> new TaskOutcome.Succeeded(
                        TextNode.valueOf("done"),
                        Duration.ofSeconds(100),
                        List.of(Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(40))));

        Execution run = machine.start("{}");

        assertThat(run.error()).isEqualTo("States.Timeout");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(26));
    }

    @Test
    void should_fail_the_test_when_no_handler_answers_a_task() {
        StateMachine machine = machine("{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \""
                + LAMBDA + "\", \"End\": true}}}");

        assertThatThrownBy(() -> machine.start("{}"))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessageContaining("Task state 'T'")
                .hasMessageContaining(LAMBDA);
    }

    @Test
    void should_fail_uncatchably_with_states_runtime_when_output_path_finds_nothing() {
        StateMachine machine = machine(
                "{\"StartAt\": \"T\", \"States\": {"
                        + "\"T\": {\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\", \"OutputPath\": \"$.no\","
                        + " \"Catch\": [{\"ErrorEquals\": [\"States.Runtime\"], \"Next\": \"H\"},"
                        + " {\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"H\"}],"
                        + " \"End\": true},"
                        + "\"H\": {\"Type\": \"Pass\", \"End\": true}}}",
                call -> new TaskOutcome.Succeeded(JsonNodeFactory.instance.objectNode()));

        Execution run = machine.start("{}");

        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.cause())
                .isEqualTo("An error occurred while executing the state 'T' (entered at the event id #2)."
                        + " Invalid path '$.no' : No results for path: $['no']");
    }

    @Test
    void should_fail_the_task_catchably_when_its_result_is_larger_than_256_kib() {
        StateMachine machine = machine(
                "{\"StartAt\": \"T\", \"States\": {"
                        + "\"T\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                        + " \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"H\"}], \"End\": true},"
                        + "\"H\": {\"Type\": \"Pass\", \"End\": true}}}",
                call -> new TaskOutcome.Succeeded(TextNode.valueOf("x".repeat(300_000))));

        Execution run = machine.start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().get("Error").textValue()).isEqualTo("States.DataLimitExceeded");
        assertThat(run.output().get("Cause").textValue())
                .isEqualTo("The state/task 'lambda' returned a result with a size exceeding the maximum number of"
                        + " bytes service limit.");
        assertThat(eventTypes(run)).contains("TaskFailed");
    }

    @Test
    void should_refuse_an_unresolved_resource_placeholder_when_the_definition_is_read_as_aws_does() {
        String definition = "{\"StartAt\": \"C\", \"States\": {"
                + "\"C\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.go\", \"BooleanEquals\": true,"
                + " \"Next\": \"T\"}], \"Default\": \"E\"},"
                + "\"T\": {\"Type\": \"Task\", \"Resource\": \"${WorkerArn}\", \"End\": true},"
                + "\"E\": {\"Type\": \"Succeed\"}}}";

        assertThatThrownBy(() -> machine(definition, call -> new TaskOutcome.Succeeded(TextNode.valueOf("unused"))))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("/States/T/Resource: Value is not a valid resource ARN: \"${WorkerArn}\"")
                .hasMessageContaining("the placeholder ${WorkerArn} has no value");
    }

    /** Fails with the given errors in turn, then succeeds. */
    private static final class ErrorsInTurn implements io.github.sfnunit.mock.TaskHandler {
        private final String[] errors;
        private int next;

        ErrorsInTurn(String... errors) {
            this.errors = errors;
        }

        @Override
        public TaskOutcome invoke(TaskInvocation invocation) {
            if (next < errors.length) {
                String error = errors[next++];
                return new TaskOutcome.Failed(error, "cause of " + error);
            }
            return new TaskOutcome.Succeeded(TextNode.valueOf("ok"));
        }
    }
}
