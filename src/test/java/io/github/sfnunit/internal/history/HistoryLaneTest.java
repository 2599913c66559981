package io.github.sfnunit.internal.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnunit.asl.StateType;
import io.github.sfnunit.history.HistoryEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryLaneTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();

    private final HistoryRecorder recorder = new HistoryRecorder(HistoryOptions.defaults());
    private final HistoryLane root = recorder.root();

    @Test
    void should_point_the_first_state_to_event_zero_like_execution_started() {
        // WHEN
        root.executionStarted(T0, EMPTY, "arn:aws:iam::123456789012:role/r");
        root.stateEntered(T0, StateType.PASS, "A", EMPTY);
        root.stateExited(T0, StateType.PASS, "A", EMPTY);
        root.executionSucceeded(T0, EMPTY);

        // THEN
        assertThat(links()).containsExactly("1<0", "2<0", "3<2", "4<3");
        assertThat(recorder.events().get(0).details().toString())
                .isEqualTo("{\"input\":\"{}\",\"inputDetails\":{\"truncated\":false},"
                        + "\"roleArn\":\"arn:aws:iam::123456789012:role/r\"}");
    }

    @Test
    void should_start_concurrent_map_iterations_from_map_state_started_and_next_ones_from_the_freed_iteration() {
        // GIVEN a Map with MaxConcurrency 2 over three items
        root.executionStarted(T0, EMPTY, null);
        root.stateEntered(T0, StateType.MAP, "M", EMPTY); // 2
        root.mapStateStarted(T0, 3); // 3

        // WHEN
        HistoryLane first = root.mapIterationStarted(T0, "M", 0); // 4
        HistoryLane second = root.mapIterationStarted(T0, "M", 1); // 5
        first.stateEntered(T0, StateType.PASS, "P", EMPTY); // 6
        second.stateEntered(T0, StateType.PASS, "P", EMPTY); // 7
        first.stateExited(T0, StateType.PASS, "P", EMPTY); // 8
        root.mapIterationSucceeded(T0, first, "M", 0); // 9
        HistoryLane third = root.mapIterationStarted(T0, "M", 2); // 10
        second.stateExited(T0, StateType.PASS, "P", EMPTY); // 11
        root.mapIterationSucceeded(T0, second, "M", 1); // 12
        third.stateEntered(T0, StateType.PASS, "P", EMPTY); // 13
        third.stateExited(T0, StateType.PASS, "P", EMPTY); // 14
        root.mapIterationSucceeded(T0, third, "M", 2); // 15
        root.mapStateSucceeded(T0); // 16
        root.stateExited(T0, StateType.MAP, "M", EMPTY); // 17

        // THEN
        assertThat(links())
                .containsExactly(
                        "1<0", "2<0", "3<2", "4<3", "5<3", "6<4", "7<5", "8<6", "9<8", "10<8", "11<7", "12<11", "13<10",
                        "14<13", "15<14", "16<15", "17<15");
    }

    @Test
    void should_point_parallel_success_and_exit_to_the_last_branch_event() {
        // GIVEN
        root.executionStarted(T0, EMPTY, null);
        root.stateEntered(T0, StateType.PARALLEL, "P", EMPTY); // 2
        root.parallelStateStarted(T0); // 3
        HistoryLane a = root.branch();
        HistoryLane b = root.branch();

        // WHEN
        a.stateEntered(T0, StateType.PASS, "A", EMPTY); // 4
        b.stateEntered(T0, StateType.PASS, "B", EMPTY); // 5
        a.stateExited(T0, StateType.PASS, "A", EMPTY); // 6
        b.stateExited(T0, StateType.PASS, "B", EMPTY); // 7
        root.parallelStateSucceeded(T0, b); // 8
        root.stateExited(T0, StateType.PARALLEL, "P", EMPTY); // 9

        // THEN
        assertThat(links()).containsExactly("1<0", "2<0", "3<2", "4<3", "5<3", "6<4", "7<5", "8<7", "9<7");
        assertThat(recorder.events().get(7).detailsKey()).isNull();
    }

    @Test
    void should_point_an_evaluation_failure_where_the_entry_points_except_in_a_wait_state() {
        // WHEN
        root.executionStarted(T0, EMPTY, null);
        root.stateEntered(T0, StateType.TASK, "T", EMPTY);
        long taskFailure = root.evaluationFailed(T0, "States.QueryEvaluationError", "c", "Arguments", "T");
        HistoryRecorder other = new HistoryRecorder(HistoryOptions.defaults());
        other.root().executionStarted(T0, EMPTY, null);
        other.root().stateEntered(T0, StateType.WAIT, "W", EMPTY);
        other.root().evaluationFailed(T0, "States.QueryEvaluationError", "c", null, "W");

        // THEN
        assertThat(recorder.events().get((int) taskFailure - 1).previousEventId())
                .isZero();
        assertThat(other.events().get(2).previousEventId()).isEqualTo(2);
        assertThat(other.events().get(2).details().toString())
                .isEqualTo("{\"error\":\"States.QueryEvaluationError\",\"cause\":\"c\",\"state\":\"W\"}");
    }

    @Test
    void should_record_assigned_variables_as_json_text() {
        // GIVEN
        Map<String, JsonNode> assigned = new LinkedHashMap<>();
        assigned.put("x", IntNode.valueOf(42));
        assigned.put("s", JsonNodeFactory.instance.textNode("a"));

        // WHEN
        root.stateExited(T0, StateType.PASS, "A", EMPTY, assigned);

        // THEN
        assertThat(recorder.events().get(0).details().toString())
                .isEqualTo("{\"name\":\"A\",\"output\":\"{}\",\"outputDetails\":{\"truncated\":false},"
                        + "\"assignedVariables\":{\"x\":\"42\",\"s\":\"\\\"a\\\"\"},"
                        + "\"assignedVariablesDetails\":{\"truncated\":false}}");
    }

    @Test
    void should_only_count_events_when_not_recording() {
        // GIVEN
        HistoryRecorder counting = new HistoryRecorder(HistoryOptions.notRecording());
        HistoryLane lane = counting.root();

        // WHEN
        lane.executionStarted(T0, EMPTY, null);
        HistoryLane iteration = lane.mapIterationStarted(T0, "M", 0);
        long entered = iteration.stateEntered(T0, StateType.PASS, "P", EMPTY);

        // THEN
        assertThat(entered).isEqualTo(3);
        assertThat(iteration).isSameAs(lane);
        assertThat(counting.events()).isEmpty();
        assertThat(counting.lastEventId()).isEqualTo(3);
    }

    @Test
    void should_fail_at_the_limit_unless_the_event_ends_the_execution() {
        // GIVEN a limit of 4 events
        HistoryRecorder limited = new HistoryRecorder(HistoryOptions.defaults().withMaxEvents(4));
        HistoryLane lane = limited.root();
        lane.executionStarted(T0, EMPTY, null);
        lane.stateEntered(T0, StateType.PASS, "A", EMPTY);
        lane.stateExited(T0, StateType.PASS, "A", EMPTY);

        // WHEN / THEN: a 4th event that does not end the execution is refused, the execution's failure is not
        assertThatThrownBy(() -> lane.stateEntered(T0, StateType.PASS, "B", EMPTY))
                .isInstanceOfSatisfying(HistoryLimitExceededException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.Runtime");
                    assertThat(e.cause()).isEqualTo("The execution reached the maximum number of history events (4).");
                });
        long failed = lane.executionFailed(
                T0, "States.Runtime", "The execution reached the maximum number of" + " history events (4).");
        assertThat(failed).isEqualTo(4);
        assertThat(limited.events()).extracting(HistoryEvent::type).last().isEqualTo("ExecutionFailed");
    }

    @Test
    void should_allow_execution_succeeded_as_the_last_allowed_event() {
        // GIVEN
        HistoryRecorder limited = new HistoryRecorder(HistoryOptions.defaults().withMaxEvents(2));
        limited.root().executionStarted(T0, EMPTY, null);

        // WHEN
        long succeeded = limited.root().executionSucceeded(T0, EMPTY);

        // THEN
        assertThat(succeeded).isEqualTo(2);
    }

    private List<String> links() {
        return recorder.events().stream()
                .map(e -> e.id() + "<" + e.previousEventId())
                .toList();
    }
}
