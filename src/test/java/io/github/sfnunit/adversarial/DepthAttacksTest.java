package io.github.sfnunit.adversarial;

import static io.github.sfnunit.adversarial.Attacks.machine;
import static io.github.sfnunit.adversarial.Attacks.oneState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.NestedExecutions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.asl.JsonDepth;
import io.github.sfnunit.history.HistoryJson;
import io.github.sfnunit.mock.TaskMocks;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Class 2: one depth limit ({@value JsonDepth#MAX_DEPTH} levels) at every door, and bounded nesting. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DepthAttacksTest {

    private static final StateMachine PASS = machine(oneState("{\"Type\": \"Pass\", \"End\": true}"));

    private static JsonNode nestedArrays(int depth) {
        ArrayNode root = JsonNodeFactory.instance.arrayNode();
        ArrayNode current = root;
        for (int i = 1; i < depth; i++) {
            current = current.addArray();
        }
        return root;
    }

    private static JsonNode nestedObjects(int depth) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode current = root;
        for (int i = 1; i < depth; i++) {
            current = current.putObject("a");
        }
        return root;
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 1_001, 100_000})
    void a_too_deep_input_node_is_refused_before_the_run(int depth) {
        assertThatThrownBy(() -> PASS.start(nestedArrays(depth)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The input is nested more than 200 levels deep, sfn-unit's limit for JSON values");
        assertThatThrownBy(() -> PASS.start(nestedObjects(depth)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The input is nested more than 200 levels deep, sfn-unit's limit for JSON values");
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 1_001, 10_000, 100_000})
    void a_too_deep_input_text_is_refused_before_the_run(int depth) {
        String text = "[".repeat(depth) + "]".repeat(depth);

        assertThatThrownBy(() -> PASS.start(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The input is nested more than 200 levels deep, sfn-unit's limit for JSON values");
    }

    @Test
    void an_input_exactly_at_the_limit_runs_and_its_output_and_history_write() {
        Execution run = PASS.start(nestedObjects(200));

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.toString()).contains("SUCCEEDED");
        assertThat(HistoryJson.write(run.history())).contains("ExecutionSucceeded");
    }

    @Test
    void a_mock_returning_a_too_deep_value_fails_the_task_with_data_limit_exceeded() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("S").thenReturn(nestedArrays(100_000));

        Execution run = machine(
                        oneState("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                                + " \"Parameters\": {\"FunctionName\": \"f\"}, \"End\": true}"),
                        mocks)
                .start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(run.cause())
                .isEqualTo("The state/task 'lambda' returned a result that is nested more than 200 levels deep,"
                        + " sfn-unit's limit for JSON values");
        assertThat(run.toString()).contains("FAILED");
        assertThat(HistoryJson.write(run.history())).contains("ExecutionFailed");
    }

    @Test
    void a_loop_that_nests_its_input_one_level_per_turn_stops_at_the_limit() {
        Execution run = machine("""
                        {"StartAt": "Wrap", "States": {
                          "Wrap": {"Type": "Pass", "Parameters": {"inner.$": "$"}, "Next": "Again"},
                          "Again": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true,
                                    "Next": "Done"}], "Default": "Wrap"},
                          "Done": {"Type": "Succeed"}}}
                        """).start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(run.cause())
                .isEqualTo("The state/task 'Wrap' returned a result that is nested more than 200 levels deep,"
                        + " sfn-unit's limit for JSON values");
        assertThat(run.statesEntered()).hasSize(2 * 200 - 1);
        assertThat(HistoryJson.write(run.history())).contains("ExecutionFailed");
    }

    @Test
    void a_jsonata_loop_that_nests_its_result_stops_at_the_limit() {
        Execution run = machine("""
                        {"QueryLanguage": "JSONata", "StartAt": "Wrap", "States": {
                          "Wrap": {"Type": "Pass", "Output": "{% {'a': $states.input} %}", "Next": "Again"},
                          "Again": {"Type": "Choice", "Choices": [{"Condition": "{% false %}", "Next": "Done"}],
                                    "Default": "Wrap"},
                          "Done": {"Type": "Succeed"}}}
                        """).start("[]");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(run.cause()).endsWith("is nested more than 200 levels deep, sfn-unit's limit for JSON values");
    }

    @Test
    void a_result_path_loop_that_nests_stops_at_the_limit() {
        Execution run = machine("""
                        {"StartAt": "Wrap", "States": {
                          "Wrap": {"Type": "Pass", "ResultPath": "$.x", "Next": "Again"},
                          "Again": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true,
                                    "Next": "Done"}], "Default": "Wrap"},
                          "Done": {"Type": "Succeed"}}}
                        """).start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
    }

    @Test
    void a_task_whose_parameters_nest_its_input_deeper_than_the_limit_fails_before_the_call() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("S").thenReturn("{}");

        Execution run = machine(
                        oneState("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                                + " \"Parameters\": {\"FunctionName\": \"f\", \"Payload\": {\"a\": {\"b.$\": \"$\"}}},"
                                + " \"End\": true}"),
                        mocks)
                .start(nestedObjects(199));

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(run.cause())
                .isEqualTo("The input the state 'S' built is nested more than 200 levels deep,"
                        + " sfn-unit's limit for JSON values");
        assertThat(run.invocations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 5_000})
    void a_too_deep_definition_text_is_refused(int depth) {
        String definition = oneState(
                "{\"Type\": \"Pass\", \"Result\": " + "[".repeat(depth) + "]".repeat(depth) + ", \"End\": true}");

        assertThatThrownBy(() -> new DefinitionParser().parse(definition))
                .isExactlyInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void a_too_deep_definition_node_is_refused() {
        ObjectNode definition = (ObjectNode) JsonNodeFactory.instance.objectNode();
        definition.put("StartAt", "S");
        definition
                .putObject("States")
                .putObject("S")
                .put("Type", "Pass")
                .put("End", true)
                .set("Result", nestedArrays(50_000));

        assertThatThrownBy(() -> new DefinitionParser().parse(definition))
                .isExactlyInstanceOf(InvalidDefinitionException.class)
                .hasMessage("The state machine definition is invalid:\n  /: the definition is nested more than 200"
                        + " levels deep, sfn-unit's limit for JSON values");
    }

    @Test
    void a_yaml_definition_nested_too_deep_is_refused() {
        String yaml = "StartAt: S\nStates:\n  S:\n    Type: Pass\n    End: true\n    Result: " + "[".repeat(300)
                + "]".repeat(300) + "\n";

        assertThatThrownBy(() -> new DefinitionParser().parse(yaml))
                .isExactlyInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("200");
    }

    @Test
    void a_machine_that_starts_itself_without_end_fails_clearly_after_forty_levels() {
        String definition = oneState("""
                {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
                 "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Self",
                                "Input.$": "$"}, "End": true}
                """);
        TaskMocks mocks = new TaskMocks();
        StateMachine self = machine(definition, mocks);
        mocks.forState("S").thenAnswer(NestedExecutions.of(self));

        assertThatThrownBy(() -> self.start("{}"))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("State 'S' starts a nested execution 41 levels deep: NestedExecutions runs at most 40"
                        + " nested executions inside each other (does the machine start itself without end?)");
    }

    @Test
    void a_callback_output_too_deep_is_refused_by_send_task_success() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("S").thenWaitForCallback();
        var running = machine(
                        oneState(
                                "{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sqs:sendMessage.waitForTaskToken\","
                                        + " \"Parameters\": {\"QueueUrl\": \"q\", \"MessageBody.$\": \"$$.Task.Token\"},"
                                        + " \"End\": true}"),
                        mocks)
                .begin("{}");
        String token = running.waitingTasks().keySet().iterator().next();

        assertThatThrownBy(() -> running.sendTaskSuccess(token, nestedArrays(10_000)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The task output is nested more than 200 levels deep, sfn-unit's limit for JSON values");
    }
}
