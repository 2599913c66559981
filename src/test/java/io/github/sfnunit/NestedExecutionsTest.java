package io.github.sfnunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NestedExecutionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CHILD = """
            {"StartAt": "Pause", "States": {
              "Pause": {"Type": "Wait", "Seconds": 30, "Next": "Decide"},
              "Decide": {"Type": "Choice", "Choices": [{"Variable": "$.total", "NumericGreaterThan": 100,
                          "Next": "Express"}], "Default": "Refuse"},
              "Express": {"Type": "Pass", "Result": {"method": "EXPRESS"}, "End": true},
              "Refuse": {"Type": "Fail", "Error": "TooSmall", "Cause": "total too small"}}}
            """;

    private static String parent(String resource) {
        return """
                {"StartAt": "Ship", "States": {"Ship": {"Type": "Task", "Resource": "%s",
                  "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Shipping",
                                 "Name": "ship-1", "Input.$": "$"}, "End": true}}}
                """.formatted(resource);
    }

    private static StateMachine machine(String definition) {
        return StateMachine.from(new DefinitionParser().parse(definition));
    }

    @Test
    void a_child_name_aws_refuses_fails_the_task_and_starts_nothing() {
        // GIVEN a Name with a space, which StartExecution refuses
        NestedExecutions shipping = NestedExecutions.of(machine(CHILD));
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Ship").thenAnswer(shipping);

        // WHEN
        Execution run = machine(
                        parent("arn:aws:states:::states:startExecution.sync:2").replace("\"ship-1\"", "\"ship 1\""))
                .withTaskHandler(mocks)
                .start("{\"total\": 150}");

        // THEN
        assertThat(run.error()).isEqualTo("StepFunctions.InvalidNameException");
        assertThat(run.cause()).startsWith("Invalid Name: 'ship 1'");
        assertThat(shipping.executions()).isEmpty();
    }

    @Test
    void a_sync_2_task_runs_the_child_for_real_and_returns_its_output_as_json() {
        // GIVEN
        NestedExecutions shipping = NestedExecutions.of(machine(CHILD));
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Ship").thenAnswer(shipping);

        // WHEN
        Execution run = machine(parent("arn:aws:states:::states:startExecution.sync:2"))
                .withTaskHandler(mocks)
                .start("{\"total\": 150}");

        // THEN the parent sees the child's result, and waited as long as the child ran
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().path("Output").path("method").asText()).isEqualTo("EXPRESS");
        assertThat(run.output().path("Status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.output().path("ExecutionArn").asText())
                .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:Shipping:ship-1");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(30));
        // AND the child has its own history
        Execution child = shipping.executions().get(0);
        assertThat(child.history().stream().map(HistoryEvent::type))
                .contains("WaitStateEntered", "PassStateExited", "ExecutionSucceeded");
        assertThat(child.startTime()).isEqualTo(run.startTime());
    }

    @Test
    void a_sync_task_gets_input_and_output_as_json_text() {
        NestedExecutions shipping = NestedExecutions.of(machine(CHILD));
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Ship").thenAnswer(shipping);

        Execution run = machine(parent("arn:aws:states:::states:startExecution.sync"))
                .withTaskHandler(mocks)
                .start("{\"total\": 150}");

        assertThat(run.output().path("Output").asText()).isEqualTo("{\"method\":\"EXPRESS\"}");
        assertThat(run.output().path("Input").asText()).isEqualTo("{\"total\":150}");
    }

    @Test
    void a_failing_child_fails_the_task_with_states_task_failed_and_the_describe_execution_cause() throws Exception {
        NestedExecutions shipping = NestedExecutions.of(machine(CHILD));
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Ship").thenAnswer(shipping);

        Execution run = machine(parent("arn:aws:states:::states:startExecution.sync:2"))
                .withTaskHandler(mocks)
                .start("{\"total\": 5}");

        assertThat(run.error()).isEqualTo("States.TaskFailed");
        JsonNode cause = JSON.readTree(run.cause());
        assertThat(cause.path("Error").asText()).isEqualTo("TooSmall");
        assertThat(cause.path("Cause").asText()).isEqualTo("total too small");
        assertThat(cause.path("Status").asText()).isEqualTo("FAILED");
        assertThat(cause.has("Output")).isFalse();
    }

    private static final String MAP_OF_CHILDREN_WITHOUT_NAME = """
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.orders", "End": true,
              "ItemProcessor": {"StartAt": "Ship", "States": {"Ship": {"Type": "Task",
                "Resource": "arn:aws:states:::states:startExecution.sync:2",
                "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Shipping",
                               "Input.$": "$"}, "End": true}}}}}}
            """;

    private static java.util.List<String> childNamesOfOneRun() {
        NestedExecutions shipping = NestedExecutions.of(machine(CHILD));
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Ship").thenAnswer(shipping);
        Execution run = machine(MAP_OF_CHILDREN_WITHOUT_NAME)
                .withTaskHandler(mocks)
                .start("{\"orders\": [{\"total\": 150}, {\"total\": 200}, {\"total\": 300}]}");
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        java.util.List<String> names = new java.util.ArrayList<>();
        shipping.executions()
                .forEach(child -> names.add(
                        child.executionArn().substring(child.executionArn().lastIndexOf(':') + 1)));
        names.add(run.executionArn().substring(run.executionArn().lastIndexOf(':') + 1));
        return names;
    }

    @Test
    void children_started_without_a_name_each_get_their_own_uuid_as_aws_generates_one() {
        // WHEN three children are started from a Map without "Name" (the parent's name is last)
        java.util.List<String> names = childNamesOfOneRun();

        // THEN each child has a version 4 UUID of its own, none is the parent's name
        assertThat(names).hasSize(4).doesNotHaveDuplicates();
        assertThat(names.subList(0, 3))
                .allSatisfy(name -> assertThat(name)
                        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        // AND the names are the same in every run (seeded, deterministic)
        assertThat(childNamesOfOneRun()).isEqualTo(names);
    }

    @Test
    void a_child_name_given_in_the_parameters_is_kept() {
        NestedExecutions shipping = NestedExecutions.of(machine(CHILD));
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Ship").thenAnswer(shipping);

        machine(parent("arn:aws:states:::states:startExecution.sync:2"))
                .withTaskHandler(mocks)
                .start("{\"total\": 150}");

        assertThat(shipping.executions().get(0).executionArn()).endsWith(":execution:Shipping:ship-1");
    }
}
