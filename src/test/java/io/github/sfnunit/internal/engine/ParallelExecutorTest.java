package io.github.sfnunit.internal.engine;

import static io.github.sfnunit.internal.engine.Machines.json;
import static io.github.sfnunit.internal.engine.Machines.machine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskOutcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelExecutorTest {

    @Test
    void should_give_every_branch_the_effective_input_and_collect_outputs_in_branch_order() {
        // GIVEN branches that take different virtual times
        Machines.Recording tasks = Machines.Recording.echoAfter(
                call -> Duration.ofSeconds(call.stateName().equals("Slow") ? 30 : 1));
        String definition = """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "InputPath": "$.in",
                  "ResultSelector": {"first.$": "$[0]", "second.$": "$[1]"}, "ResultPath": "$.out", "End": true,
                  "Branches": [
                    {"StartAt": "Slow", "States": {"Slow": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true}}},
                    {"StartAt": "Fast", "States": {"Fast": {"Type": "Pass", "Result": "fast", "End": true}}}]}}}
                """;
        // WHEN
        Execution run = machine(definition, tasks).start("{\"in\": {\"v\": 1}}");
        // THEN
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output())
                .isEqualTo(json("{\"in\": {\"v\": 1}, \"out\": {\"first\": {\"v\": 1}, \"second\": \"fast\"}}"));
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(run.history().get(run.history().size() - 3).type()).isEqualTo("ParallelStateSucceeded");
    }

    @Test
    void should_stop_the_other_branches_and_fail_with_the_branch_error_when_a_branch_fails() {
        // GIVEN a slow branch that would call a second task after 10 s, and a branch failing after 1 s
        Machines.Recording tasks =
                new Machines.Recording(call -> call.stateName().equals("Breaks")
                        ? new TaskOutcome.Failed("Custom.Error", "it broke", Duration.ofSeconds(1), List.of())
                        : new TaskOutcome.Succeeded(call.input(), Duration.ofSeconds(10), List.of()));
        String definition = """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Long", "States": {
                    "Long": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "Next": "After"},
                    "After": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true}}},
                  {"StartAt": "Breaks", "States": {
                    "Breaks": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true}}}]}}}
                """;
        // WHEN
        Execution run = machine(definition, tasks).start("{}");
        // THEN
        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("Custom.Error");
        assertThat(run.cause()).isEqualTo("it broke");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(tasks.calls).extracting(c -> c.stateName()).containsExactly("Long", "Breaks");
        assertThat(run.statesEntered()).doesNotContain("After");
        assertThat(run.history().stream().map(HistoryEvent::type)).contains("TaskStateAborted", "ParallelStateFailed");
    }

    @Test
    void should_retry_the_whole_parallel_state_then_catch_its_error() {
        // GIVEN
        String definition = """
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "Next": "Done",
                    "Retry": [{"ErrorEquals": ["Oops"], "MaxAttempts": 1, "IntervalSeconds": 2}],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Caught"}],
                    "Branches": [{"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Oops", "Cause": "c"}}}]},
                  "Caught": {"Type": "Pass", "End": true},
                  "Done": {"Type": "Pass", "End": true}}}
                """;
        // WHEN
        Execution run = machine(definition).start("{\"a\": 1}");
        // THEN
        assertThat(run.output()).isEqualTo(json("{\"a\": 1, \"error\": {\"Error\": \"Oops\", \"Cause\": \"c\"}}"));
        assertThat(run.statesEntered()).containsExactly("P", "F", "F", "Caught");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(2));
        assertThat(run.history().stream().map(HistoryEvent::type).filter(t -> t.startsWith("Parallel")))
                .containsExactly(
                        "ParallelStateEntered",
                        "ParallelStateStarted",
                        "ParallelStateStarted",
                        "ParallelStateFailed",
                        "ParallelStateExited");
    }

    @Test
    void should_run_a_map_nested_in_a_parallel_branch() {
        // GIVEN
        String definition = """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "End": true,
                    "ItemProcessor": {"StartAt": "Double", "States": {
                      "Double": {"Type": "Pass", "Parameters": {"v.$": "States.MathAdd($, $)"}, "End": true}}}}}},
                  {"StartAt": "Other", "States": {"Other": {"Type": "Pass", "Result": "x", "End": true}}}]}}}
                """;
        // WHEN
        Execution run = machine(definition).start("{\"items\": [1, 2, 3]}");
        // THEN
        assertThat(run.output()).isEqualTo(json("[[{\"v\": 2}, {\"v\": 4}, {\"v\": 6}], \"x\"]"));
        assertThat(run.visits())
                .extracting(v -> v.statePath())
                .contains("P/Branch 0/M/Item 2/Double", "P/Branch 1/Other");
    }
}
