package io.github.sfnunit.adversarial;

import static io.github.sfnunit.adversarial.Attacks.machine;
import static io.github.sfnunit.adversarial.Attacks.oneState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionLoader;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.mock.TaskMocks;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Class 5: AWS's size limits, with AWS's error names and texts. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LimitsAttacksTest {

    private static final int KIB_256 = 256 * 1024;
    private static final StateMachine PASS = machine(oneState("{\"Type\": \"Pass\", \"End\": true}"));

    private static String inputOfBytes(int bytes) {
        // {"s":"..."}: 8 bytes around the text
        return "{\"s\":\"" + "x".repeat(bytes - 8) + "\"}";
    }

    private static String definitionOfCharacters(int characters) {
        String head = "{\"Comment\":\"";
        String tail = "\",\"StartAt\":\"S\",\"States\":{\"S\":{\"Type\":\"Pass\",\"End\":true}}}";
        return head + "c".repeat(characters - head.length() - tail.length()) + tail;
    }

    @Test
    void an_execution_input_of_exactly_256_kib_runs() {
        Execution run = PASS.start(inputOfBytes(KIB_256));

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @ParameterizedTest
    @ValueSource(ints = {KIB_256 + 1, 2 * KIB_256, 4 * 1024 * 1024})
    void an_execution_input_over_256_kib_is_refused_as_start_execution_does(int bytes) {
        assertThatThrownBy(() -> PASS.start(inputOfBytes(bytes)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 validation error detected: Value at 'input' failed to satisfy constraint: Member must"
                        + " have length less than or equal to 262144 (the input is " + bytes
                        + " bytes of UTF-8 JSON; AWS's StartExecution limit is 256 KiB)");
    }

    @Test
    void multi_byte_characters_count_as_utf8_bytes() {
        String input = "{\"s\":\"" + "é".repeat(KIB_256 / 2) + "\"}";

        assertThatThrownBy(() -> PASS.start(input))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(the input is " + (KIB_256 + 8) + " bytes of UTF-8 JSON");
    }

    @Test
    void task_parameters_over_256_kib_fail_the_state_before_the_call() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("S").thenReturn("{}");
        String definition = oneState("""
                {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                 "Parameters": {"FunctionName": "f", "Payload": {"a.$": "$.s", "b.$": "$.s"}}, "End": true}
                """);

        Execution run = machine(definition, mocks).start(inputOfBytes(200 * 1024));

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(run.cause())
                .isEqualTo("The state/task 'S' has an input with a size exceeding the maximum number of bytes"
                        + " service limit.");
        assertThat(run.invocations()).isEmpty();
    }

    @Test
    void task_parameters_too_large_can_be_caught() {
        TaskMocks mocks = new TaskMocks();
        String definition = """
                {"StartAt": "S", "States": {
                  "S": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                        "Parameters": {"FunctionName": "f", "Payload": {"a.$": "$.s", "b.$": "$.s"}}, "End": true,
                        "Catch": [{"ErrorEquals": ["States.DataLimitExceeded"], "Next": "Caught",
                                   "ResultPath": null}]},
                  "Caught": {"Type": "Pass", "Result": "caught", "End": true}}}
                """;

        Execution run = machine(definition, mocks).start(inputOfBytes(200 * 1024));

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().asText()).isEqualTo("caught");
    }

    @Test
    void a_map_item_over_256_kib_fails_the_map_state() {
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items",
                  "ItemSelector": {"a.$": "$$.Map.Item.Value", "b.$": "$$.Map.Item.Value"},
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": 1, "End": true}}},
                  "End": true}}}
                """;
        String item = "\"" + "x".repeat(200 * 1024) + "\"";

        Execution run = machine(definition).start("{\"items\": [" + item + "]}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(run.cause())
                .endsWith("The state/task 'M' has an input with a size exceeding the maximum number of bytes"
                        + " service limit.");
    }

    @Test
    void a_pass_state_that_doubles_its_input_past_256_kib_fails_with_awss_text() {
        String definition =
                oneState("{\"Type\": \"Pass\", \"Parameters\": {\"a.$\": \"$\", \"b.$\": \"$\"}," + " \"End\": true}");

        Execution run = machine(definition).start(inputOfBytes(150 * 1024));

        assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(run.cause())
                .isEqualTo("The state/task 'S' returned a result with a size exceeding the maximum number of bytes"
                        + " service limit.");
    }

    @Test
    void a_definition_of_exactly_one_mib_parses() {
        assertThat(new DefinitionParser()
                        .parse(definitionOfCharacters(1_048_576))
                        .startAt())
                .isEqualTo("S");
    }

    @ParameterizedTest
    @ValueSource(ints = {1_048_577, 3_000_000})
    void a_definition_over_one_mib_is_refused_as_create_state_machine_does(int characters) {
        assertThatThrownBy(() -> new DefinitionParser().parse(definitionOfCharacters(characters)))
                .isExactlyInstanceOf(InvalidDefinitionException.class)
                .hasMessage("The state machine definition is invalid:\n  /: the definition is " + characters
                        + " characters long: 1 validation error detected: Value at 'definition' failed to satisfy"
                        + " constraint: Member must have length less than or equal to 1048576");
    }

    @Test
    void a_definition_over_one_mib_loaded_as_a_string_is_refused() {
        assertThatThrownBy(() -> DefinitionLoader.builder().build().loadString(definitionOfCharacters(2_000_000)))
                .isExactlyInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("Member must have length less than or equal to 1048576");
    }
}
