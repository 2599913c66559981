package io.github.sfnunit.internal.engine;

import static io.github.sfnunit.internal.engine.EngineTestSupport.machine;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskOutcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A missed heartbeat, as AWS records it (LocalStack's {@code test_heartbeats} recordings of AWS: {@code TaskTimedOut}
 * and {@code ExecutionFailed} carry {@code States.Timeout}), and how {@code ErrorEquals} sees it: {@code
 * States.HeartbeatTimeout}, which AWS allows only in Retry and Catch, matches it, and only it.
 */
class HeartbeatTimeoutTest {

    private static final String WAITING = """
            {"StartAt": "SendMessageWithWait", "States": {
              "SendMessageWithWait": {"Type": "Task",
                "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "Parameters": {"QueueUrl": "q", "MessageBody": {"TaskToken.$": "$$.Task.Token"}},
                "HeartbeatSeconds": 5, "TimeoutSeconds": 600, "End": true}}}
            """;

    @Test
    void a_missed_heartbeat_is_recorded_as_a_task_timeout_with_states_timeout() {
        // GIVEN a callback task that nobody answers or beats for
        Execution run = machine(WAITING, call -> new TaskOutcome.Pending(List.of()))
                .begin("{}")
                .advanceBy(Duration.ofSeconds(5))
                .snapshot();

        // THEN
        assertThat(run.error()).isEqualTo("States.Timeout");
        assertThat(run.cause()).isNull();
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(run.history().stream().map(HistoryEvent::type))
                .containsExactly(
                        "ExecutionStarted",
                        "TaskStateEntered",
                        "TaskScheduled",
                        "TaskStarted",
                        "TaskSubmitted",
                        "TaskTimedOut",
                        "ExecutionFailed");
        assertThat(run.history().get(5).details().toString())
                .isEqualTo("{\"resourceType\":\"sqs\",\"resource\":\"sendMessage.waitForTaskToken\","
                        + "\"error\":\"States.Timeout\"}");
        assertThat(run.history().get(6).details().toString()).isEqualTo("{\"error\":\"States.Timeout\"}");
    }

    @ParameterizedTest(name = "{0} catches a missed heartbeat: {1}; a TimeoutSeconds timeout: {2}")
    @CsvSource({
        "States.HeartbeatTimeout, true,  false",
        "States.Timeout,          true,  true",
        "States.ALL,              true,  true",
        "States.TaskFailed,       false, false"
    })
    void error_equals_sees_a_missed_heartbeat(String errorEquals, boolean heartbeatCaught, boolean timeoutCaught) {
        // GIVEN a task that answers after 100 s: without heartbeats (HeartbeatSeconds 10) or past TimeoutSeconds 50
        String heartbeat = caught("\"HeartbeatSeconds\": 10, \"TimeoutSeconds\": 600", errorEquals);
        String timeout = caught("\"TimeoutSeconds\": 50", errorEquals);
        TaskOutcome late = new TaskOutcome.Succeeded(TextNode.valueOf("late"), Duration.ofSeconds(100), List.of());

        // WHEN
        Execution missedHeartbeat = machine(heartbeat, call -> late).start("{}");
        Execution timedOut = machine(timeout, call -> late).start("{}");

        // THEN the caught error is States.Timeout either way
        assertThat(missedHeartbeat.status().name()).isEqualTo(heartbeatCaught ? "SUCCEEDED" : "FAILED");
        assertThat(timedOut.status().name()).isEqualTo(timeoutCaught ? "SUCCEEDED" : "FAILED");
        if (heartbeatCaught) {
            assertThat(missedHeartbeat.output().path("error").path("Error").asText())
                    .isEqualTo("States.Timeout");
        }
    }

    @Test
    void a_retrier_on_states_heartbeat_timeout_retries_a_missed_heartbeat() {
        // GIVEN the first attempt misses its heartbeat, the second answers at once
        String definition = """
                {"StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
                  "HeartbeatSeconds": 10, "TimeoutSeconds": 600,
                  "Retry": [{"ErrorEquals": ["States.HeartbeatTimeout"], "IntervalSeconds": 1}],
                  "End": true}}}
                """;
        int[] calls = {0};

        // WHEN
        Execution run = machine(
                        definition,
                        call -> calls[0]++ == 0
                                ? new TaskOutcome.Succeeded(
                                        TextNode.valueOf("late"), Duration.ofSeconds(100), List.of())
                                : new TaskOutcome.Succeeded(TextNode.valueOf("ok")))
                .start("{}");

        // THEN
        assertThat(run.output().asText()).isEqualTo("ok");
        assertThat(run.visits().get(0).attempts())
                .extracting(attempt -> attempt.error() + "/" + attempt.retrierIndex())
                .containsExactly("States.Timeout/0", "null/null");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(11));
    }

    private static String caught(String timeouts, String errorEquals) {
        return """
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", %s,
                    "Catch": [{"ErrorEquals": ["%s"], "ResultPath": "$.error", "Next": "Handled"}], "End": true},
                  "Handled": {"Type": "Pass", "End": true}}}
                """.formatted(timeouts, errorEquals);
    }
}
