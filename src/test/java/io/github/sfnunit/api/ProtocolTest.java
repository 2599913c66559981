package io.github.sfnunit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.VirtualClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wire protocol itself, spoken byte by byte: what every AWS client relies on. */
class ProtocolTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static StepFunctionsEndpoint endpoint;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() {
        endpoint = StepFunctionsEndpoint.builder()
                .timeMode(StepFunctionsEndpoint.TimeMode.MANUAL)
                .start();
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @BeforeEach
    void fresh() {
        endpoint.reset(VirtualClock.startingAt(Instant.parse("2025-01-01T00:00:00Z")), null);
    }

    private record Answer(int status, JsonNode body, String contentType, String text, String requestId) {}

    private static Answer post(String target, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.uri().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header(
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=AKID/20250101/eu-west-3/states/aws4_request,"
                                + " SignedHeaders=host, Signature=deadbeef")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return send(request.build());
    }

    private static Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                JSON.readTree(response.body()),
                response.headers().firstValue("Content-Type").orElse(null),
                response.body(),
                response.headers().firstValue("x-amzn-RequestId").orElse(null));
    }

    @Test
    void should_give_each_answer_its_own_request_id_in_aws_uuid_form() throws Exception {
        Answer first = post("AWSStepFunctions.ListStateMachines", "{}");
        Answer second = post("AWSStepFunctions.NoSuchOperation", "{}");

        String uuid4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
        assertThat(first.requestId()).matches(uuid4);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.requestId()).matches(uuid4).isNotEqualTo(first.requestId());
    }

    @Test
    void should_answer_an_operation_with_json_1_0_and_epoch_second_timestamps() throws Exception {
        Answer answer = post(
                "AWSStepFunctions.CreateStateMachine",
                "{\"name\":\"M\",\"roleArn\":\"arn:aws:iam::123456789012:role/R\",\"definition\":"
                        + JSON.writeValueAsString(StateMachineApiTest.PASS) + "}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/x-amz-json-1.0");
        assertThat(answer.text())
                .isEqualTo("{\"stateMachineArn\":\"arn:aws:states:us-east-1:123456789012:stateMachine:M\","
                        + "\"creationDate\":1735689600.000}");
    }

    @Test
    void should_answer_unknown_operation_exception_for_an_operation_it_does_not_serve() throws Exception {
        Answer answer = post("AWSStepFunctions.DescribeMapRun", "{}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().toString())
                .isEqualTo("{\"__type\":\"UnknownOperationException\",\"message\":\"sfn-unit does not serve"
                        + " AWSStepFunctions.DescribeMapRun (see docs/api-endpoint.md)\"}");
    }

    @Test
    void should_answer_unknown_operation_exception_without_a_target() throws Exception {
        Answer answer = post(null, "{}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("__type").asText()).isEqualTo("UnknownOperationException");
    }

    @Test
    void should_answer_a_malformed_body_with_a_serialization_exception_and_keep_serving() throws Exception {
        Answer broken = post("AWSStepFunctions.ListStateMachines", "{\"maxResults\": ");
        Answer array = post("AWSStepFunctions.ListStateMachines", "[1]");
        Answer next = post("AWSStepFunctions.ListStateMachines", "{}");

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body().path("__type").asText()).isEqualTo("SerializationException");
        assertThat(broken.body().path("message").asText()).startsWith("The request body is not valid JSON: ");
        assertThat(array.body().path("message").asText())
                .isEqualTo("The request body must be a JSON object, not ARRAY");
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body().toString()).isEqualTo("{\"stateMachines\":[]}");
    }

    @Test
    void should_refuse_an_unknown_member_naming_it() throws Exception {
        Answer answer = post("AWSStepFunctions.ListStateMachines", "{\"maxResult\": 3}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("__type").asText()).isEqualTo("ValidationException");
        assertThat(answer.body().path("message").asText())
                .isEqualTo("1 validation error detected: 'maxResult' is not a member of ListStateMachines's request;"
                        + " its members are [maxResults, nextToken]"
                                .replace(
                                        "[maxResults, nextToken]",
                                        java.util.Set.of("maxResults", "nextToken")
                                                .toString()));
    }

    @Test
    void should_refuse_a_missing_required_member_and_a_member_of_the_wrong_type() throws Exception {
        Answer missing = post("AWSStepFunctions.DescribeExecution", "{}");
        Answer wrongType = post("AWSStepFunctions.DescribeExecution", "{\"executionArn\": 42}");

        assertThat(missing.body().toString())
                .isEqualTo("{\"__type\":\"ValidationException\",\"message\":\"1 validation error detected: Value null"
                        + " at 'executionArn' failed to satisfy constraint: Member must not be null\"}");
        assertThat(wrongType.body().path("message").asText())
                .isEqualTo("1 validation error detected: 'executionArn' must be a string, but was number 42");
    }

    @Test
    void should_refuse_a_body_over_four_mebibytes() throws Exception {
        Answer answer = post("AWSStepFunctions.ListStateMachines", " ".repeat(4 * 1024 * 1024 + 1));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("__type").asText()).isEqualTo("ValidationException");
    }

    @Test
    void should_show_and_advance_the_clock_on_the_control_route() throws Exception {
        URI clock = endpoint.uri().resolve("/_sfn-unit/clock");

        Answer before = send(HttpRequest.newBuilder(clock).GET().build());
        Answer after = send(HttpRequest.newBuilder(clock)
                .POST(HttpRequest.BodyPublishers.ofString("{\"advanceBy\":\"PT2H\"}"))
                .build());
        Answer backwards = send(HttpRequest.newBuilder(clock)
                .POST(HttpRequest.BodyPublishers.ofString("{\"advanceTo\":\"2024-01-01T00:00:00Z\"}"))
                .build());

        assertThat(before.body().toString()).isEqualTo("{\"now\":\"2025-01-01T00:00:00Z\"}");
        assertThat(after.body().toString()).isEqualTo("{\"now\":\"2025-01-01T02:00:00Z\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().path("message").asText())
                .isEqualTo("Virtual time only moves forward: 2024-01-01T00:00:00Z is before 2025-01-01T02:00:00Z");
    }
}
