package io.github.sfnunit.adversarial;

import static io.github.sfnunit.adversarial.Attacks.machine;
import static io.github.sfnunit.adversarial.Attacks.oneState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.StateMachineDefinition;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Class 6: what cannot be kept as written is refused, never silently changed. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SilentResultAttacksTest {

    private static final StateMachine PASS = machine(oneState("{\"Type\": \"Pass\", \"End\": true}"));

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t ", "\uFEFF"})
    void an_empty_input_text_is_refused_not_run_on_a_missing_value(String input) {
        assertThatThrownBy(() -> PASS.start(input))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The input is empty, which is not JSON: pass \"{}\" (or null, AWS's default) for an empty"
                        + " object");
    }

    @Test
    void a_null_input_is_awss_default_empty_object() {
        assertThat(PASS.start(null).output().toString()).isEqualTo("{}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400", "{\"a\": [1, 2e999]}", "{\"a\": {\"b\": -9e308}}"})
    void a_number_beyond_a_double_is_refused_not_made_infinity(String input) {
        assertThatThrownBy(() -> PASS.start(input))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The input holds a number beyond the range of a 64-bit float at '")
                .hasMessageContaining("which would become \"")
                .hasMessageEndingWith("Infinity\": write it as a string, or as a smaller number");
    }

    @Test
    void the_pointer_of_the_out_of_range_number_is_named() {
        assertThatThrownBy(() -> PASS.start("{\"a\": {\"b/c\": [0, 1e400]}}"))
                .hasMessage("The input holds a number beyond the range of a 64-bit float at '/a/b~1c/1', which would"
                        + " become \"Infinity\": write it as a string, or as a smaller number");
    }

    @Test
    void large_but_finite_numbers_are_kept() {
        assertThat(PASS.start("{\"a\": 1e300, \"b\": 12345678901234567890}")
                        .output()
                        .toString())
                .isEqualTo("{\"a\":1.0E300,\"b\":12345678901234567890}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\\ud800\"", "{\"a\": \"x\\udc00y\"}", "[\"ok\", \"\\ud83d\"]", "{\"k\": [\"\\udfff\"]}"})
    void a_lone_surrogate_is_refused_clearly(String input) {
        assertThatThrownBy(() -> PASS.start(input))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("with a lone UTF-16 surrogate (\\u")
                .hasMessageEndingWith(": it cannot be written as UTF-8; AWS accepts only valid Unicode");
    }

    @Test
    void a_whole_surrogate_pair_is_kept() {
        Execution run = PASS.start("{\"emoji\": \"\\ud83d\\ude00\"}");

        assertThat(run.output().path("emoji").asText()).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void a_lone_surrogate_in_a_map_given_as_input_is_refused_too() {
        assertThatThrownBy(() -> PASS.start(Map.of("k", "\uD800")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The input holds a text with a lone UTF-16 surrogate (\\ud800) at '/k', index 0: it cannot"
                        + " be written as UTF-8; AWS accepts only valid Unicode");
    }

    @Test
    void a_json_definition_with_a_byte_order_mark_is_read_as_json() {
        StateMachineDefinition definition = new DefinitionParser()
                .parse("\uFEFF{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Pass\", \"End\": true}}}");

        assertThat(StateMachine.from(definition).start("{}").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void a_broken_json_definition_with_a_byte_order_mark_gets_json_messages_not_yaml_ones() {
        assertThatThrownBy(() -> new DefinitionParser().parse("\uFEFF{\"StartAt\": }"))
                .isExactlyInstanceOf(io.github.sfnunit.asl.InvalidDefinitionException.class)
                .hasMessageStartingWith("The state machine definition is invalid:\n  /: the definition is not valid"
                        + " JSON: Unexpected character ('}'");
    }

    @Test
    void an_input_with_a_byte_order_mark_is_read_as_json() {
        assertThat(PASS.start("\uFEFF{\"a\": 1}").output().toString()).isEqualTo("{\"a\":1}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1} trailing", "{\"a\": 1}{\"b\": 2}", "[1,]", "{'a': 1}", "undefined"})
    void input_that_is_not_one_json_value_is_refused(String input) {
        assertThatThrownBy(() -> PASS.start(input))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The input is not valid JSON: ")
                .hasMessageEndingWith(" in: " + input);
    }
}
