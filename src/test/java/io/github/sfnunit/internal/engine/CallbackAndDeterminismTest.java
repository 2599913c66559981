package io.github.sfnunit.internal.engine;

import static io.github.sfnunit.internal.engine.EngineTestSupport.machine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.RunningExecution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.mock.TaskOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CallbackAndDeterminismTest {

    private static final String CALLBACK = """
            {"StartAt": "Ask", "States": {
              "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                      "Parameters": {"token.$": "$$.Task.Token"}, %s "End": true}}}
            """;

    @Test
    void should_wait_for_the_callback_and_continue_with_its_output() {
        // GIVEN a callback task whose mock stays pending
        StateMachine machine = machine(CALLBACK.formatted(""), call -> new TaskOutcome.Pending(List.of()));
        RunningExecution run = machine.begin("{}");
        // WHEN the test answers after an hour
        String token = run.waitingTasks().keySet().iterator().next();
        run.advanceBy(Duration.ofHours(1));
        run.sendTaskSuccess(token, "{\"approved\": true}");
        // THEN
        Execution done = run.finish();
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.output().toString()).isEqualTo("{\"approved\":true}");
        assertThat(done.virtualDuration()).isEqualTo(Duration.ofHours(1));
        assertThat(done.invocations().get(0).parameters().get("token").textValue())
                .isEqualTo(token);
    }

    @Test
    void should_fail_the_task_with_the_callback_error() {
        StateMachine machine = machine(CALLBACK.formatted(""), call -> new TaskOutcome.Pending(List.of()));
        RunningExecution run = machine.begin("{}");

        run.sendTaskFailure(run.waitingTasks().keySet().iterator().next(), "Rejected", "no");

        assertThat(run.finish().error()).isEqualTo("Rejected");
    }

    @Test
    void should_time_out_a_waiting_task_when_heartbeats_stop() {
        StateMachine machine = machine(
                CALLBACK.formatted("\"TimeoutSeconds\": 3600, \"HeartbeatSeconds\": 60,"),
                call -> new TaskOutcome.Pending(List.of()));
        RunningExecution run = machine.begin("{}");
        String token = run.waitingTasks().keySet().iterator().next();

        run.advanceBy(Duration.ofSeconds(50)).sendTaskHeartbeat(token).advanceBy(Duration.ofSeconds(50));
        assertThat(run.isRunning()).isTrue();
        Execution done = run.finish();

        assertThat(done.error()).isEqualTo("States.Timeout");
        assertThat(done.virtualDuration()).isEqualTo(Duration.ofSeconds(110));
    }

    @Test
    void should_refuse_to_finish_while_a_task_waits_for_a_callback_without_timeout() {
        StateMachine machine = machine(CALLBACK.formatted(""), call -> new TaskOutcome.Pending(List.of()));

        assertThatThrownBy(() -> machine.start("{}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("waiting for task callbacks")
                .hasMessageContaining("Ask");
    }

    @Test
    void same_definition_input_mocks_and_seed_give_the_same_history() {
        String definition = """
                {"StartAt": "P", "States": {
                  "P": {"Type": "Pass", "Parameters": {"id.$": "States.UUID()", "n.$": "States.MathRandom(1, 1000)"},
                        "Next": "W"},
                  "W": {"Type": "Wait", "Seconds": 30, "End": true}}}
                """;
        StateMachine seeded = machine(definition)
                .withOptions(ExecutionOptions.builder().seed(42).build());

        Execution first = seeded.start("{}");
        Execution second = seeded.start("{}");
        Execution otherSeed =
                seeded.withOptions(ExecutionOptions.builder().seed(43).build()).start("{}");

        assertThat(second.history()).isEqualTo(first.history());
        assertThat(second.output()).isEqualTo(first.output());
        assertThat(otherSeed.output()).isNotEqualTo(first.output());
    }

    @Test
    void a_compiled_machine_runs_independent_executions_from_several_threads() throws Exception {
        StateMachine machine = machine("""
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": 10, "Next": "Big"}],
                        "Default": "Small"},
                  "Big": {"Type": "Pass", "Result": "big", "ResultPath": "$.size", "End": true},
                  "Small": {"Type": "Wait", "Seconds": 5, "Next": "Done"},
                  "Done": {"Type": "Pass", "Result": "small", "ResultPath": "$.size", "End": true}}}
                """);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Execution>> runs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i % 20;
                runs.add(pool.submit(() -> machine.start("{\"n\": " + n + "}")));
            }
            for (int i = 0; i < runs.size(); i++) {
                Execution run = runs.get(i).get();
                String expected = i % 20 > 10 ? "big" : "small";
                assertThat(run.output().get("size").textValue()).isEqualTo(expected);
                assertThat(run.output().get("n").intValue()).isEqualTo(i % 20);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
