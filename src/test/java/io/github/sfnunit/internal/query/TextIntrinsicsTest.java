package io.github.sfnunit.internal.query;

import static io.github.sfnunit.internal.query.ArrayIntrinsicsTest.assertIntrinsicFailure;
import static io.github.sfnunit.internal.query.QueryTestSupport.call;
import static io.github.sfnunit.internal.query.QueryTestSupport.context;
import static io.github.sfnunit.internal.query.QueryTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextIntrinsicsTest {

    @Test
    void format_fills_placeholders_in_order() {
        assertThat(call("States.Format('Hello {}, welcome to {}!', $.n, $.p)", json("{'n': 'John', 'p': 'Here'}"))
                        .textValue())
                .isEqualTo("Hello John, welcome to Here!");
    }

    @Test
    void format_prints_numbers_booleans_and_null_as_json() {
        assertThat(call("States.Format('{} {} {} {}', 1, 1.1, true, null)").textValue())
                .isEqualTo("1 1.1 true null");
    }

    @Test
    void format_prints_objects_and_arrays_as_java_maps_and_lists() {
        assertThat(call(
                                "States.Format('fst={}', $.v)",
                                json("{'v': {'Arg1': 1, 'Arg2': [], 'Arg3': ['a', {'b': 'c'}]}}"))
                        .textValue())
                .isEqualTo("fst={Arg1=1, Arg2=[], Arg3=[a, {b=c}]}");
    }

    @Test
    void format_keeps_escaped_braces_and_quotes() {
        assertThat(call("States.Format('\\{\\} it\\'s {}', 'x')").textValue()).isEqualTo("{} it's x");
    }

    @Test
    void format_takes_its_template_from_a_variable() {
        EvaluationContext context = context(json("{}"), Map.of("t", TextNode.valueOf("It's {}!")));

        assertThat(IntrinsicFunction.compile("States.Format($t, 'Pikachu')")
                        .evaluate(json("{}"), context)
                        .textValue())
                .isEqualTo("It's Pikachu!");
    }

    @Test
    void format_with_too_few_values_fails() {
        assertIntrinsicFailure(
                () -> call("States.Format('{} and {}', 'a')"),
                "Invalid arguments in States.Format: the template has more placeholders '{}' than the 1 values given");
    }

    @Test
    void format_with_too_many_values_fails() {
        assertIntrinsicFailure(
                () -> call("States.Format('{}', 'a', 'b')"),
                "Invalid arguments in States.Format: the template has 1 placeholders '{}' but 2 values were given");
    }

    @Test
    void string_split_splits_on_each_delimiter_character_and_drops_empty_parts() {
        assertThat(call("States.StringSplit($.s, $.d)", json("{'s': 'This.is+a,test=string', 'd': '.+,='}")))
                .isEqualTo(json("['This', 'is', 'a', 'test', 'string']"));
        assertThat(call("States.StringSplit($.s, ',')", json("{'s': ', , ,'}"))).isEqualTo(json("[' ', ' ']"));
        assertThat(call("States.StringSplit($.s, ',')", json("{'s': ',,,,'}"))).isEqualTo(json("[]"));
    }

    @Test
    void string_split_rejects_a_non_string() {
        assertIntrinsicFailure(
                () -> call("States.StringSplit(1, ',')"),
                "Invalid arguments in States.StringSplit: argument 1 must be a string, but was number 1");
    }

    @Test
    void base64_round_trips_utf8_text() {
        assertThat(call("States.Base64Encode('Data to encode')").textValue()).isEqualTo("RGF0YSB0byBlbmNvZGU=");
        assertThat(call("States.Base64Decode('RGF0YSB0byBlbmNvZGU=')").textValue())
                .isEqualTo("Data to encode");
        assertThat(call("States.Base64Encode('')").textValue()).isEmpty();
    }

    @Test
    void base64_decode_rejects_invalid_input() {
        assertIntrinsicFailure(
                () -> call("States.Base64Decode('***')"),
                "Invalid arguments in States.Base64Decode: the string is not valid Base64: Illegal base64 character"
                        + " 2a");
    }

    @Test
    void base64_rejects_input_over_10000_characters() {
        String input = "{'s': '" + "a".repeat(10_001) + "'}";

        assertIntrinsicFailure(
                () -> call("States.Base64Encode($.s)", json(input)),
                "Invalid arguments in States.Base64Encode: the input must be at most 10000 characters, but had 10001");
    }

    @Test
    void hash_supports_the_five_aws_algorithms() {
        assertThat(call("States.Hash('input data', 'MD5')").textValue()).isEqualTo("812f45842bc6d66ee14572ce20db8e86");
        assertThat(call("States.Hash('input data', 'SHA-1')").textValue()).hasSize(40);
        assertThat(call("States.Hash('input data', 'SHA-256')").textValue())
                .isEqualTo("b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3");
        assertThat(call("States.Hash('input data', 'SHA-384')").textValue()).hasSize(96);
        assertThat(call("States.Hash('input data', 'SHA-512')").textValue()).hasSize(128);
    }

    @Test
    void hash_rejects_an_unknown_algorithm() {
        assertIntrinsicFailure(
                () -> call("States.Hash('x', 'SHA-3')"),
                "Invalid arguments in States.Hash: the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512,"
                        + " but was 'SHA-3'");
    }
}
