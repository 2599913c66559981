package io.github.sfnunit.internal.query;

import static io.github.sfnunit.internal.query.QueryTestSupport.call;
import static io.github.sfnunit.internal.query.QueryTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ArrayIntrinsicsTest {

    @Test
    void array_collects_its_arguments_in_order() {
        assertThat(call("States.Array($.a, $.b)", json("{'a': {'x': 1}, 'b': null}")))
                .isEqualTo(json("[{'x': 1}, null]"));
    }

    @Test
    void partition_splits_into_chunks_with_a_shorter_last_one() {
        assertThat(call("States.ArrayPartition($.a, 3)", json("{'a': [0, 1, 2, 3]}")))
                .isEqualTo(json("[[0, 1, 2], [3]]"));
    }

    @Test
    void partition_of_an_empty_array_is_empty() {
        assertThat(call("States.ArrayPartition($.a, 2)", json("{'a': []}"))).isEqualTo(json("[]"));
    }

    @Test
    void partition_with_a_chunk_larger_than_the_array_gives_one_chunk() {
        assertThat(call("States.ArrayPartition($.a, 5)", json("{'a': [0, 1]}"))).isEqualTo(json("[[0, 1]]"));
    }

    @Test
    void partition_rejects_a_chunk_size_of_zero() {
        assertIntrinsicFailure(
                () -> call("States.ArrayPartition($.a, 0)", json("{'a': [1]}")),
                "Invalid arguments in States.ArrayPartition: the chunk size must be greater than 0, but was 0");
    }

    @Test
    void partition_rejects_a_non_array() {
        assertIntrinsicFailure(
                () -> call("States.ArrayPartition('abc', 1)"),
                "Invalid arguments in States.ArrayPartition: argument 1 must be an array, but was string \"abc\"");
    }

    @Test
    void contains_compares_values_deeply() {
        assertThat(call("States.ArrayContains($.a, $.v)", json("{'a': [{'1': 2, '2': []}], 'v': {'1': 2, '2': []}}")))
                .isEqualTo(json("true"));
        assertThat(call("States.ArrayContains($.a, $.v)", json("{'a': [true], 'v': false}")))
                .isEqualTo(json("false"));
    }

    @Test
    void range_includes_the_end_when_the_step_reaches_it() {
        assertThat(call("States.ArrayRange(0, 9, 3)")).isEqualTo(json("[0, 3, 6, 9]"));
        assertThat(call("States.ArrayRange(1, 9, 9)")).isEqualTo(json("[1]"));
    }

    @Test
    void range_counts_down_with_a_negative_step() {
        assertThat(call("States.ArrayRange(5, 1, -2)")).isEqualTo(json("[5, 3, 1]"));
    }

    @Test
    void range_going_the_wrong_way_is_empty() {
        assertThat(call("States.ArrayRange(5, 1, 1)")).isEqualTo(json("[]"));
    }

    @Test
    void range_of_exactly_1000_elements_is_allowed() {
        assertThat(call("States.ArrayRange(1, 1000, 1)").size()).isEqualTo(1000);
    }

    @Test
    void range_of_more_than_1000_elements_fails() {
        assertIntrinsicFailure(
                () -> call("States.ArrayRange(0, 1000, 1)"),
                "Invalid arguments in States.ArrayRange: the range would have 1001 elements, more than the maximum"
                        + " of 1000");
    }

    @Test
    void range_rejects_a_zero_step() {
        assertIntrinsicFailure(
                () -> call("States.ArrayRange(0, 10, 0)"),
                "Invalid arguments in States.ArrayRange: the step must not be 0");
    }

    @Test
    void range_rejects_a_fractional_number() {
        assertIntrinsicFailure(
                () -> call("States.ArrayRange(0, 1.5, 1)"),
                "Invalid arguments in States.ArrayRange: argument 2 must be an integer, but was number 1.5");
    }

    @Test
    void get_item_reads_by_index() {
        assertThat(call("States.ArrayGetItem($.a, 5)", json("{'a': [1, 2, 3, 4, 5, 6, 7]}")))
                .isEqualTo(json("6"));
    }

    @Test
    void get_item_past_the_end_fails() {
        assertIntrinsicFailure(
                () -> call("States.ArrayGetItem($.a, 3)", json("{'a': [1, 2, 3]}")),
                "Invalid arguments in States.ArrayGetItem: the index 3 is out of bounds for an array of 3 elements");
    }

    @Test
    void get_item_rejects_a_negative_index() {
        assertIntrinsicFailure(
                () -> call("States.ArrayGetItem($.a, -1)", json("{'a': [1]}")),
                "Invalid arguments in States.ArrayGetItem: the index -1 is out of bounds for an array of 1 elements");
    }

    @Test
    void length_counts_elements() {
        assertThat(call("States.ArrayLength($.a)", json("{'a': [1, 2, 3]}"))).isEqualTo(json("3"));
    }

    @Test
    void length_rejects_an_object() {
        assertIntrinsicFailure(
                () -> call("States.ArrayLength($)", json("{'a': 1}")),
                "Invalid arguments in States.ArrayLength: argument 1 must be an array, but was object {\"a\":1}");
    }

    @Test
    void unique_keeps_first_occurrences_in_order() {
        assertThat(call("States.ArrayUnique($.a)", json("{'a': [1, 2, 2, 3, 1, {'x': 1}, {'x': 1}]}")))
                .isEqualTo(json("[1, 2, 3, {'x': 1}]"));
    }

    static void assertIntrinsicFailure(ThrowingCallable call, String cause) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StatesException.class, e -> {
            assertThat(e.error()).isEqualTo("States.IntrinsicFailure");
            assertThat(e.cause()).isEqualTo(cause);
        });
    }
}
