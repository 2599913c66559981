package io.github.sfnunit.internal.query;

import static io.github.sfnunit.internal.query.ArrayIntrinsicsTest.assertIntrinsicFailure;
import static io.github.sfnunit.internal.query.QueryTestSupport.call;
import static io.github.sfnunit.internal.query.QueryTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonIntrinsicsTest {

    @Test
    void string_to_json_parses_objects_arrays_and_scalars() {
        assertThat(call("States.StringToJson($.s)", json("{'s': '[1, 2, \\\"x\\\"]'}")))
                .isEqualTo(json("[1, 2, 'x']"));
        assertThat(call("States.StringToJson($.s)", json("{'s': '1.1'}"))).isEqualTo(json("1.1"));
        assertThat(call("States.StringToJson($.s)", json("{'s': '-0'}"))).isEqualTo(json("0"));
    }

    @Test
    void string_to_json_of_a_blank_string_is_null() {
        assertThat(call("States.StringToJson($.s)", json("{'s': ''}"))).isEqualTo(json("null"));
        assertThat(call("States.StringToJson($.s)", json("{'s': ' '}"))).isEqualTo(json("null"));
    }

    @Test
    void string_to_json_rejects_invalid_json() {
        assertIntrinsicFailure(
                () -> call("States.StringToJson('{oops')"),
                "Invalid arguments in States.StringToJson: the string is not valid JSON: Unexpected character ('o'"
                        + " (code 111)): was expecting double-quote to start field name");
    }

    @Test
    void string_to_json_rejects_text_after_the_value() {
        assertThatThrownBy(() -> call("States.StringToJson('{}x')"))
                .isInstanceOfSatisfying(
                        StatesException.class,
                        e -> assertThat(e.cause())
                                .startsWith("Invalid arguments in States.StringToJson: the string is not valid JSON"));
    }

    @Test
    void string_to_json_rejects_a_non_string() {
        assertIntrinsicFailure(
                () -> call("States.StringToJson(1)"),
                "Invalid arguments in States.StringToJson: argument 1 must be a string, but was number 1");
    }

    @Test
    void json_to_string_prints_compact_json() {
        assertThat(call("States.JsonToString($.v)", json("{'v': [1, 2, 'HelloWorld']}"))
                        .textValue())
                .isEqualTo("[1,2,\"HelloWorld\"]");
        assertThat(call("States.JsonToString($.v)", json("{'v': {'a': {'b': null}}}"))
                        .textValue())
                .isEqualTo("{\"a\":{\"b\":null}}");
        assertThat(call("States.JsonToString($.v)", json("{'v': 'x'}")).textValue())
                .isEqualTo("\"x\"");
        assertThat(call("States.JsonToString($.v)", json("{'v': 1.1}")).textValue())
                .isEqualTo("1.1");
        assertThat(call("States.JsonToString($.v)", json("{'v': null}")).textValue())
                .isEqualTo("null");
    }

    @Test
    void json_merge_is_shallow_and_the_second_object_wins() {
        assertThat(call(
                        "States.JsonMerge($.a, $.b, false)",
                        json("{'a': {'a': {'a1': 1}, 'b': 2, 'd': 3}, 'b': {'a': {'a3': 1}, 'c': 3, 'd': 4}}")))
                .isEqualTo(json("{'a': {'a3': 1}, 'b': 2, 'd': 4, 'c': 3}"));
    }

    @Test
    void json_merge_rejects_deep_merging() {
        assertIntrinsicFailure(
                () -> call("States.JsonMerge($.a, $.a, true)", json("{'a': {}}")),
                "Invalid arguments in States.JsonMerge: deep merging is not supported; the third argument must be"
                        + " false");
    }

    @Test
    void json_merge_rejects_a_non_object() {
        assertIntrinsicFailure(
                () -> call("States.JsonMerge($.a, 1, false)", json("{'a': {}}")),
                "Invalid arguments in States.JsonMerge: argument 2 must be a JSON object, but was number 1");
    }
}
