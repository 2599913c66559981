package io.github.sfnunit.mock;

import static io.github.sfnunit.mock.Invocations.call;
import static io.github.sfnunit.mock.Invocations.json;
import static io.github.sfnunit.mock.Invocations.lambdaInvoke;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LambdaResponsesTest {

    private static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:greet";

    private final TaskMocks mocks = new TaskMocks();

    @Test
    void should_wrap_the_payload_in_the_invoke_envelope_for_lambda_invoke() {
        // GIVEN
        mocks.forLambda("greet").thenReturn("\"HelloWorld!\"");

        // WHEN
        JsonNode result = succeeded(mocks.invoke(lambdaInvoke("Greet", "greet", "{}")));

        // THEN the envelope has AWS's members, in AWS's order, as the corpus recorded them
        assertThat(fieldNames(result))
                .containsExactly("ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode");
        assertThat(result.get("Payload")).isEqualTo(json("\"HelloWorld!\""));
        assertThat(result.get("StatusCode").asInt()).isEqualTo(200);
        assertThat(result.get("ExecutedVersion").asText()).isEqualTo("$LATEST");
        JsonNode metadata = result.get("SdkHttpMetadata");
        assertThat(fieldNames(metadata.get("AllHttpHeaders")))
                .containsExactly(
                        "X-Amz-Executed-Version",
                        "x-amzn-Remapped-Content-Length",
                        "Connection",
                        "x-amzn-RequestId",
                        "Content-Length",
                        "Date",
                        "X-Amzn-Trace-Id",
                        "Content-Type");
        assertThat(metadata.at("/HttpHeaders/Content-Length").asText()).isEqualTo("13");
        assertThat(metadata.at("/HttpHeaders/Date").asText()).isEqualTo("Wed, 01 Jan 2025 00:00:00 GMT");
        assertThat(metadata.get("HttpStatusCode").asInt()).isEqualTo(200);
        assertThat(result.at("/SdkResponseMetadata/RequestId").asText())
                .isEqualTo(metadata.at("/HttpHeaders/x-amzn-RequestId").asText());
    }

    @Test
    void should_return_the_payload_itself_for_a_bare_function_arn() {
        // GIVEN
        mocks.forLambda("greet").thenReturn("{\"hello\":\"world\"}");

        // WHEN
        JsonNode result = succeeded(mocks.invoke(call("Greet", FUNCTION_ARN, "{}")));

        // THEN
        assertThat(result).isEqualTo(json("{\"hello\":\"world\"}"));
    }

    @Test
    void should_match_a_function_given_by_arn_or_partial_arn() {
        // GIVEN
        mocks.forLambda(FUNCTION_ARN).thenReturn("1");

        // WHEN
        JsonNode byName = succeeded(mocks.invoke(lambdaInvoke("A", "123456789012:function:greet", "{}")));

        // THEN
        assertThat(byName.get("Payload").asInt()).isEqualTo(1);
    }

    @Test
    void should_require_the_stubbed_qualifier() {
        // GIVEN
        mocks.forLambda("greet:live").thenReturn("1");

        // WHEN
        JsonNode live = succeeded(mocks.invoke(lambdaInvoke("A", "greet:live", "{}")));

        // THEN
        assertThat(live.get("Payload").asInt()).isEqualTo(1);
        assertThatThrownBy(() -> mocks.invoke(lambdaInvoke("A", "greet", "{}")))
                .isInstanceOf(UnmockedTaskException.class);
    }

    @Test
    void should_match_the_function_payload_for_lambda_input_matchers() {
        // GIVEN
        mocks.forLambda("greet").thenReturn("\"anyone\"");
        mocks.forLambda("greet").withInput("{\"name\":\"Ada\"}").thenReturn("\"Ada\"");

        // WHEN
        JsonNode viaInvoke = succeeded(mocks.invoke(lambdaInvoke("A", "greet", "{\"name\":\"Ada\"}")));
        JsonNode viaArn = succeeded(mocks.invoke(call("B", FUNCTION_ARN, "{\"name\":\"Ada\"}")));
        JsonNode other = succeeded(mocks.invoke(call("B", FUNCTION_ARN, "{\"name\":\"Bob\"}")));

        // THEN
        assertThat(viaInvoke.get("Payload").asText()).isEqualTo("Ada");
        assertThat(viaArn.asText()).isEqualTo("Ada");
        assertThat(other.asText()).isEqualTo("anyone");
    }

    @Test
    void should_report_a_function_error_with_the_python_runtime_cause() {
        // GIVEN
        mocks.forLambda("greet").thenFailFunction("ValueError", "bad name");

        // WHEN
        TaskOutcome outcome = mocks.invoke(lambdaInvoke("Greet", "greet", "{}"));

        // THEN
        TaskOutcome.Failed failed = (TaskOutcome.Failed) outcome;
        assertThat(failed.error()).isEqualTo("ValueError");
        JsonNode cause = json(failed.cause());
        assertThat(fieldNames(cause)).containsExactly("errorMessage", "errorType", "requestId", "stackTrace");
        assertThat(cause.get("errorMessage").asText()).isEqualTo("bad name");
        assertThat(cause.get("errorType").asText()).isEqualTo("ValueError");
    }

    @Test
    void should_report_a_nodejs_function_error_with_its_trace() {
        // GIVEN
        mocks.forLambda("greet")
                .thenFailFunction(FunctionError.nodejs("Error", "boom").withTrace(List.of("Error: boom")));

        // WHEN
        TaskOutcome.Failed failed = (TaskOutcome.Failed) mocks.invoke(call("Greet", FUNCTION_ARN, "{}"));

        // THEN
        assertThat(failed.error()).isEqualTo("Error");
        assertThat(failed.cause())
                .isEqualTo("{\"errorType\":\"Error\",\"errorMessage\":\"boom\",\"trace\":[\"Error: boom\"]}");
    }

    @Test
    void should_give_the_same_envelope_for_the_same_invocation() {
        // GIVEN
        mocks.forLambda("greet").thenReturn("{}");

        // WHEN
        JsonNode first = succeeded(mocks.invoke(lambdaInvoke("Greet", "greet", "{}")));
        JsonNode second = LambdaResponses.taskResult(lambdaInvoke("Greet", "greet", "{}"), json("{}"));

        // THEN
        assertThat(first).isEqualTo(second);
    }

    private static JsonNode succeeded(Object outcome) {
        if (outcome instanceof JsonNode node) {
            return node;
        }
        assertThat(outcome).isInstanceOf(TaskOutcome.Succeeded.class);
        return ((TaskOutcome.Succeeded) outcome).result();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
