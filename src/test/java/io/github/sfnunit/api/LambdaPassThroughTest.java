package io.github.sfnunit.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.github.sfnunit.api.StateMachineApiTest.ROLE;
import static io.github.sfnunit.api.StateMachineApiTest.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.sfnunit.VirtualClock;
import io.github.sfnunit.mock.TaskMocks;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Lambda tasks no mock answers go to a Lambda endpoint, as Step Functions Local's {@code LAMBDA_ENDPOINT}: here a
 * local HTTP stub speaking the Invoke API stands in for {@code sam local start-lambda}.
 */
class LambdaPassThroughTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PIPELINE = """
            {"StartAt": "Validate", "States": {
              "Validate": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:Validate",
                           "ResultPath": "$.validation", "Next": "Charge"},
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName": "Charge", "Qualifier": "live",
                                        "Payload": {"orderId.$": "$.orderId"}},
                         "ResultSelector": {"chargeId.$": "$.Payload.chargeId", "status.$": "$.StatusCode"},
                         "ResultPath": "$.charge", "End": true}}}
            """;

    private static WireMockServer lambda;
    private static StepFunctionsEndpoint endpoint;
    private static SfnClient sfn;
    private TaskMocks mocks;
    private String machineArn;

    @BeforeAll
    static void serve() {
        lambda = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        lambda.start();
        endpoint = StepFunctionsEndpoint.builder()
                .lambdaEndpoint(URI.create(lambda.baseUrl()))
                .start();
        sfn = Sdk.client(endpoint.uri());
    }

    @AfterAll
    static void stop() {
        sfn.close();
        endpoint.close();
        lambda.stop();
    }

    @BeforeEach
    void fresh() {
        lambda.resetAll();
        mocks = new TaskMocks();
        endpoint.reset(VirtualClock.startingAt(START), mocks);
        machineArn = sfn.createStateMachine(
                        b -> b.name("Orders").definition(PIPELINE).roleArn(ROLE))
                .stateMachineArn();
    }

    private DescribeExecutionResponse run(String input) {
        String arn = sfn.startExecution(b -> b.stateMachineArn(machineArn).input(input))
                .executionArn();
        return sfn.describeExecution(b -> b.executionArn(arn));
    }

    @Test
    void should_call_the_functions_on_the_lambda_endpoint_with_the_payloads_aws_sends() throws Exception {
        lambda.stubFor(post(urlEqualTo(
                        "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3AValidate"
                                + "/invocations"))
                .willReturn(aResponse().withStatus(200).withBody("{\"valid\":true}")));
        lambda.stubFor(post(urlEqualTo("/2015-03-31/functions/Charge/invocations?Qualifier=live"))
                .willReturn(aResponse().withStatus(200).withBody("{\"chargeId\":\"ch-9\"}")));

        DescribeExecutionResponse described = run("{\"orderId\":\"o-1\"}");

        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(JSON.readTree(described.output()))
                .isEqualTo(JSON.readTree("{\"orderId\":\"o-1\",\"validation\":{\"valid\":true},"
                        + "\"charge\":{\"chargeId\":\"ch-9\",\"status\":200}}"));
        lambda.verify(postRequestedFor(urlPathMatching("/2015-03-31/functions/arn.*Validate/invocations"))
                .withHeader("X-Amz-Invocation-Type", equalTo("RequestResponse"))
                .withRequestBody(equalToJson("{\"orderId\":\"o-1\"}")));
        lambda.verify(postRequestedFor(urlPathMatching("/2015-03-31/functions/Charge/invocations"))
                .withRequestBody(equalToJson("{\"orderId\":\"o-1\"}")));
    }

    @Test
    void should_answer_a_mocked_state_from_the_mocks_and_only_the_others_from_the_endpoint() throws Exception {
        mocks.forState("Validate").thenReturn("{\"valid\":\"mocked\"}");
        lambda.stubFor(post(urlPathMatching("/2015-03-31/functions/Charge/invocations"))
                .willReturn(aResponse().withStatus(200).withBody("{\"chargeId\":\"ch-2\"}")));

        DescribeExecutionResponse described = run("{\"orderId\":\"o-2\"}");

        JsonNode output = JSON.readTree(described.output());
        assertThat(output.at("/validation/valid").textValue()).isEqualTo("mocked");
        assertThat(output.at("/charge/chargeId").textValue()).isEqualTo("ch-2");
        assertThat(lambda.getAllServeEvents()).hasSize(1);
    }

    @Test
    void should_fail_the_task_with_the_functions_error_type_and_payload() {
        mocks.forState("Validate").thenReturn("{}");
        String errorPayload = "{\"errorMessage\":\"card declined\",\"errorType\":\"PaymentError\",\"stackTrace\":[]}";
        lambda.stubFor(post(urlPathMatching("/2015-03-31/functions/Charge/invocations"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("X-Amz-Function-Error", "Unhandled")
                        .withBody(errorPayload)));

        DescribeExecutionResponse described = run("{\"orderId\":\"o-3\"}");

        assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(described.error()).isEqualTo("PaymentError");
        assertThat(described.cause()).isEqualTo(errorPayload);
    }

    @Test
    void should_fail_an_unknown_function_as_aws_does() {
        mocks.forState("Validate").thenReturn("{}");
        lambda.stubFor(post(urlPathMatching("/2015-03-31/functions/Charge/invocations"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("x-amzn-ErrorType", "ResourceNotFoundException")
                        .withHeader("x-amzn-RequestId", "req-1")
                        .withBody("{\"Type\":\"User\",\"message\":\"Function not found: Charge\"}")));

        DescribeExecutionResponse described = run("{\"orderId\":\"o-4\"}");

        assertThat(described.error()).isEqualTo("Lambda.ResourceNotFoundException");
        assertThat(described.cause())
                .isEqualTo("Function not found: Charge (Service: AWSLambda; Status Code: 404; Error Code:"
                        + " ResourceNotFoundException; Request ID: req-1; Proxy: null)");
    }

    @Test
    void should_fail_with_an_sdk_client_exception_when_the_endpoint_does_not_answer() {
        int closedPort;
        try (StepFunctionsEndpoint unused = StepFunctionsEndpoint.builder().start()) {
            closedPort = unused.uri().getPort();
        }
        try (StepFunctionsEndpoint offline = StepFunctionsEndpoint.builder()
                        .lambdaEndpoint(URI.create("http://127.0.0.1:" + closedPort))
                        .start();
                SfnClient client = Sdk.client(offline.uri())) {
            String arn = client.createStateMachine(
                            b -> b.name("Orders").definition(PIPELINE).roleArn(ROLE))
                    .stateMachineArn();
            String execution =
                    client.startExecution(b -> b.stateMachineArn(arn)).executionArn();

            DescribeExecutionResponse described = client.describeExecution(b -> b.executionArn(execution));

            assertThat(described.error()).isEqualTo("Lambda.SdkClientException");
            assertThat(described.cause()).startsWith("Unable to execute HTTP request: http://127.0.0.1:" + closedPort);
        }
    }

    @Test
    void should_invoke_a_wait_for_task_token_function_and_then_wait_for_its_callback() {
        String callback = sfn.createStateMachine(
                        b -> b.name("Callback").definition("""
                                {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
                                  "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                                  "Parameters": {"FunctionName": "Ask", "Payload": {"token.$": "$$.Task.Token"}},
                                  "End": true}}}
                                """).roleArn(ROLE))
                .stateMachineArn();
        lambda.stubFor(post(urlPathMatching("/2015-03-31/functions/Ask/invocations"))
                .willReturn(aResponse().withStatus(200).withBody("null")));
        String arn = sfn.startExecution(b -> b.stateMachineArn(callback)).executionArn();
        String token = lambda.getAllServeEvents()
                .get(0)
                .getRequest()
                .getBodyAsString()
                .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

        ExecutionStatus waiting =
                sfn.describeExecution(b -> b.executionArn(arn)).status();
        sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"answer\":42}"));
        DescribeExecutionResponse done = sfn.describeExecution(b -> b.executionArn(arn));

        assertThat(waiting).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.output()).isEqualTo("{\"answer\":42}");
    }
}
