package io.github.sfnunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskMocks;
import io.github.sfnunit.mock.UnusedStub;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateMachineTest {

    static StateMachine machine(String json) {
        return StateMachine.from(new DefinitionParser().parse(json));
    }

    @Test
    void should_run_pass_states_in_order_and_return_the_output() {
        // GIVEN
        StateMachine machine = machine("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Result": {"x": 1}, "ResultPath": "$.a", "Next": "B"},
                  "B": {"Type": "Pass", "End": true}}}
                """);
        // WHEN
        Execution run = machine.start("{\"in\": true}");
        // THEN
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().toString()).isEqualTo("{\"in\":true,\"a\":{\"x\":1}}");
        assertThat(run.statesEntered()).containsExactly("A", "B");
        assertThat(run.history().stream().map(HistoryEvent::type))
                .containsExactly(
                        "ExecutionStarted",
                        "PassStateEntered",
                        "PassStateExited",
                        "PassStateEntered",
                        "PassStateExited",
                        "ExecutionSucceeded");
    }

    @Test
    void should_accept_maps_and_null_as_input() {
        StateMachine machine = machine("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");

        assertThat(machine.start(Map.of("k", "v")).output().toString()).isEqualTo("{\"k\":\"v\"}");
        assertThat(machine.start(null).output().toString()).isEqualTo("{}");
    }

    @Test
    void should_fail_with_the_fail_state_error_and_cause() {
        StateMachine machine = machine("""
                {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Boom", "Cause": "it broke"}}}
                """);

        Execution run = machine.start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("Boom");
        assertThat(run.cause()).isEqualTo("it broke");
        assertThat(run.history().get(run.history().size() - 1).type()).isEqualTo("ExecutionFailed");
    }

    @Test
    void should_wait_on_the_virtual_clock_without_sleeping() {
        StateMachine machine = machine("""
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 86400, "End": true}}}
                """);

        Execution run = machine.start("{}");

        assertThat(run.virtualDuration()).isEqualTo(Duration.ofDays(1));
        assertThat(run.startTime()).isEqualTo(VirtualClock.DEFAULT_START);
    }

    @Test
    void should_advance_the_clock_step_by_step_with_a_running_execution() {
        StateMachine machine = machine("""
                {"StartAt": "W", "States": {
                  "W": {"Type": "Wait", "Seconds": 60, "Next": "P"},
                  "P": {"Type": "Pass", "End": true}}}
                """);

        RunningExecution running = machine.begin("{}");
        running.advanceBy(Duration.ofSeconds(30));

        assertThat(running.isRunning()).isTrue();
        assertThat(running.clock().now()).isEqualTo(VirtualClock.DEFAULT_START.plusSeconds(30));
        running.advanceToNextTimer();
        assertThat(running.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(running.clock().elapsed()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void should_stop_at_a_state_with_run_until_state() {
        StateMachine machine = machine("""
                {"StartAt": "W", "States": {
                  "W": {"Type": "Wait", "Seconds": 5, "Next": "P"},
                  "P": {"Type": "Wait", "Seconds": 5, "End": true}}}
                """);

        RunningExecution running = machine.begin("{}").runUntilState("P");

        assertThat(running.snapshot().statesEntered()).containsExactly("W", "P");
        assertThat(running.clock().elapsed()).isEqualTo(Duration.ofSeconds(5));
        assertThat(running.finish().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void should_return_at_once_from_run_until_state_when_begin_already_entered_it() {
        StateMachine machine = machine("""
                {"StartAt": "W", "States": {
                  "W": {"Type": "Wait", "Seconds": 5, "Next": "P"},
                  "P": {"Type": "Pass", "End": true}}}
                """);

        RunningExecution running = machine.begin("{}").runUntilState("W");

        assertThat(running.snapshot().statesEntered()).containsExactly("W");
        assertThat(running.clock().elapsed()).isZero();
    }

    @Test
    void should_run_on_to_the_next_entry_when_run_until_state_is_called_again() {
        StateMachine machine = machine("""
                {"StartAt": "Tick", "States": {
                  "Tick": {"Type": "Wait", "Seconds": 60, "Next": "Count"},
                  "Count": {"Type": "Pass", "Parameters": {"n.$": "States.MathAdd($.n, 1)"}, "Next": "Again"},
                  "Again": {"Type": "Choice",
                    "Choices": [{"Variable": "$.n", "NumericLessThan": 3, "Next": "Tick"}],
                    "Default": "Done"},
                  "Done": {"Type": "Succeed"}}}
                """);
        RunningExecution running = machine.begin("{\"n\": 0}");

        running.runUntilState("Tick").runUntilState("Tick").runUntilState("Tick");

        assertThat(running.snapshot().statesEntered().stream().filter("Tick"::equals))
                .hasSize(3);
        assertThat(running.clock().elapsed()).isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> running.runUntilState("Tick"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("State 'Tick' was not entered: the execution is SUCCEEDED");
    }

    @Test
    void should_start_at_the_configured_instant() {
        Instant start = Instant.parse("2025-06-01T12:00:00Z");
        StateMachine machine = machine("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass",
                  "Parameters": {"t.$": "$$.Execution.StartTime", "e.$": "$$.State.EnteredTime"}, "End": true}}}
                """)
                .withOptions(ExecutionOptions.builder().startTime(start).build());

        Execution run = machine.start("{}");

        assertThat(run.output().toString())
                .isEqualTo("{\"t\":\"2025-06-01T12:00:00.000Z\",\"e\":\"2025-06-01T12:00:00.000Z\"}");
    }

    @Test
    void should_fail_the_test_with_a_clear_error_on_a_runaway_loop() {
        StateMachine machine = machine("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Next": "C"},
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "E"}],
                        "Default": "A"},
                  "E": {"Type": "Succeed"}}}
                """)
                .withOptions(ExecutionOptions.builder().maxStateTransitions(50).build());

        assertThatThrownBy(() -> machine.start("{}"))
                .isInstanceOf(ExecutionLimitExceededException.class)
                .hasMessageContaining("more than 50 states")
                .hasMessageContaining("'A' 25 times");
    }

    @Test
    void should_fail_the_execution_at_aws_history_limit() {
        StateMachine machine = machine("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Next": "C"},
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "E"}],
                        "Default": "A"},
                  "E": {"Type": "Succeed"}}}
                """);

        Execution run = machine.start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.history()).hasSize(25_000);
    }

    @Test
    void should_time_out_the_execution_at_its_timeout_seconds() {
        StateMachine machine = machine("""
                {"TimeoutSeconds": 10, "StartAt": "W",
                 "States": {"W": {"Type": "Wait", "Seconds": 60, "End": true}}}
                """);

        Execution run = machine.start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(run.error()).isEqualTo("States.Timeout");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(List.of(run.history().get(run.history().size() - 1).type())).containsExactly("ExecutionTimedOut");
    }

    @Test
    void an_execution_keeps_the_unused_stubs_as_they_were_when_it_ended() {
        // GIVEN one mocks object answering two executions; "Refund" is used by the second only
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge").thenReturn("{}");
        mocks.forState("Refund").thenReturn("{}");
        StateMachine machine = machine("""
                {"StartAt": "Route", "States": {
                  "Route": {"Type": "Choice", "Choices": [
                    {"Variable": "$.refund", "BooleanEquals": true, "Next": "Refund"}], "Default": "Charge"},
                  "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true},
                  "Refund": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}
                """).withTaskHandler(mocks);

        // WHEN
        Execution first = machine.start("{\"refund\": false}");
        Execution second = machine.start("{\"refund\": true}");

        // THEN the first still reports "Refund" unused: a later execution does not rewrite an earlier one
        assertThat(first.unusedStubs()).extracting(UnusedStub::stub).containsExactly("forState(\"Refund\")");
        assertThat(second.unusedStubs()).isEmpty();
    }
}
