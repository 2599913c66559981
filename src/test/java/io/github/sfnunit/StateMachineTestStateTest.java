package io.github.sfnunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.StateTestResult.Status;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.mock.TaskMocks;
import io.github.sfnunit.mock.UnmockedTaskException;
import org.junit.jupiter.api.Test;

/** {@link StateMachine#testState}: one state, once, as AWS's TestState. */
class StateMachineTestStateTest {

    private static final String ORDER_FLOW = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "InputPath": "$.order", "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                "ResultSelector": {"chargeId.$": "$.Payload.id"}, "ResultPath": "$.charge",
                "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 2,
                           "BackoffRate": 3, "MaxAttempts": 3, "MaxDelaySeconds": 10}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.failure", "Next": "Refund"}],
                "Next": "Route"},
              "Route": {"Type": "Choice",
                "Choices": [{"Variable": "$.charge.chargeId", "IsPresent": true, "Next": "Ship"}],
                "Default": "Refund"},
              "Ship": {"Type": "Pass", "Result": {"shipped": true}, "ResultPath": "$.shipping", "Next": "Done"},
              "Refund": {"Type": "Fail", "Error": "Refunded", "Cause": "the charge failed"},
              "Done": {"Type": "Succeed"}
            }}""";

    private static final String INPUT = "{\"order\":{\"id\":\"o-1\"}}";

    private static StateMachine machine(String definition) {
        return StateMachine.from(new DefinitionParser().parse(definition));
    }

    private static StateTest.Builder test() {
        return StateTest.builder().input(INPUT);
    }

    @Test
    void a_mocked_task_result_goes_through_ResultSelector_and_ResultPath_stage_by_stage() {
        StateTestResult result = machine(ORDER_FLOW)
                .testState(
                        "Charge",
                        test().mockResult("{\"Payload\":{\"id\":\"ch-1\"},\"StatusCode\":200}")
                                .build());

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.nextState()).isEqualTo("Route");
        assertThat(result.output()).hasToString("{\"order\":{\"id\":\"o-1\"},\"charge\":{\"chargeId\":\"ch-1\"}}");
        assertThat(result.inspectionData().keySet())
                .containsExactly(
                        "input",
                        "afterInputPath",
                        "afterParameters",
                        "result",
                        "afterResultSelector",
                        "afterResultPath");
        assertThat(result.inspection("afterParameters").orElseThrow())
                .hasToString("{\"FunctionName\":\"charge\",\"Payload\":{\"id\":\"o-1\"}}");
        assertThat(result.inspection("afterResultSelector").orElseThrow()).hasToString("{\"chargeId\":\"ch-1\"}");
        assertThat(result.errorDetails()).isNull();
    }

    @Test
    void a_mocked_error_with_attempts_left_is_retriable_with_the_capped_back_off() {
        StateTestResult first = machine(ORDER_FLOW)
                .testState(
                        "Charge",
                        test().mockError("Lambda.TooManyRequestsException", "throttled")
                                .build());
        StateTestResult third = machine(ORDER_FLOW)
                .testState(
                        "Charge",
                        test().mockError("Lambda.TooManyRequestsException", "throttled")
                                .retrierRetryCount(2)
                                .build());

        assertThat(first.status()).isEqualTo(Status.RETRIABLE);
        assertThat(first.nextState()).isEqualTo("Charge");
        assertThat(first.error()).isEqualTo("Lambda.TooManyRequestsException");
        assertThat(first.cause()).isEqualTo("throttled");
        assertThat(first.output()).isNull();
        assertThat(first.errorDetails()).isEqualTo(new StateTestResult.ErrorDetails(0, 2.0, null));
        // 2 * 3^2 = 18, capped by MaxDelaySeconds 10
        assertThat(third.errorDetails()).isEqualTo(new StateTestResult.ErrorDetails(0, 10.0, null));
    }

    @Test
    void a_mocked_error_whose_retries_are_used_up_goes_to_the_catcher() {
        StateTestResult result = machine(ORDER_FLOW)
                .testState(
                        "Charge",
                        test().mockError("Lambda.TooManyRequestsException", "throttled")
                                .retrierRetryCount(3)
                                .build());

        assertThat(result.status()).isEqualTo(Status.CAUGHT_ERROR);
        assertThat(result.nextState()).isEqualTo("Refund");
        assertThat(result.output())
                .hasToString("{\"order\":{\"id\":\"o-1\"},\"failure\":{\"Error\":\"Lambda.TooManyRequestsException\","
                        + "\"Cause\":\"throttled\"}}");
        assertThat(result.errorDetails()).isEqualTo(new StateTestResult.ErrorDetails(null, null, 0));
    }

    @Test
    void an_error_nothing_handles_fails_the_state() {
        String definition = """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
                  "Retry": [{"ErrorEquals": ["Other"]}], "End": true}}}""";

        StateTestResult result = machine(definition)
                .testState("T", test().mockError("Boom", "it broke").build());

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.error()).isEqualTo("Boom");
        assertThat(result.cause()).isEqualTo("it broke");
        assertThat(result.nextState()).isNull();
        assertThat(result.output()).isNull();
    }

    @Test
    void choice_names_the_rule_next_state_or_the_default() {
        StateTestResult matched = machine(ORDER_FLOW)
                .testState(
                        "Route",
                        test().input("{\"charge\":{\"chargeId\":\"c\"}}").build());
        StateTestResult fallback = machine(ORDER_FLOW).testState("Route", test().build());

        assertThat(matched.nextState()).isEqualTo("Ship");
        assertThat(matched.output()).hasToString("{\"charge\":{\"chargeId\":\"c\"}}");
        assertThat(matched.inspectionData().keySet()).containsExactly("input", "afterInputPath");
        assertThat(fallback.nextState()).isEqualTo("Refund");
        assertThat(fallback.status()).isEqualTo(Status.SUCCEEDED);
    }

    @Test
    void pass_fail_and_succeed_run_as_in_an_execution() {
        StateMachine flow = machine(ORDER_FLOW);

        StateTestResult ship = flow.testState("Ship", test().build());
        StateTestResult refund = flow.testState("Refund", test().build());
        StateTestResult done = flow.testState("Done", test().build());

        assertThat(ship.output()).hasToString("{\"order\":{\"id\":\"o-1\"},\"shipping\":{\"shipped\":true}}");
        assertThat(ship.nextState()).isEqualTo("Done");
        assertThat(refund.status()).isEqualTo(Status.FAILED);
        assertThat(refund.error()).isEqualTo("Refunded");
        assertThat(refund.cause()).isEqualTo("the charge failed");
        assertThat(done.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(done.nextState()).isNull();
        assertThat(done.output()).hasToString(INPUT);
    }

    @Test
    void a_variable_given_as_null_is_json_null() {
        StateTestResult result = machine(ORDER_FLOW)
                .testState("Ship", test().variable("none", null).build());

        assertThat(result.variables().get("none").isNull()).isTrue();
    }

    @Test
    void a_wait_does_not_wait_but_its_fields_are_checked() {
        String definition = """
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$.delay", "Next": "X"},
                  "X": {"Type": "Succeed"}}}""";

        StateTestResult ok = machine(definition)
                .testState("W", test().input("{\"delay\":86400}").build());
        StateTestResult bad = machine(definition)
                .testState("W", test().input("{\"delay\":\"soon\"}").build());

        assertThat(ok.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(ok.nextState()).isEqualTo("X");
        assertThat(bad.status()).isEqualTo(Status.FAILED);
        assertThat(bad.error()).isEqualTo("States.Runtime");
    }

    @Test
    void jsonata_states_report_arguments_output_and_assigned_variables() {
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Arguments": {"FunctionName": "f", "Payload": "{% $states.input.order %}"},
                  "Assign": {"total": "{% $states.result.Payload.total + $bonus %}"},
                  "Output": "{% $states.result.Payload %}", "Next": "N"},
                  "N": {"Type": "Succeed"}}}""";

        StateTestResult result = machine(definition)
                .testState(
                        "T",
                        test().variable("bonus", 5)
                                .mockResult("{\"Payload\":{\"total\":10}}")
                                .build());

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.output()).hasToString("{\"total\":10}");
        assertThat(result.inspectionData().keySet()).containsExactly("input", "afterArguments", "result");
        assertThat(result.inspection("afterArguments").orElseThrow())
                .hasToString("{\"FunctionName\":\"f\",\"Payload\":{\"id\":\"o-1\"}}");
        assertThat(result.variables()).containsOnlyKeys("bonus", "total");
        assertThat(result.variables().get("total").intValue()).isEqualTo(15);
    }

    @Test
    void a_jsonata_catcher_output_and_next_are_the_caught_result() {
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {"FunctionName": "f"},
                  "Catch": [{"ErrorEquals": ["Other"], "Next": "N"},
                            {"ErrorEquals": ["States.TaskFailed"], "Output": "{% $states.errorOutput.Error %}",
                             "Next": "Handle"}],
                  "End": true},
                  "N": {"Type": "Succeed"}, "Handle": {"Type": "Succeed"}}}""";

        StateTestResult result = machine(definition)
                .testState("T", test().mockError("Lambda.Unknown", "c").build());

        assertThat(result.status()).isEqualTo(Status.CAUGHT_ERROR);
        assertThat(result.nextState()).isEqualTo("Handle");
        assertThat(result.output()).hasToString("\"Lambda.Unknown\"");
        assertThat(result.errorDetails().catchIndex()).isEqualTo(1);
    }

    @Test
    void a_task_without_a_mock_asks_the_machines_task_handler() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge").thenReturn("{\"Payload\":{\"id\":\"from-mocks\"}}");

        StateTestResult result = machine(ORDER_FLOW).withTaskHandler(mocks).testState("Charge", test().build());

        assertThat(result.output().at("/charge/chargeId").asText()).isEqualTo("from-mocks");
        assertThat(mocks.invocations("Charge")).hasSize(1);
        assertThatThrownBy(() -> machine(ORDER_FLOW).testState("Charge", test().build()))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessageContaining("Task state 'Charge'");
    }

    @Test
    void a_map_reports_its_items_and_limits_and_fails_past_its_tolerance() {
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items",
                  "ItemSelector": {"value.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index"},
                  "MaxConcurrency": 2, "ToleratedFailureCount": 1,
                  "ItemProcessor": {"StartAt": "Work", "States": {"Work": {"Type": "Pass", "End": true}}},
                  "ResultPath": "$.results", "End": true}}}""";
        StateMachine map = machine(definition);
        StateTest.Builder items = StateTest.builder().input("{\"items\":[\"a\",\"b\",\"c\"]}");

        StateTestResult ok = map.testState("M", items.mockResult("[1,2,3]").build());
        StateTestResult tolerated = map.testState(
                "M", items.mockResult("[1,2,3]").mapIterationFailureCount(1).build());
        StateTestResult exceeded = map.testState(
                "M", items.mockResult("[1,2,3]").mapIterationFailureCount(2).build());

        assertThat(ok.output().at("/results")).hasToString("[1,2,3]");
        assertThat(ok.inspection("afterItemsPath").orElseThrow()).hasToString("[\"a\",\"b\",\"c\"]");
        assertThat(ok.inspection("afterItemSelector").orElseThrow().get(1))
                .hasToString("{\"value\":\"b\",\"index\":1}");
        assertThat(ok.inspection("maxConcurrency").map(JsonNode::intValue)).contains(2);
        assertThat(ok.inspection("toleratedFailureCount").map(JsonNode::intValue))
                .contains(1);
        assertThat(tolerated.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(exceeded.status()).isEqualTo(Status.FAILED);
        assertThat(exceeded.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    }

    @Test
    void a_state_inside_a_parallel_branch_can_be_tested_by_name() {
        String definition = """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": 1, "End": true}}},
                  {"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": 2, "End": true}}}]}}}""";

        StateTestResult inner = machine(definition).testState("B", test().build());
        StateTestResult parallel =
                machine(definition).testState("P", test().mockResult("[1,2]").build());

        assertThat(inner.output()).hasToString("2");
        assertThat(parallel.output()).hasToString("[1,2]");
        assertThatThrownBy(() -> machine(definition)
                        .testState("P", test().mockResult("[1]").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mocked result must be an array with one element per branch. (mock.result of Parallel"
                        + " state 'P', which has 2 branches, was array [1])");
        // The shape of a Map's or Parallel's result is checked whatever the field validation mode, as AWS does.
        assertThatThrownBy(() -> machine(definition)
                        .testState(
                                "P",
                                test().mockResult("[1]")
                                        .fieldValidationMode(StateTest.FieldValidationMode.NONE)
                                        .build()))
                .hasMessageStartingWith("Mocked result must be an array with one element per branch.");
        assertThatThrownBy(() -> machine(definition).testState("P", test().build()))
                .isInstanceOf(io.github.sfnunit.asl.InvalidDefinitionException.class)
                .hasMessageContaining("TestState API does not support Map or Parallel states.");
    }

    @Test
    void a_parallel_mocked_error_is_caught_and_error_caused_by_state_must_name_a_state_inside() {
        String definition = """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Next": "Done", "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                  {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}],
                  "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Recover"}]},
                  "Recover": {"Type": "Succeed"}, "Done": {"Type": "Succeed"}}}""";
        StateMachine parallel = machine(definition);

        StateTestResult caught = parallel.testState(
                "P",
                test().mockError("BranchBroke", "in B").errorCausedByState("B").build());

        assertThat(caught.status()).isEqualTo(Status.CAUGHT_ERROR);
        assertThat(caught.nextState()).isEqualTo("Recover");
        assertThat(caught.output().at("/error/Error").asText()).isEqualTo("BranchBroke");
        assertThatThrownBy(() -> parallel.testState(
                        "P",
                        test().mockError("E", null).errorCausedByState("Done").build()))
                .hasMessage("stateConfiguration.errorCausedByState: 'Done' is not a state inside Parallel state 'P'");
        assertThatThrownBy(() -> parallel.testState(
                        "P", test().mockResult("[1,2]").errorCausedByState("B").build()))
                .hasMessageStartingWith("stateConfiguration.errorCausedByState: only applies to a Map or Parallel"
                        + " state tested with mock.errorOutput");
    }

    @Test
    void a_distributed_map_reads_its_items_from_the_given_reader_data() {
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                    "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW", "MaxItems": 2},
                    "Parameters": {"Bucket": "b", "Key": "k"}},
                  "ItemSelector": {"row.$": "$$.Map.Item.Value", "batch.$": "$.batch"},
                  "ToleratedFailureCount": 0,
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "End": true}}}}}}""";
        StateMachine map = machine(definition);
        StateTest.Builder rows = StateTest.builder()
                .input("{\"batch\":7}")
                .mockResult("[{},{}]")
                .mapItemReaderData("id,name\n1,Ada\n2,Bob\n3,Cy\n");

        StateTestResult result = map.testState("M", rows.build());

        assertThat(result.inspection("afterItemSelector").orElseThrow())
                .hasToString("[{\"row\":{\"id\":\"1\",\"name\":\"Ada\"},\"batch\":7},"
                        + "{\"row\":{\"id\":\"2\",\"name\":\"Bob\"},\"batch\":7}]");
        assertThat(map.testState("M", rows.mapIterationFailureCount(1).build()).error())
                .isEqualTo("States.ExceedToleratedFailureThreshold");
        assertThatThrownBy(() ->
                        map.testState("M", StateTest.builder().mockResult("[]").build()))
                .hasMessageStartingWith(
                        "stateConfiguration.mapItemReaderData: Map state 'M' reads its items with an" + " ItemReader");
    }

    @Test
    void a_distributed_map_reports_its_batches() {
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSON"},
                    "Parameters": {"Bucket": "b", "Key": "k"}},
                  "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"b.$": "$.batch"}},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "End": true}}}}}}""";

        StateTestResult result = machine(definition)
                .testState(
                        "M",
                        StateTest.builder()
                                .input("{\"batch\":7}")
                                .mockResult("[{},{}]")
                                .mapItemReaderData("[1,2,3]")
                                .build());

        assertThat(result.inspection("afterItemBatcher").orElseThrow())
                .hasToString("[{\"BatchInput\":{\"b\":7},\"Items\":[1,2]},{\"BatchInput\":{\"b\":7},\"Items\":[3]}]");
        assertThat(result.inspection("afterItemSelector")).isEmpty();
    }

    @Test
    void a_jsonata_map_reports_each_iterations_input() {
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {"Type": "Map",
                  "Items": "{% $states.input.skus %}",
                  "ItemSelector": {"sku": "{% $states.context.Map.Item.Value %}",
                                   "n": "{% $states.context.Map.Item.Index %}"},
                  "ItemProcessor": {"StartAt": "W", "States": {"W": {"Type": "Pass", "End": true}}},
                  "Output": "{% $count($states.result) %}", "End": true}}}""";

        StateTestResult result = machine(definition)
                .testState(
                        "M",
                        StateTest.builder()
                                .input("{\"skus\":[\"x\",\"y\"]}")
                                .mockResult("[{},{}]")
                                .build());

        assertThat(result.output()).hasToString("2");
        assertThat(result.inspection("afterItemSelector").orElseThrow())
                .hasToString("[{\"sku\":\"x\",\"n\":0},{\"sku\":\"y\",\"n\":1}]");
        assertThat(result.inspection("maxConcurrency").map(JsonNode::intValue)).contains(0);
    }

    @Test
    void tests_that_do_not_fit_the_state_are_refused_naming_the_field() {
        StateMachine flow = machine(ORDER_FLOW);

        assertThatThrownBy(() -> flow.testState("Nope", test().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("stateName: 'Nope' is not a state of the definition");
        assertThatThrownBy(() -> flow.testState("Ship", test().mockResult("{}").build()))
                .hasMessageStartingWith(
                        "State type 'Pass' is not supported when a mock is specified (mock: only a Task, Map or"
                                + " Parallel state can be mocked, but Pass state 'Ship' was tested)");
        assertThatThrownBy(() -> flow.testState(
                        "Charge", test().mockResult("{}").mockError("E", null).build()))
                .hasMessage("A test mock should have only one of the following fields: [result, errorOutput].");
        assertThatThrownBy(() -> flow.testState("Ship", test().context("{}").build()))
                .hasMessageStartingWith("context: may only be given together with a mock");
        assertThatThrownBy(() -> flow.testState(
                        "Charge", test().mockResult("{\"StatusCode\":\"200\"}").build()))
                .hasMessageStartingWith("Mock result schema validation error: Field 'StatusCode' must be a number");
        assertThat(flow.testState(
                                "Charge",
                                test().mockResult("{\"StatusCode\":\"200\",\"Payload\":{\"id\":\"x\"}}")
                                        .fieldValidationMode(StateTest.FieldValidationMode.NONE)
                                        .build())
                        .status())
                .isEqualTo(Status.SUCCEEDED);
        assertThatThrownBy(() -> flow.testState(
                        "Charge",
                        test().mockResult("{}").mapItemReaderData("a,b").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stateConfiguration.mapItemReaderData: only applies to a Map state with an ItemReader,"
                        + " but Task state 'Charge' was tested");
    }

    @Test
    void the_given_context_object_is_what_the_state_sees() {
        String definition = """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "f", "Payload": {"execution.$": "$$.Execution.Name",
                  "retry.$": "$$.State.RetryCount"}}, "End": true}}}""";

        StateTestResult given = machine(definition)
                .testState(
                        "T",
                        test().mockResult("{}")
                                .context("{\"Execution\":{\"Name\":\"given\"},\"State\":{\"RetryCount\":7}}")
                                .build());
        StateTestResult built = machine(definition)
                .testState("T", test().mockResult("{}").retrierRetryCount(2).build());

        assertThat(given.inspection("afterParameters").orElseThrow().at("/Payload"))
                .hasToString("{\"execution\":\"given\",\"retry\":7}");
        assertThat(built.inspection("afterParameters")
                        .orElseThrow()
                        .at("/Payload/retry")
                        .intValue())
                .isEqualTo(2);
    }
}
