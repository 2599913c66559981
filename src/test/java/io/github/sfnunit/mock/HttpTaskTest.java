package io.github.sfnunit.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP Tasks against a real server (WireMock on a dynamic loopback port). */
class HttpTaskTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WireMockServer server;
    private String base;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private static String httpTask(String parameters) {
        return """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                  "Parameters": %s, "End": true}}}
                """.formatted(parameters);
    }

    private String parameters(String method, String path, String extra) {
        return """
                {"ApiEndpoint": "%s%s", "Method": "%s",
                 "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/c/1"} %s}
                """.formatted(base, path, method, extra);
    }

    private static Execution run(String definition, TaskMocks mocks, String input) {
        return StateMachine.from(new DefinitionParser().parse(definition))
                .withTaskHandler(mocks)
                .start(input);
    }

    @Test
    void a_get_returns_the_response_in_aws_shape() {
        // GIVEN
        server.stubFor(get(urlPathEqualTo("/orders/o-1"))
                .withQueryParam("expand", equalTo("lines"))
                .withHeader("X-Api-Version", equalTo("2"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"o-1\",\"total\":10}")));
        TaskMocks mocks = new TaskMocks().allowHttp(base);

        // WHEN
        Execution run = run(
                httpTask(parameters(
                        "GET",
                        "/orders/o-1",
                        ", \"QueryParameters\": {\"expand\": \"lines\"}, \"Headers\": {\"X-Api-Version\": \"2\"}")),
                mocks,
                "{}");

        // THEN
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode output = run.output();
        assertThat(output.path("StatusCode").asInt()).isEqualTo(200);
        assertThat(output.path("StatusText").asText()).isEqualTo("OK");
        assertThat(output.path("ResponseBody").path("total").asInt()).isEqualTo(10);
        assertThat(output.path("Headers").path("content-type").get(0).asText()).isEqualTo("application/json");
    }

    @Test
    void a_json_request_body_is_sent_as_json() {
        server.stubFor(post(urlEqualTo("/charges"))
                .willReturn(aResponse().withStatus(201).withBody("created")));
        TaskMocks mocks = new TaskMocks().allowHttp(base);

        Execution run = run(
                httpTask(parameters("POST", "/charges", ", \"RequestBody\": {\"amount.$\": \"$.amount\"}")),
                mocks,
                "{\"amount\": 42}");

        server.verify(postRequestedFor(urlEqualTo("/charges"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"amount\": 42}")));
        assertThat(run.output().path("ResponseBody").asText()).isEqualTo("created");
        assertThat(run.output().path("StatusText").asText()).isEqualTo("Created");
    }

    @Test
    void a_url_encoded_body_spells_arrays_as_the_array_format_says() {
        server.stubFor(post(urlEqualTo("/form")).willReturn(aResponse().withStatus(200)));
        TaskMocks mocks = new TaskMocks().allowHttp(base);

        run(
                httpTask(parameters(
                        "POST",
                        "/form",
                        ", \"RequestBody\": {\"name\": \"a b\", \"tags\": [\"x\", \"y\"]}, \"Transform\":"
                                + " {\"RequestBodyEncoding\": \"URL_ENCODED\", \"RequestEncodingOptions\":"
                                + " {\"ArrayFormat\": \"BRACKETS\"}}")),
                mocks,
                "{}");

        server.verify(postRequestedFor(urlEqualTo("/form"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("name=a+b&tags%5B%5D=x&tags%5B%5D=y")));
    }

    @Test
    void a_status_outside_2xx_fails_the_task_with_the_status_code_error() throws Exception {
        server.stubFor(get(urlEqualTo("/missing"))
                .willReturn(aResponse().withStatus(404).withBody("{\"message\":\"no such order\"}")));
        TaskMocks mocks = new TaskMocks().allowHttp(base);

        Execution run = run(httpTask(parameters("GET", "/missing", "")), mocks, "{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.Http.StatusCode.404");
        JsonNode cause = JSON.readTree(run.cause());
        assertThat(cause.path("StatusCode").asInt()).isEqualTo(404);
        assertThat(cause.path("StatusText").asText()).isEqualTo("Not Found");
        assertThat(cause.path("ResponseBody").path("message").asText()).isEqualTo("no such order");
    }

    @Test
    void no_request_leaves_the_machine_unless_the_endpoint_is_allowed() {
        TaskMocks mocks = new TaskMocks().allowHttp("http://127.0.0.1:1");

        assertThatThrownBy(() -> run(httpTask(parameters("GET", "/orders", "")), mocks, "{}"))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessageContaining("HTTP Task 'Call' would call " + base + "/orders")
                .hasMessageContaining("mocks.allowHttp(\"" + base + "\")")
                .hasMessageContaining("mocks.forState(\"Call\")");
        server.verify(0, getRequestedFor(urlEqualTo("/orders")));
    }

    @Test
    void a_stub_for_the_state_wins_over_the_allowed_endpoint() {
        TaskMocks mocks = new TaskMocks().allowHttp(base);
        mocks.forState("Call").thenReturn("{\"StatusCode\": 200, \"ResponseBody\": {\"stubbed\": true}}");

        Execution run = run(httpTask(parameters("GET", "/orders", "")), mocks, "{}");

        assertThat(run.output().path("ResponseBody").path("stubbed").asBoolean())
                .isTrue();
        server.verify(0, getRequestedFor(urlEqualTo("/orders")));
    }

    @Test
    void an_http_task_without_a_connection_is_refused_naming_the_field() {
        TaskMocks mocks = new TaskMocks().allowHttp(base);
        String definition = httpTask("{\"ApiEndpoint\": \"" + base + "/x\", \"Method\": \"GET\"}");

        assertThatThrownBy(() -> run(definition, mocks, "{}"))
                .hasMessageContaining("HTTP Task 'Call': /Authentication/ConnectionArn is required");
    }

    @Test
    void an_allowed_base_url_does_not_allow_a_longer_host() {
        TaskMocks mocks = new TaskMocks().allowHttp("http://127.0.0.1");

        assertThatThrownBy(() -> run(httpTask(parameters("GET", "/x", "")), mocks, "{}"))
                .isInstanceOf(UnmockedTaskException.class);
    }
}
