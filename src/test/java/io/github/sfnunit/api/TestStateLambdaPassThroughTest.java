package io.github.sfnunit.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.TestExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;

/** Standalone (no mocks), a Lambda Task tested without a mock calls the Lambda endpoint, as executions do. */
class TestStateLambdaPassThroughTest {

    @Test
    void an_unmocked_lambda_task_is_answered_by_the_lambda_endpoint() {
        WireMockServer lambda =
                new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        lambda.start();
        try (StepFunctionsEndpoint endpoint = StepFunctionsEndpoint.builder()
                        .lambdaEndpoint(java.net.URI.create(lambda.baseUrl()))
                        .start();
                SfnClient sfn = Sdk.client(endpoint.uri())) {
            lambda.stubFor(post(urlEqualTo("/2015-03-31/functions/charge/invocations"))
                    .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"from-lambda\"}")));

            TestStateResponse answer = sfn.testState(b -> b.definition(TestStateApiTest.CHARGE)
                    .input(TestStateApiTest.INPUT)
                    .roleArn(TestStateApiTest.ROLE));

            assertThat(answer.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
            assertThat(answer.output()).contains("\"chargeId\":\"from-lambda\"");
        } finally {
            lambda.stop();
        }
    }
}
