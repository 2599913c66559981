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

class MapExecutorTest {

    private static String taskMap(String mapFields) {
        return """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "End": true, %s
                  "ItemProcessor": {"StartAt": "Work", "States": {
                    "Work": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work", "End": true}}}}}}
                """.formatted(mapFields);
    }

    @Test
    void should_select_each_item_with_its_index_and_value_and_keep_item_order() {
        // GIVEN
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "End": true,
                  "ItemSelector": {"index.$": "$$.Map.Item.Index", "value.$": "$$.Map.Item.Value", "tag.$": "$.tag"},
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
                """;
        // WHEN
        Execution run = machine(definition).start("{\"tag\": \"t\", \"items\": [\"a\", \"b\"]}");
        // THEN
        assertThat(run.output())
                .isEqualTo(json("[{\"index\": 0, \"value\": \"a\", \"tag\": \"t\"},"
                        + " {\"index\": 1, \"value\": \"b\", \"tag\": \"t\"}]"));
        assertThat(run.history().stream().map(HistoryEvent::type))
                .containsSubsequence(
                        "MapStateEntered",
                        "MapStateStarted",
                        "MapIterationStarted",
                        "MapIterationSucceeded",
                        "MapStateSucceeded",
                        "MapStateExited");
    }

    @Test
    void should_succeed_with_an_empty_array_when_there_are_no_items() {
        Execution run = machine(taskMap("")).start("{\"items\": []}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output()).isEqualTo(json("[]"));
        assertThat(run.history().get(2).details().toString()).contains("\"length\":0");
    }

    @Test
    void should_fail_with_a_runtime_error_when_the_items_are_not_an_array() {
        Execution run = machine(taskMap("")).start("{\"items\": {\"a\": 1}}");

        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.cause())
                .isEqualTo("An error occurred while executing the state 'M' (entered at the event id #2). The ItemsPath"
                        + " field refers to value {\"a\":1} which is not a valid array: $.items");
    }

    @Test
    void should_run_at_most_max_concurrency_iterations_at_a_time_on_the_virtual_clock() {
        // GIVEN 4 items of 10 virtual seconds each
        Machines.Recording tasks = Machines.Recording.echoAfter(call -> Duration.ofSeconds(10));
        String input = "{\"items\": [1, 2, 3, 4]}";
        // WHEN / THEN
        assertThat(machine(taskMap("\"MaxConcurrency\": 1,"), tasks)
                        .start(input)
                        .virtualDuration())
                .isEqualTo(Duration.ofSeconds(40));
        assertThat(machine(taskMap("\"MaxConcurrency\": 3,"), tasks)
                        .start(input)
                        .virtualDuration())
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(machine(taskMap(""), tasks).start(input).virtualDuration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void should_read_max_concurrency_from_the_input_with_max_concurrency_path() {
        Machines.Recording tasks = Machines.Recording.echoAfter(call -> Duration.ofSeconds(10));

        Execution run = machine(taskMap("\"MaxConcurrencyPath\": \"$.limit\","), tasks)
                .start("{\"limit\": 2, \"items\": [1, 2, 3, 4]}");

        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void should_run_at_most_40_inline_iterations_at_a_time_as_aws_does() {
        Machines.Recording tasks = Machines.Recording.echoAfter(call -> Duration.ofSeconds(1));
        StringBuilder items = new StringBuilder("[0");
        for (int i = 1; i < 41; i++) {
            items.append(',').append(i);
        }

        Execution run = machine(taskMap(""), tasks).start("{\"items\": " + items + "]}");

        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void should_number_task_invocations_in_item_order_whatever_their_durations() {
        // GIVEN later items finish first: numbering must not depend on completion order
        Machines.Recording tasks = Machines.Recording.echoAfter(
                call -> Duration.ofSeconds(10 - call.input().asInt()));
        // WHEN
        Execution first = machine(taskMap(""), tasks).start("{\"items\": [0, 1, 2, 3, 4, 5]}");
        // THEN
        assertThat(first.invocations())
                .extracting(c -> c.input().asInt() + "#" + c.invocationIndex())
                .containsExactly("0#0", "1#1", "2#2", "3#3", "4#4", "5#5");
        Execution second = machine(taskMap(""), tasks).start("{\"items\": [0, 1, 2, 3, 4, 5]}");
        assertThat(second.history()).isEqualTo(first.history());
    }

    @Test
    void should_fail_with_the_iteration_error_and_abort_running_iterations_when_no_failure_is_tolerated() {
        // GIVEN item 1 fails after 1 s while the others take 5 s
        Machines.Recording tasks = new Machines.Recording(call -> call.input().asInt() == 1
                ? new TaskOutcome.Failed("Item.Failed", "bad item", Duration.ofSeconds(1), List.of())
                : new TaskOutcome.Succeeded(call.input(), Duration.ofSeconds(5), List.of()));
        // WHEN
        Execution run = machine(taskMap(""), tasks).start("{\"items\": [0, 1, 2]}");
        // THEN
        assertThat(run.error()).isEqualTo("Item.Failed");
        assertThat(run.cause()).isEqualTo("bad item");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(run.history().stream().map(HistoryEvent::type).filter(t -> t.startsWith("MapIteration")))
                .containsExactly(
                        "MapIterationStarted",
                        "MapIterationStarted",
                        "MapIterationStarted",
                        "MapIterationFailed",
                        "MapIterationAborted",
                        "MapIterationAborted");
    }

    @Test
    void should_tolerate_failures_up_to_the_tolerated_count() {
        // GIVEN items below 2 fail
        Machines.Recording tasks = new Machines.Recording(call -> call.input().asInt() < 2
                ? new TaskOutcome.Failed("Item.Failed", "bad " + call.input(), Duration.ZERO, List.of())
                : new TaskOutcome.Succeeded(call.input()));
        String input = "{\"items\": [0, 1, 2, 3]}";
        // WHEN
        Execution tolerated =
                machine(taskMap("\"ToleratedFailureCount\": 2,"), tasks).start(input);
        Execution exceeded =
                machine(taskMap("\"ToleratedFailureCount\": 1,"), tasks).start(input);
        // THEN
        assertThat(tolerated.output())
                .isEqualTo(json("[{\"Error\": \"Item.Failed\", \"Cause\": \"bad 0\"},"
                        + " {\"Error\": \"Item.Failed\", \"Cause\": \"bad 1\"}, 2, 3]"));
        assertThat(exceeded.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        assertThat(exceeded.cause()).isEqualTo("The specified tolerated failure threshold was exceeded");
    }

    @Test
    void should_tolerate_failures_up_to_the_tolerated_percentage() {
        Machines.Recording tasks = new Machines.Recording(call -> call.input().asInt() == 0
                ? new TaskOutcome.Failed("Item.Failed", "bad", Duration.ZERO, List.of())
                : new TaskOutcome.Succeeded(call.input()));
        String input = "{\"items\": [0, 1, 2, 3]}";

        Execution tolerated =
                machine(taskMap("\"ToleratedFailurePercentage\": 25,"), tasks).start(input);
        Execution exceeded =
                machine(taskMap("\"ToleratedFailurePercentage\": 24.9,"), tasks).start(input);

        assertThat(tolerated.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(exceeded.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    }

    @Test
    void should_run_a_parallel_state_inside_each_iteration() {
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                    {"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": "b", "End": true}}}]}}}}}}
                """;

        Execution run = machine(definition).start("[1, 2]");

        assertThat(run.output()).isEqualTo(json("[[1, \"b\"], [2, \"b\"]]"));
    }

    @Test
    void should_run_a_map_larger_than_aws_history_allows_when_recording_is_off_and_the_limit_lifted() {
        // GIVEN 20,000 items through a Pass state: 80,000 events, more than AWS's 25,000
        StringBuilder items = new StringBuilder("[0");
        for (int i = 1; i < 20_000; i++) {
            items.append(',').append(i);
        }
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
                """;
        // WHEN
        Execution run = machine(definition)
                .withOptions(io.github.sfnunit.ExecutionOptions.builder()
                        .historyEnabled(false)
                        .maxHistoryEvents(0)
                        .build())
                .start(items + "]");
        // THEN
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().size()).isEqualTo(20_000);
        assertThat(run.output().get(19_999).asInt()).isEqualTo(19_999);
        assertThat(run.history()).isEmpty();
    }
}
