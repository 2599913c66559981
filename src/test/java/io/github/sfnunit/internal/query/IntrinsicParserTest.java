package io.github.sfnunit.internal.query;

import static io.github.sfnunit.internal.query.QueryTestSupport.call;
import static io.github.sfnunit.internal.query.QueryTestSupport.context;
import static io.github.sfnunit.internal.query.QueryTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IntrinsicParserTest {

    @Test
    void literals_of_every_kind_are_arguments() {
        assertThat(call("States.Array('a', 1, -2, 1.5, true, false, null)"))
                .isEqualTo(json("['a', 1, -2, 1.5, true, false, null]"));
    }

    @Test
    void an_escaped_quote_is_part_of_the_string() {
        assertThat(call("States.Array('It\\'s')").get(0).textValue()).isEqualTo("It's");
    }

    @Test
    void an_escaped_backslash_is_one_backslash() {
        assertThat(call("States.Array('a\\\\b')").get(0).textValue()).isEqualTo("a\\b");
    }

    @Test
    void escaped_braces_are_plain_braces() {
        assertThat(call("States.Array('\\{\\}')").get(0).textValue()).isEqualTo("{}");
    }

    /**
     * The intrinsic functions page: "If an open escape backslash \ is found in the intrinsic invocation string, the
     * interpreter will return a runtime error"; AWS is reported to refuse such a definition when it is created
     * (docs/conformance.md).
     */
    @Test
    void any_other_backslash_is_refused() {
        assertThatThrownBy(() -> call("States.StringToJson('{\"text\":\"An \\\"quoted\\\" word\"}')"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"\\\"\" is not an escape sequence of intrinsic functions")
                .hasMessageContaining("at position 33");
    }

    @Test
    void commas_and_parentheses_inside_strings_are_text() {
        assertThat(call("States.Array('a, b)', 'c')")).isEqualTo(json("['a, b)', 'c']"));
    }

    @Test
    void path_arguments_read_input_context_and_variables() {
        EvaluationContext context = context(json("{'Execution': {'Name': 'run'}}"), Map.of("v", json("{'w': 3}")));

        assertThat(IntrinsicFunction.compile("States.Array($.a, $$.Execution.Name, $v.w, $)")
                        .evaluate(json("{'a': 1}"), context))
                .isEqualTo(json("[1, 'run', 3, {'a': 1}]"));
    }

    @Test
    void a_filter_path_with_commas_and_parentheses_is_one_argument() {
        assertThat(call("States.ArrayLength($.items[?(@.x > 1)])", json("{'items': [{'x': 1}, {'x': 2}]}")))
                .isEqualTo(json("1"));
    }

    @Test
    void calls_nest() {
        assertThat(call("States.ArrayGetItem(States.StringSplit('a-b-c', '-'),"
                        + " States.MathAdd(States.ArrayLength(States.StringSplit('a-b-c', '-')), -1))"))
                .isEqualTo(json("'c'"));
    }

    @Test
    void spaces_around_arguments_are_ignored() {
        assertThat(call("States.Array(  1 ,2 )")).isEqualTo(json("[1, 2]"));
    }

    @Test
    void a_call_without_arguments_is_valid() {
        assertThat(call("States.Array()")).isEqualTo(json("[]"));
    }

    @Test
    void an_unknown_function_is_rejected() {
        assertThatThrownBy(() -> IntrinsicFunction.compile("States.Nope(1)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'States.Nope' is not an intrinsic function");
    }

    @Test
    void a_wrong_argument_count_is_rejected_at_compile_time() {
        assertThatThrownBy(() -> IntrinsicFunction.compile("States.ArrayLength(1, 2)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("States.ArrayLength takes 1 argument, but 2 were given");
    }

    @Test
    void an_unclosed_string_is_rejected() {
        assertThatThrownBy(() -> IntrinsicFunction.compile("States.Array('abc)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not closed");
    }

    @Test
    void text_after_the_call_is_rejected() {
        assertThatThrownBy(() -> IntrinsicFunction.compile("States.Array(1) x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected text after the closing parenthesis");
    }

    @Test
    void a_double_quoted_string_is_rejected() {
        assertThatThrownBy(() -> IntrinsicFunction.compile("States.Array(\"a\")"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a string in single quotes");
    }

    @Test
    void more_than_ten_nested_calls_are_rejected() {
        String call = "1";
        for (int k = 0; k < 11; k++) {
            call = "States.Array(" + call + ")";
        }
        String eleven = call;

        assertThatThrownBy(() -> IntrinsicFunction.compile(eleven))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 10 intrinsic functions are nested");
    }

    @Test
    void ten_nested_calls_are_accepted() {
        String call = "1";
        for (int k = 0; k < 10; k++) {
            call = "States.Array(" + call + ")";
        }

        assertThat(IntrinsicFunction.compile(call).text()).isEqualTo(call);
    }

    @Test
    void a_missing_path_argument_fails_with_states_runtime() {
        assertThatThrownBy(() -> call("States.Array($.nope)")).isInstanceOfSatisfying(StatesException.class, e -> {
            assertThat(e.error()).isEqualTo("States.Runtime");
            assertThat(e.cause()).isEqualTo("Invalid path '$.nope' : No results for path: $['nope']");
        });
    }
}
