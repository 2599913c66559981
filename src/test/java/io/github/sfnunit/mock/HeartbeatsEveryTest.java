package io.github.sfnunit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.RunningExecution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code withHeartbeatsEvery(period)}: a worker that heartbeats on a schedule, for timed and callback answers. */
class HeartbeatsEveryTest {

    private static final String TRACK = """
            {"StartAt": "Track", "States": {"Track": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "track"},
              "HeartbeatSeconds": 60, "End": true}}}
            """;

    private static final String CALLBACK = """
            {"StartAt": "Approve", "States": {"Approve": {"Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": {"QueueUrl": "q", "MessageBody": {"TaskToken.$": "$$.Task.Token"}},
              "HeartbeatSeconds": 60, "TimeoutSeconds": 900, "End": true}}}
            """;

    private final TaskMocks mocks = new TaskMocks();

    private StateMachine machine(String definition) {
        return StateMachine.from(new DefinitionParser().parse(definition)).withTaskHandler(mocks);
    }

    @Test
    void a_long_task_that_beats_more_often_than_HeartbeatSeconds_succeeds() {
        mocks.forState("Track")
                .thenReturn("{}")
                .after(Duration.ofMinutes(10))
                .withHeartbeatsEvery(Duration.ofSeconds(30));

        Execution run = machine(TRACK).start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void beats_further_apart_than_HeartbeatSeconds_miss_the_first_deadline() {
        mocks.forState("Track")
                .withHeartbeatsEvery(Duration.ofSeconds(90))
                .thenReturn("{}")
                .after(Duration.ofMinutes(10));

        Execution run = machine(TRACK).start("{}");

        assertThat(run.error()).isEqualTo("States.Timeout");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void periodic_and_explicit_heartbeats_add_up_and_stop_when_the_task_ends() {
        // beats at 50 s (explicit), then 100, 200 (every 100 s): the gap 100 -> 200 misses HeartbeatSeconds 60
        mocks.forState("Track")
                .thenReturn("{}")
                .after(Duration.ofSeconds(250))
                .withHeartbeats(Duration.ofSeconds(50))
                .withHeartbeatsEvery(Duration.ofSeconds(100));

        Execution run = machine(TRACK).start("{}");

        assertThat(run.error()).isEqualTo("States.Timeout");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(160));
        assertThat(new Heartbeats(List.of(Duration.ofSeconds(50)), Duration.ofSeconds(100))
                        .before(Duration.ofSeconds(250)))
                .containsExactly(Duration.ofSeconds(50), Duration.ofSeconds(100), Duration.ofSeconds(200));
    }

    @Test
    void a_callback_task_keeps_beating_until_the_test_sends_the_callback() {
        mocks.forState("Approve").thenWaitForCallback().withHeartbeatsEvery(Duration.ofSeconds(45));
        RunningExecution running = machine(CALLBACK).begin("{}");

        running.advanceBy(Duration.ofMinutes(10));
        assertThat(running.waitingTasks()).hasSize(1);
        String token = running.waitingTasks().keySet().iterator().next();
        running.sendTaskSuccess(token, "{\"approved\":true}");
        Execution run = running.finish();

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void a_callback_task_that_beats_but_never_answers_times_out_at_TimeoutSeconds() {
        mocks.forState("Approve").thenWaitForCallback().withHeartbeatsEvery(Duration.ofSeconds(45));

        Execution run = machine(CALLBACK).begin("{}").finish();

        assertThat(run.error()).isEqualTo("States.Timeout");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(900));
    }

    @Test
    void a_callback_task_without_beats_misses_HeartbeatSeconds() {
        mocks.forState("Approve").thenWaitForCallback();

        Execution run =
                machine(CALLBACK).begin("{}").advanceBy(Duration.ofMinutes(2)).snapshot();

        assertThat(run.error()).isEqualTo("States.Timeout");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void a_period_must_be_positive() {
        assertThatThrownBy(() -> mocks.forState("Track").withHeartbeatsEvery(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("forState(\"Track\").withHeartbeatsEvery(..) needs a period > 0, but was PT0S");
    }
}
