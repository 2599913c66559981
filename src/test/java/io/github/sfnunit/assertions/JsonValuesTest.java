package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.Executions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonValuesTest {

    @Test
    void numbers_compare_by_value() {
        assertThat(JsonValues.equivalent(json("1"), json("1.0"))).isTrue();
        assertThat(JsonValues.equivalent(json("1"), json("1.5"))).isFalse();
    }

    @Test
    void object_members_compare_in_any_order_and_arrays_in_order() {
        assertThat(JsonValues.equivalent(json("{\"a\":1,\"b\":[1,2]}"), json("{\"b\":[1,2],\"a\":1}")))
                .isTrue();
        assertThat(JsonValues.equivalent(json("[1,2]"), json("[2,1]"))).isFalse();
    }

    @Test
    void differences_are_named_by_json_pointer_with_escaped_names() {
        assertThat(JsonValues.differences(json("{\"a/b\":[1,2],\"c\":\"x\"}"), json("{\"a/b\":[1],\"d\":null}")))
                .containsExactly("/a~1b/1: missing, expected 2", "/c: missing, expected \"x\"", "/d: unexpected null");
    }

    @Test
    void a_type_change_at_the_root_is_one_difference() {
        assertThat(JsonValues.differences(json("{}"), json("[]"))).containsExactly("/: expected {} but was []");
    }

    @Test
    void only_the_first_ten_differences_are_listed() {
        String lines = JsonValues.differenceLines(java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> "/" + i + ": unexpected " + i)
                .toList());
        assertThat(lines.lines()).hasSize(11).last().isEqualTo("  ... and 2 more");
    }

    @Test
    void reading_an_invalid_json_path_is_a_clear_error() {
        assertThatThrownBy(() -> JsonValues.read(json("{}"), "$.a."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"$.a.\" is not a valid JSONPath");
    }
}
