package io.github.sfnunit.api;

import static io.github.sfnunit.api.StateMachineApiTest.ROLE;
import static io.github.sfnunit.api.StateMachineApiTest.START;
import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.VirtualClock;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineForExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineTypeNotSupportedException;

class ExecutionApiTest {

    static final String WAIT_A_DAY = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                         "ResultSelector": {"chargeId.$": "$.Payload.chargeId"}, "ResultPath": "$.charge",
                         "Next": "Wait a day"},
              "Wait a day": {"Type": "Wait", "Seconds": 86400, "End": true}}}
            """;

    private static StepFunctionsEndpoint endpoint;
    private static SfnClient sfn;
    private TaskMocks mocks;
    private String machineArn;

    @BeforeAll
    static void serve() {
        endpoint = StepFunctionsEndpoint.builder().start();
        sfn = Sdk.client(endpoint.uri());
    }

    @AfterAll
    static void stop() {
        sfn.close();
        endpoint.close();
    }

    @BeforeEach
    void fresh() {
        mocks = new TaskMocks();
        endpoint.reset(VirtualClock.startingAt(START), mocks);
        machineArn = sfn.createStateMachine(
                        b -> b.name("Orders").definition(WAIT_A_DAY).roleArn(ROLE))
                .stateMachineArn();
    }

    private String start(String name, String input) {
        return sfn.startExecution(b -> b.stateMachineArn(machineArn).name(name).input(input))
                .executionArn();
    }

    @Test
    void should_run_an_execution_to_its_end_at_once_in_virtual_time() {
        mocks.forLambda("charge").thenReturn("{\"chargeId\":\"ch-1\"}");

        StartExecutionResponse started = sfn.startExecution(
                b -> b.stateMachineArn(machineArn).name("o-1").input("{\"orderId\":\"o-1\"}"));
        DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(started.executionArn()));

        assertThat(started.executionArn()).isEqualTo("arn:aws:states:us-east-1:123456789012:execution:Orders:o-1");
        assertThat(started.startDate()).isEqualTo(START);
        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(described.name()).isEqualTo("o-1");
        assertThat(described.stateMachineArn()).isEqualTo(machineArn);
        assertThat(described.input()).isEqualTo("{\"orderId\":\"o-1\"}");
        assertThat(described.output()).isEqualTo("{\"orderId\":\"o-1\",\"charge\":{\"chargeId\":\"ch-1\"}}");
        assertThat(described.startDate()).isEqualTo(START);
        assertThat(described.stopDate()).isEqualTo(START.plus(Duration.ofDays(1)));
        assertThat(endpoint.execution(started.executionArn()))
                .succeeded()
                .visitedInOrder("Charge", "Wait a day")
                .tookVirtually(Duration.ofDays(1));
    }

    @Test
    void should_fail_an_unmocked_task_naming_the_state_and_how_to_mock_it() {
        String arn = start("o-1", "{}");

        DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(arn));

        assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(described.error()).isEqualTo("SfnUnit.UnmockedTask");
        assertThat(described.cause())
                .isEqualTo("No mock answers Task state 'Charge' (resource arn:aws:states:::lambda:invoke, function"
                        + " 'charge', invocation #0).\nNo stubs are registered.\nTo mock it:"
                        + " mocks.forState(\"Charge\").thenReturn(\"{...}\")");
    }

    @Test
    void should_name_an_execution_with_a_uuid_when_the_request_does_not() {
        mocks.forLambda("charge").thenReturn("{\"chargeId\":\"ch-1\"}");

        String arn = sfn.startExecution(b -> b.stateMachineArn(machineArn)).executionArn();

        assertThat(arn).matches("arn:aws:states:us-east-1:123456789012:execution:Orders:[0-9a-f-]{36}");
        assertThat(sfn.describeExecution(b -> b.executionArn(arn)).input()).isEqualTo("{}");
    }

    @Test
    void should_refuse_a_name_taken_by_a_finished_execution() {
        mocks.forLambda("charge").thenReturn("{\"chargeId\":\"ch-1\"}");
        String arn = start("o-1", "{}");

        assertThatThrownBy(() -> start("o-1", "{}"))
                .isInstanceOf(ExecutionAlreadyExistsException.class)
                .hasMessageStartingWith("Execution Already Exists: '" + arn + "'");
    }

    @Test
    void should_answer_the_running_execution_again_for_the_same_name_and_input() {
        mocks.forLambda("charge").thenWaitForCallback();
        String arn = start("o-1", "{\"a\":1}");

        assertThat(start("o-1", "{\"a\":1}")).isEqualTo(arn);
        assertThatThrownBy(() -> start("o-1", "{\"a\":2}")).isInstanceOf(ExecutionAlreadyExistsException.class);
        assertThat(endpoint.executions()).hasSize(1);
    }

    @Test
    void should_refuse_input_that_is_not_json() {
        assertThatThrownBy(() -> start("o-1", "{not json"))
                .isInstanceOf(InvalidExecutionInputException.class)
                .hasMessageStartingWith("Invalid State Machine Execution Input: '");
    }

    @Test
    void should_refuse_input_over_256_kib() {
        String big = "\"" + "x".repeat(262_144) + "\"";

        assertThatThrownBy(() -> start("o-1", big))
                .isInstanceOf(SfnException.class)
                .satisfies(e -> assertThat(((SfnException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"))
                .hasMessageContaining("Member must have length less than or equal to 262144");
    }

    @Test
    void should_refuse_a_bad_execution_name_and_an_unknown_machine() {
        assertThatThrownBy(() -> start("a/b", "{}")).isInstanceOf(InvalidNameException.class);
        assertThatThrownBy(() -> sfn.startExecution(
                        b -> b.stateMachineArn("arn:aws:states:us-east-1:123456789012:stateMachine:Nope")))
                .isInstanceOf(StateMachineDoesNotExistException.class);
    }

    @Test
    void should_answer_execution_does_not_exist() {
        String arn = "arn:aws:states:us-east-1:123456789012:execution:Orders:nope";

        assertThatThrownBy(() -> sfn.describeExecution(b -> b.executionArn(arn)))
                .isInstanceOf(ExecutionDoesNotExistException.class)
                .hasMessageStartingWith("Execution Does Not Exist: '" + arn + "'");
        assertThatThrownBy(() -> sfn.getExecutionHistory(b -> b.executionArn(arn)))
                .isInstanceOf(ExecutionDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.stopExecution(b -> b.executionArn(arn)))
                .isInstanceOf(ExecutionDoesNotExistException.class);
    }

    @Test
    void should_stop_a_running_execution() {
        mocks.forLambda("charge").thenWaitForCallback();
        String arn = start("o-1", "{}");

        sfn.stopExecution(b -> b.executionArn(arn).error("Cancelled").cause("by the customer"));

        DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(arn));
        assertThat(described.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(described.error()).isEqualTo("Cancelled");
        assertThat(described.cause()).isEqualTo("by the customer");
        List<HistoryEvent> events =
                sfn.getExecutionHistory(b -> b.executionArn(arn)).events();
        assertThat(events.get(events.size() - 1).type()).isEqualTo(HistoryEventType.EXECUTION_ABORTED);
        assertThat(events.get(events.size() - 1).executionAbortedEventDetails().error())
                .isEqualTo("Cancelled");
    }

    @Test
    void should_list_executions_newest_first_by_status_page_by_page() {
        mocks.forLambda("charge")
                .thenReturn("{\"chargeId\":\"1\"}")
                .thenFail("Lambda.ServiceException", "down")
                .thenReturn("{\"chargeId\":\"3\"}");
        start("e1", "{}");
        start("e2", "{}");
        start("e3", "{}");

        List<ExecutionListItem> all =
                sfn.listExecutionsPaginator(b -> b.stateMachineArn(machineArn).maxResults(2)).executions().stream()
                        .toList();
        List<ExecutionListItem> failed = sfn.listExecutions(
                        b -> b.stateMachineArn(machineArn).statusFilter(ExecutionStatus.FAILED))
                .executions();

        assertThat(all).extracting(ExecutionListItem::name).containsExactly("e3", "e2", "e1");
        assertThat(failed).extracting(ExecutionListItem::name).containsExactly("e2");
        assertThat(all.get(0).stopDate()).isNotNull();
    }

    @Test
    void should_page_through_the_history_forward_and_in_reverse() {
        mocks.forLambda("charge").thenReturn("{\"chargeId\":\"ch-1\"}");
        String arn = start("o-1", "{\"orderId\":\"o-1\"}");

        List<HistoryEvent> all =
                sfn.getExecutionHistory(b -> b.executionArn(arn)).events();
        GetExecutionHistoryResponse firstPage =
                sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(3));
        List<HistoryEvent> paged =
                sfn.getExecutionHistoryPaginator(b -> b.executionArn(arn).maxResults(3)).events().stream()
                        .toList();
        List<HistoryEvent> reversed = sfn
                .getExecutionHistoryPaginator(
                        b -> b.executionArn(arn).maxResults(4).reverseOrder(true))
                .events()
                .stream()
                .toList();

        assertThat(all)
                .extracting(HistoryEvent::type)
                .startsWith(HistoryEventType.EXECUTION_STARTED)
                .endsWith(HistoryEventType.EXECUTION_SUCCEEDED);
        assertThat(all.get(0).timestamp()).isEqualTo(START);
        assertThat(all.get(all.size() - 1).timestamp()).isEqualTo(START.plus(Duration.ofDays(1)));
        assertThat(firstPage.events()).hasSize(3);
        assertThat(firstPage.nextToken()).isNotNull();
        assertThat(paged).isEqualTo(all);
        List<HistoryEvent> backwards = new java.util.ArrayList<>(all);
        java.util.Collections.reverse(backwards);
        assertThat(reversed).isEqualTo(backwards);
    }

    @Test
    void should_leave_out_input_and_output_when_execution_data_is_not_included() {
        mocks.forLambda("charge").thenReturn("{\"chargeId\":\"ch-1\"}");
        String arn = start("o-1", "{\"orderId\":\"o-1\"}");

        HistoryEvent withData =
                sfn.getExecutionHistory(b -> b.executionArn(arn)).events().get(0);
        HistoryEvent without = sfn.getExecutionHistory(b -> b.executionArn(arn).includeExecutionData(false))
                .events()
                .get(0);

        assertThat(withData.executionStartedEventDetails().input()).isEqualTo("{\"orderId\":\"o-1\"}");
        assertThat(without.executionStartedEventDetails().input()).isNull();
        assertThat(without.executionStartedEventDetails().roleArn()).isEqualTo(ROLE);
    }

    @Test
    void should_describe_the_machine_an_execution_started_with_after_an_update() {
        mocks.forLambda("charge").thenWaitForCallback();
        String arn = start("o-1", "{}");
        String updated = WAIT_A_DAY.replace("86400", "60");
        sfn.updateStateMachine(b -> b.stateMachineArn(machineArn).definition(updated));

        DescribeStateMachineForExecutionResponse described =
                sfn.describeStateMachineForExecution(b -> b.executionArn(arn));

        assertThat(described.definition()).isEqualTo(WAIT_A_DAY);
        assertThat(described.stateMachineArn()).isEqualTo(machineArn);
        assertThat(described.name()).isEqualTo("Orders");
    }

    @Test
    void should_start_a_sync_execution_only_on_an_express_machine() {
        mocks.forLambda("charge").thenReturn("{\"chargeId\":\"ch-1\"}");
        String express = sfn.createStateMachine(b -> b.name("Quick")
                        .definition(WAIT_A_DAY.replace("86400", "60"))
                        .roleArn(ROLE)
                        .type("EXPRESS"))
                .stateMachineArn();

        var result = sfn.startSyncExecution(b -> b.stateMachineArn(express).input("{\"orderId\":\"o-1\"}"));

        assertThat(result.statusAsString()).isEqualTo("SUCCEEDED");
        assertThat(result.output()).isEqualTo("{\"orderId\":\"o-1\",\"charge\":{\"chargeId\":\"ch-1\"}}");
        assertThat(result.executionArn()).startsWith("arn:aws:states:us-east-1:123456789012:express:Quick:");
        assertThat(result.stopDate()).isEqualTo(result.startDate().plusSeconds(60));
        assertThatThrownBy(() -> sfn.startSyncExecution(b -> b.stateMachineArn(machineArn)))
                .isInstanceOf(StateMachineTypeNotSupportedException.class);
        assertThatThrownBy(() -> sfn.listExecutions(b -> b.stateMachineArn(express)))
                .isInstanceOf(StateMachineTypeNotSupportedException.class);
    }

    @Test
    void should_forget_the_oldest_finished_execution_past_the_retention_limit() {
        try (StepFunctionsEndpoint small =
                        StepFunctionsEndpoint.builder().retainedExecutions(2).start();
                SfnClient client = Sdk.client(small.uri())) {
            String arn = client.createStateMachine(b ->
                            b.name("P").definition(StateMachineApiTest.PASS).roleArn(ROLE))
                    .stateMachineArn();
            String first =
                    client.startExecution(b -> b.stateMachineArn(arn).name("1")).executionArn();
            client.startExecution(b -> b.stateMachineArn(arn).name("2"));
            client.startExecution(b -> b.stateMachineArn(arn).name("3"));

            assertThatThrownBy(() -> client.describeExecution(b -> b.executionArn(first)))
                    .isInstanceOf(ExecutionDoesNotExistException.class);
            assertThat(client.listExecutions(b -> b.stateMachineArn(arn)).executions())
                    .extracting(ExecutionListItem::name)
                    .containsExactly("3", "2");
        }
    }
}
