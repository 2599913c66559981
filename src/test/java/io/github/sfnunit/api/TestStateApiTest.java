package io.github.sfnunit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.VirtualClock;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InspectionData;
import software.amazon.awssdk.services.sfn.model.InspectionLevel;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.TestExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TestStateRequest;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** TestState through the SDK v2, as AWS's November-2025 API: one test per status, per error, per inspection level. */
class TestStateApiTest {

    /** A single Lambda task state, as a user pastes it into TestState. */
    static final String CHARGE = """
            {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
             "InputPath": "$.order", "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
             "ResultSelector": {"chargeId.$": "$.Payload.id"}, "ResultPath": "$.charge",
             "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 2,
                        "BackoffRate": 2, "MaxAttempts": 2}],
             "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.failure", "Next": "Refund"}],
             "Next": "Ship"}""";

    static final String INPUT = "{\"order\":{\"id\":\"o-1\"}}";
    static final String ROLE = "arn:aws:iam::123456789012:role/TestStateRole";

    /** A whole JSONata machine, for stateName. */
    static final String JSONATA_MACHINE = """
            {"QueryLanguage": "JSONata", "StartAt": "Route", "States": {
              "Route": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.total > 100 %}",
                        "Assign": {"big": true}, "Next": "Review"}], "Default": "Charge"},
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Arguments": {"FunctionName": "charge", "Payload": {"amount": "{% $states.input.total %}"}},
                "Output": "{% $states.result.Payload %}", "Assign": {"charged": "{% $states.result.Payload.id %}"},
                "Next": "Review"},
              "Review": {"Type": "Fail", "Error": "{% 'Review.' & $string($big) %}", "Cause": "too big"}
            }}""";

    private static StepFunctionsEndpoint endpoint;
    private static SfnClient sfn;

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
        endpoint.reset(VirtualClock.startingAt(Instant.parse("2025-03-01T09:00:00Z")), null);
    }

    private static TestStateResponse test(Consumer<TestStateRequest.Builder> request) {
        return sfn.testState(request);
    }

    @Test
    void a_mocked_result_succeeds_and_debug_shows_every_jsonpath_stage() {
        TestStateResponse answer = test(b -> b.definition(CHARGE)
                .input(INPUT)
                .inspectionLevel(InspectionLevel.DEBUG)
                .mock(m -> m.result("{\"Payload\":{\"id\":\"ch-1\"},\"StatusCode\":200}")));

        assertThat(answer.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
        assertThat(answer.nextState()).isEqualTo("Ship");
        assertThat(answer.output()).isEqualTo("{\"order\":{\"id\":\"o-1\"},\"charge\":{\"chargeId\":\"ch-1\"}}");
        InspectionData data = answer.inspectionData();
        assertThat(data.input()).isEqualTo(INPUT);
        assertThat(data.afterInputPath()).isEqualTo("{\"id\":\"o-1\"}");
        assertThat(data.afterParameters()).isEqualTo("{\"FunctionName\":\"charge\",\"Payload\":{\"id\":\"o-1\"}}");
        assertThat(data.result()).isEqualTo("{\"Payload\":{\"id\":\"ch-1\"},\"StatusCode\":200}");
        assertThat(data.afterResultSelector()).isEqualTo("{\"chargeId\":\"ch-1\"}");
        assertThat(data.afterResultPath()).isEqualTo(answer.output());
        assertThat(data.variables()).isEqualTo("{}");
        assertThat(data.errorDetails()).isNull();
    }

    @Test
    void info_shows_no_stages_and_trace_shows_the_same_as_debug() {
        Consumer<TestStateRequest.Builder> request =
                b -> b.definition(CHARGE).input(INPUT).mock(m -> m.result("{\"Payload\":{\"id\":\"x\"}}"));

        TestStateResponse info = test(request.andThen(b -> b.inspectionLevel(InspectionLevel.INFO)));
        TestStateResponse trace = test(request.andThen(b -> b.inspectionLevel(InspectionLevel.TRACE)));
        TestStateResponse debug = test(request.andThen(b -> b.inspectionLevel(InspectionLevel.DEBUG)));

        assertThat(info.inspectionData()).isNull();
        assertThat(info.output()).isEqualTo(debug.output());
        assertThat(trace.inspectionData()).isEqualTo(debug.inspectionData());
        assertThat(trace.inspectionData().request()).isNull();
    }

    @Test
    void a_mocked_error_with_retries_left_is_retriable() {
        TestStateResponse answer = test(b -> b.definition(CHARGE)
                .input(INPUT)
                .mock(m -> m.errorOutput(
                        e -> e.error("Lambda.TooManyRequestsException").cause("throttled")))
                .stateConfiguration(c -> c.retrierRetryCount(1)));

        assertThat(answer.status()).isEqualTo(TestExecutionStatus.RETRIABLE);
        assertThat(answer.nextState()).isEqualTo("TestState");
        assertThat(answer.error()).isEqualTo("Lambda.TooManyRequestsException");
        assertThat(answer.cause()).isEqualTo("throttled");
        assertThat(answer.output()).isNull();
        assertThat(answer.inspectionData().errorDetails().retryIndex()).isZero();
        assertThat(answer.inspectionData().errorDetails().retryBackoffIntervalSeconds())
                .isEqualTo(4); // 2 * 2^1
    }

    @Test
    void a_mocked_error_past_its_retries_is_caught() {
        TestStateResponse answer = test(b -> b.definition(CHARGE)
                .input(INPUT)
                .inspectionLevel(InspectionLevel.DEBUG)
                .mock(m -> m.errorOutput(
                        e -> e.error("Lambda.TooManyRequestsException").cause("throttled")))
                .stateConfiguration(c -> c.retrierRetryCount(2)));

        assertThat(answer.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
        assertThat(answer.nextState()).isEqualTo("Refund");
        assertThat(answer.output())
                .isEqualTo("{\"order\":{\"id\":\"o-1\"},\"failure\":{\"Error\":\"Lambda.TooManyRequestsException\","
                        + "\"Cause\":\"throttled\"}}");
        assertThat(answer.inspectionData().errorDetails().catchIndex()).isZero();
        assertThat(answer.inspectionData().errorDetails().retryIndex()).isNull();
    }

    @Test
    void an_error_nothing_handles_fails() {
        String noCatch = CHARGE.replaceAll("\"Catch\": \\[[^]]*],", "");

        TestStateResponse answer = test(b -> b.definition(noCatch)
                .input(INPUT)
                .mock(m -> m.errorOutput(e -> e.error("Boom").cause("broke"))));

        assertThat(answer.status()).isEqualTo(TestExecutionStatus.FAILED);
        assertThat(answer.error()).isEqualTo("Boom");
        assertThat(answer.cause()).isEqualTo("broke");
        assertThat(answer.nextState()).isNull();
        assertThat(answer.output()).isNull();
    }

    @Test
    void jsonata_states_of_a_whole_machine_are_tested_by_state_name() {
        TestStateResponse small = test(b -> b.definition(JSONATA_MACHINE)
                .stateName("Route")
                .input("{\"total\":5}")
                .inspectionLevel(InspectionLevel.DEBUG));
        TestStateResponse big = test(b -> b.definition(JSONATA_MACHINE)
                .stateName("Route")
                .input("{\"total\":500}")
                .inspectionLevel(InspectionLevel.DEBUG));
        TestStateResponse charge = test(b -> b.definition(JSONATA_MACHINE)
                .stateName("Charge")
                .input("{\"total\":5}")
                .inspectionLevel(InspectionLevel.DEBUG)
                .mock(m -> m.result("{\"Payload\":{\"id\":\"ch-9\"},\"StatusCode\":200}")));
        TestStateResponse review = test(b -> b.definition(JSONATA_MACHINE)
                .stateName("Review")
                .variables("{\"big\":true}")
                .input("{}"));

        assertThat(small.nextState()).isEqualTo("Charge");
        assertThat(big.nextState()).isEqualTo("Review");
        assertThat(big.inspectionData().variables()).isEqualTo("{\"big\":true}");
        assertThat(charge.output()).isEqualTo("{\"id\":\"ch-9\"}");
        assertThat(charge.inspectionData().afterArguments())
                .isEqualTo("{\"FunctionName\":\"charge\",\"Payload\":{\"amount\":5}}");
        assertThat(charge.inspectionData().afterInputPath()).isNull();
        assertThat(charge.inspectionData().variables()).isEqualTo("{\"charged\":\"ch-9\"}");
        assertThat(review.status()).isEqualTo(TestExecutionStatus.FAILED);
        assertThat(review.error()).isEqualTo("Review.true");
        assertThat(review.cause()).isEqualTo("too big");
    }

    @Test
    void a_jsonata_task_retries_then_catches_with_its_catchers_output_and_assign() {
        String task = """
                {"QueryLanguage": "JSONata", "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                 "Arguments": {"FunctionName": "charge"},
                 "Retry": [{"ErrorEquals": ["States.TaskFailed"], "IntervalSeconds": 1, "MaxAttempts": 1}],
                 "Catch": [{"ErrorEquals": ["States.ALL"], "Output": {"failed": "{% $states.errorOutput.Cause %}"},
                            "Assign": {"lastError": "{% $states.errorOutput.Error %}"}, "Next": "Refund"}],
                 "End": true}""";
        Consumer<TestStateRequest.Builder> failing = b -> b.definition(task)
                .inspectionLevel(InspectionLevel.DEBUG)
                .mock(m -> m.errorOutput(e -> e.error("States.TaskFailed").cause("declined")));

        TestStateResponse retriable = test(failing);
        TestStateResponse caught = test(failing.andThen(b -> b.stateConfiguration(c -> c.retrierRetryCount(1))));

        assertThat(retriable.status()).isEqualTo(TestExecutionStatus.RETRIABLE);
        assertThat(retriable.inspectionData().errorDetails().retryBackoffIntervalSeconds())
                .isEqualTo(1);
        assertThat(caught.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
        assertThat(caught.nextState()).isEqualTo("Refund");
        assertThat(caught.output()).isEqualTo("{\"failed\":\"declined\"}");
        assertThat(caught.inspectionData().variables()).isEqualTo("{\"lastError\":\"States.TaskFailed\"}");
    }

    @Test
    void pass_wait_and_succeed_states_run_without_waiting() {
        TestStateResponse pass = test(b -> b.definition(
                        "{\"Type\":\"Pass\",\"Parameters\":{\"greeting.$\":\"States.Format('hi {}', $.name)\"},"
                                + "\"End\":true}")
                .input("{\"name\":\"Ada\"}"));
        TestStateResponse wait = test(b -> b.definition("{\"Type\":\"Wait\",\"Seconds\":86400,\"Next\":\"Later\"}")
                .input("{\"a\":1}"));
        TestStateResponse succeed = test(b ->
                b.definition("{\"Type\":\"Succeed\",\"OutputPath\":\"$.a\"}").input("{\"a\":1}"));

        assertThat(pass.output()).isEqualTo("{\"greeting\":\"hi Ada\"}");
        assertThat(pass.nextState()).isNull();
        assertThat(wait.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
        assertThat(wait.nextState()).isEqualTo("Later");
        assertThat(wait.output()).isEqualTo("{\"a\":1}");
        assertThat(succeed.output()).isEqualTo("1");
    }

    @Test
    void a_map_with_a_mocked_result_reports_its_items_and_tolerance() {
        String map = """
                {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 5, "ToleratedFailurePercentage": 50,
                 "ItemSelector": {"sku.$": "$$.Map.Item.Value"},
                 "ItemProcessor": {"StartAt": "Pack", "States": {"Pack": {"Type": "Pass", "End": true}}},
                 "End": true}""";
        Consumer<TestStateRequest.Builder> request = b -> b.definition(map)
                .input("{\"items\":[\"a\",\"b\"]}")
                .inspectionLevel(InspectionLevel.DEBUG)
                .mock(m -> m.result("[{\"sku\":\"a\"},{\"sku\":\"b\"}]"));

        TestStateResponse ok = test(request);
        TestStateResponse exceeded =
                test(request.andThen(b -> b.stateConfiguration(c -> c.mapIterationFailureCount(2))));

        assertThat(ok.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
        assertThat(ok.output()).isEqualTo("[{\"sku\":\"a\"},{\"sku\":\"b\"}]");
        assertThat(ok.inspectionData().afterItemsPath()).isEqualTo("[\"a\",\"b\"]");
        assertThat(ok.inspectionData().afterItemSelector()).isEqualTo("[{\"sku\":\"a\"},{\"sku\":\"b\"}]");
        assertThat(ok.inspectionData().maxConcurrency()).isEqualTo(5);
        assertThat(ok.inspectionData().toleratedFailurePercentage()).isEqualTo(50.0f);
        assertThat(exceeded.status()).isEqualTo(TestExecutionStatus.FAILED);
        assertThat(exceeded.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        assertThatThrownBy(() ->
                        test(b -> b.definition(map).input("{\"items\":[]}").mock(m -> m.result("{}"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Mocked result must be an array.");
        assertThatThrownBy(() -> test(b -> b.definition(map).input("{\"items\":[]}")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("TestState API does not support Map or Parallel states. Supported state types"
                        + " include: [Task, Wait, Pass, Succeed, Fail, Choice]");
    }

    @Test
    void a_task_without_a_mock_is_answered_by_the_endpoints_task_mocks() {
        TaskMocks mocks = new TaskMocks();
        mocks.forLambda("charge").thenReturn("{\"id\":\"from-mocks\"}");
        endpoint.reset(VirtualClock.startingAt(Instant.parse("2025-03-01T09:00:00Z")), mocks);

        TestStateResponse answer = test(b -> b.definition(CHARGE).input(INPUT).roleArn(ROLE));

        assertThat(answer.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
        assertThat(answer.output()).contains("\"chargeId\":\"from-mocks\"");
    }

    @Test
    void a_task_without_a_mock_and_without_mocks_fails_as_an_unmocked_execution_task_does() {
        String noCatch = CHARGE.replaceAll("\"Catch\": \\[[^]]*],", "");

        TestStateResponse answer = test(b -> b.definition(noCatch).input(INPUT).roleArn(ROLE));

        assertThat(answer.status()).isEqualTo(TestExecutionStatus.FAILED);
        assertThat(answer.error()).isEqualTo("SfnUnit.UnmockedTask");
        assertThat(answer.cause()).contains("Task state 'TestState'").contains("give mock.result or mock.errorOutput");
    }

    @Test
    void a_mock_on_a_state_that_cannot_be_mocked_is_a_validation_exception() {
        assertThatThrownBy(() -> test(
                        b -> b.definition("{\"Type\":\"Pass\",\"End\":true}").mock(m -> m.result("{}"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("State type 'Pass' is not supported when a mock is specified");
    }

    @Test
    void a_mock_with_both_a_result_and_an_error_is_a_validation_exception() {
        assertThatThrownBy(() ->
                        test(b -> b.definition(CHARGE).mock(m -> m.result("{}").errorOutput(e -> e.error("E")))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(
                        "A test mock should have only one of the following fields: [result, errorOutput].");
    }

    @Test
    void a_parallel_or_callback_task_without_a_mock_is_a_validation_exception() {
        String callback = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\","
                + "\"Parameters\":{\"QueueUrl\":\"q\",\"MessageBody\":{\"t.$\":\"$$.Task.Token\"}},\"End\":true}";

        assertThatThrownBy(() -> test(b -> b.definition(callback).roleArn(ROLE)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("can only be tested with a mock");
    }

    @Test
    void a_task_without_a_mock_needs_a_role_and_a_mock_excludes_reveal_secrets() {
        assertThatThrownBy(() -> test(b -> b.definition(CHARGE).input(INPUT)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("RoleArn must be specified when testing a Task state");
        assertThatThrownBy(
                        () -> test(b -> b.definition(CHARGE).revealSecrets(true).mock(m -> m.result("{}"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("TestState does not support RevealSecrets when a mock is specified.");
        assertThatThrownBy(() -> test(b -> b.definition(CHARGE).mock(m -> m.result("{nope"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Mocked result must be valid JSON");
    }

    @Test
    void an_unknown_state_name_is_a_validation_exception_naming_it() {
        assertThatThrownBy(() -> test(b -> b.definition(JSONATA_MACHINE).stateName("Nope")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("stateName: 'Nope' is not a state of the definition; its states are [Route,"
                        + " Charge, Review]");
    }

    @Test
    void an_invalid_definition_is_invalid_definition_with_pointers_into_the_state() {
        assertThatThrownBy(() -> test(b -> b.definition("{\"Type\":\"Pass\",\"InputPath\":5,\"End\":true}")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED:")
                .hasMessageContaining(" at /InputPath");
        assertThatThrownBy(() -> test(b -> b.definition(JSONATA_MACHINE)))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("give stateName");
    }

    @Test
    void input_that_is_not_json_is_invalid_execution_input() {
        assertThatThrownBy(() -> test(
                        b -> b.definition("{\"Type\":\"Pass\",\"End\":true}").input("{nope")))
                .isInstanceOf(InvalidExecutionInputException.class);
    }

    @Test
    void unknown_members_and_bad_enums_are_validation_exceptions() {
        assertThatThrownBy(() -> test(
                        b -> b.definition("{\"Type\":\"Pass\",\"End\":true}").inspectionLevel("LOUD")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Member must satisfy enum value set: [INFO, DEBUG, TRACE]");
        assertThatThrownBy(() -> test(
                        b -> b.definition("{\"Type\":\"Pass\",\"End\":true}").variables("[1]")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("variables: must be a JSON object");
    }

    @Test
    void a_distributed_map_reads_the_given_item_reader_data() {
        String map = """
                {"Type": "Map", "End": true,
                 "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSONL"},
                   "Parameters": {"Bucket": "b", "Key": "k"}},
                 "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                   "StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "End": true}}},
                 "ItemSelector": {"n.$": "$$.Map.Item.Value.n"}}""";

        TestStateResponse answer = test(b -> b.definition(map)
                .inspectionLevel(InspectionLevel.DEBUG)
                .mock(m -> m.result("[1,2]"))
                .stateConfiguration(c -> c.mapItemReaderData("{\"n\":1}\n{\"n\":2}\n")));

        assertThat(answer.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
        assertThat(answer.inspectionData().afterItemSelector()).isEqualTo("[{\"n\":1},{\"n\":2}]");
        assertThatThrownBy(() -> test(b -> b.definition(CHARGE)
                        .mock(m -> m.result("{}"))
                        .stateConfiguration(c -> c.mapItemReaderData("a,b"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("mapItemReaderData: only applies to a Map state with an ItemReader");
    }
}
