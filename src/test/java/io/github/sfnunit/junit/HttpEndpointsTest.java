package io.github.sfnunit.junit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.mock.TaskMocks;
import io.github.sfnunit.mock.UnmockedTaskException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code StateMachineExtension.builder().allowHttp(..)}: each test's mocks may call the endpoints it names. */
class HttpEndpointsTest {

    private WireMockServer server;
    private String base;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        base = "http://127.0.0.1:" + server.port();
        server.stubFor(get(urlPathEqualTo("/ping"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"pong\":true}")));
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private StateMachine ping() {
        return StateMachine.from(new DefinitionParser().parse("""
                {"StartAt": "Ping", "States": {"Ping": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                  "Parameters": {"ApiEndpoint": "%s/ping", "Method": "GET",
                    "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/c/1"}},
                  "ResultSelector": {"pong.$": "$.ResponseBody.pong"}, "End": true}}}
                """.formatted(base)));
    }

    private static TaskMocks mocksOf(StateMachineExtension.Builder builder) {
        return builder.build().programmaticSettings().newMocks();
    }

    @Test
    void a_test_of_a_builder_that_allows_the_endpoint_calls_it() {
        // GIVEN
        TaskMocks mocks = mocksOf(StateMachineExtension.builder().allowHttp(base));

        // WHEN
        Execution run = ping().withTaskHandler(mocks).start("{}");

        // THEN
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output()).hasToString("{\"pong\":true}");
    }

    @Test
    void without_allowHttp_no_request_leaves_the_test() {
        // GIVEN
        TaskMocks mocks = mocksOf(StateMachineExtension.builder());

        // WHEN / THEN
        assertThatThrownBy(() -> ping().withTaskHandler(mocks).start("{}"))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessageContaining(base + "/ping");
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
