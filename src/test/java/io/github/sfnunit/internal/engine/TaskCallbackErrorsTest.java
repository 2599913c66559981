package io.github.sfnunit.internal.engine;

import static io.github.sfnunit.internal.engine.EngineTestSupport.machine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.RunningExecution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.InvalidTokenException;
import io.github.sfnunit.mock.TaskCallbackException;
import io.github.sfnunit.mock.TaskDoesNotExistException;
import io.github.sfnunit.mock.TaskOutcome;
import io.github.sfnunit.mock.TaskTimedOutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Callbacks refused as AWS refuses them, with typed exceptions named after AWS's errors; and StopExecution. */
class TaskCallbackErrorsTest {

    private static final String CALLBACK = """
            {"StartAt": "Ask", "States": {
              "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                      "Parameters": {"token.$": "$$.Task.Token"}, "TimeoutSeconds": 60, "End": true}}}
            """;

    private final StateMachine machine = machine(CALLBACK, call -> new TaskOutcome.Pending(List.of()));

    @Test
    void should_throw_task_does_not_exist_for_a_token_no_task_was_given() {
        RunningExecution run = machine.begin("{}");
        String waiting = run.waitingTasks().keySet().iterator().next();
        String other = "00000000-0000-4000-8000-000000000000";

        assertThatThrownBy(() -> run.sendTaskSuccess(other, "{}"))
                .isInstanceOf(TaskDoesNotExistException.class)
                .hasMessage("No task was given token '" + other + "'. Waiting: {" + waiting + "=Ask}.")
                .extracting(e -> ((TaskCallbackException) e).awsErrorType())
                .isEqualTo("TaskDoesNotExist");
    }

    @Test
    void should_throw_invalid_token_for_a_text_that_is_no_token() {
        RunningExecution run = machine.begin("{}");

        assertThatThrownBy(() -> run.sendTaskHeartbeat("not-a-token"))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageStartingWith("'not-a-token' is not a task token: sfn-unit's tokens are UUIDs")
                .extracting(e -> ((TaskCallbackException) e).awsErrorType())
                .isEqualTo("InvalidToken");
    }

    @Test
    void should_throw_task_timed_out_for_a_task_completed_already() {
        RunningExecution run = machine.begin("{}");
        String token = run.waitingTasks().keySet().iterator().next();
        run.sendTaskSuccess(token, "{}");

        assertThatThrownBy(() -> run.sendTaskFailure(token, "E", "c"))
                .isInstanceOf(TaskTimedOutException.class)
                .hasMessage("The task given token '" + token + "' no longer waits: it ended with its execution"
                        + " (SUCCEEDED).")
                .extracting(e -> ((TaskCallbackException) e).awsErrorType())
                .isEqualTo("TaskTimedOut");
    }

    @Test
    void should_throw_task_timed_out_for_a_task_that_timed_out() {
        RunningExecution run = machine.begin("{}");
        String token = run.waitingTasks().keySet().iterator().next();
        run.advanceBy(Duration.ofMinutes(2));

        assertThatThrownBy(() -> run.sendTaskSuccess(token, "{}")).isInstanceOf(TaskTimedOutException.class);
        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    }

    @Test
    void should_stop_an_execution_as_stop_execution_does() {
        RunningExecution run = machine.begin("{}");
        String token = run.waitingTasks().keySet().iterator().next();
        Instant timer = run.nextTimer().orElseThrow();

        Execution stopped = run.stop("Cancelled", "by hand").snapshot();

        assertThat(timer).isEqualTo(stopped.startTime().plusSeconds(60));
        assertThat(stopped.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(stopped.error()).isEqualTo("Cancelled");
        assertThat(stopped.cause()).isEqualTo("by hand");
        HistoryEvent last = stopped.history().get(stopped.history().size() - 1);
        assertThat(last.type()).isEqualTo("ExecutionAborted");
        assertThat(last.details().toString()).isEqualTo("{\"error\":\"Cancelled\",\"cause\":\"by hand\"}");
        assertThat(run.nextTimer()).isEmpty();
        assertThatThrownBy(() -> run.sendTaskSuccess(token, "{}")).isInstanceOf(TaskTimedOutException.class);
    }
}
