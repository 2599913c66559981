package io.github.sfnunit.docs;

import static io.github.sfnunit.docs.DocsRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.mock.TaskMocks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request rules of the API Gateway integration: the headers a state may not set, and the shape of {@code
 * Headers} and {@code QueryParameters} (maps of names to arrays of strings).
 */
@DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html")
class ApiGatewayPageTest {

    private static String invoke(String parameters) {
        return "{\"StartAt\": \"Call\", \"States\": {\"Call\": {\"Type\": \"Task\","
                + " \"Resource\": \"arn:aws:states:::apigateway:invoke\", \"Parameters\": " + parameters
                + ", \"End\": true}}}";
    }

    /** Runs the API Gateway task with {@code parameters} on {@code input}; its mock answers {@code {}}. */
    private static Execution run(String parameters, String input) {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Call").thenReturn("{\"StatusCode\": 200}");
        return DocsRun.run(invoke(parameters), input, mocks);
    }

    private static final String ENDPOINT =
            "\"ApiEndpoint\": \"example.execute-api.us-east-1.amazonaws.com\", \"Method\": \"GET\", \"Stage\": \"prod\"";

    /** The page's example: a header whose value is an array of strings. */
    @Test
    void headers_with_array_values_are_accepted() {
        assertThat(DocsRun.errors(invoke("{" + ENDPOINT + ", \"Headers\": {\"key\": [\"value1\", \"value2\"]},"
                        + " \"QueryParameters\": {\"billId\": [\"123456\"]}}")))
                .isEmpty();
    }

    /** "Keys prefixed with X-Forwarded, X-Amz or X-Amzn" and the listed names are not allowed. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Authorization",
                "Connection",
                "Content-md5",
                "Expect",
                "Host",
                "Max-Forwards",
                "Proxy-Authenticate",
                "Server",
                "TE",
                "Transfer-Encoding",
                "Trailer",
                "Upgrade",
                "Via",
                "Www-Authenticate",
                "X-Forwarded-For",
                "X-Amz-Date",
                "X-Amzn-Trace-Id"
            })
    void a_header_step_functions_does_not_allow_is_refused_at_creation(String header) {
        assertThat(DocsRun.errors(invoke("{" + ENDPOINT + ", \"Headers\": {\"" + header + "\": [\"v\"]}}")))
                .containsExactly("/States/Call/Parameters: The 'Headers' field contains unsupported values: ["
                        + header.toLowerCase(java.util.Locale.ROOT) + "]");
    }

    @Test
    void the_rule_holds_for_jsonata_arguments_and_callbacks() {
        assertThat(DocsRun.errors("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"Call\", \"States\": {\"Call\":"
                        + " {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::apigateway:invoke.waitForTaskToken\","
                        + " \"Arguments\": {" + ENDPOINT + ", \"Headers\": {\"Host\": [\"h\"], \"X-Custom\": [\"c\"]}},"
                        + " \"End\": true}}}"))
                .containsExactly("/States/Call/Arguments: The 'Headers' field contains unsupported values: [host]");
    }

    /** Headers read from the input are checked before the call: the task fails and API Gateway is not invoked. */
    @Test
    void a_forbidden_header_from_the_input_fails_the_task_before_the_call() {
        Execution run = run(
                "{" + ENDPOINT + ", \"Headers.$\": \"$.headers\"}", "{\"headers\": {\"Authorization\": [\"secret\"]}}");

        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.cause())
                .endsWith("could not be used to start the Task: [The 'Headers' field contains unsupported values:"
                        + " [authorization]]");
        assertThat(run.invocations()).isEmpty();
    }

    /** AWS: "The value of the field 'QueryParameters' has an invalid format" for a query string given as text. */
    @Test
    void query_parameters_that_are_not_a_map_of_string_arrays_fail_the_task() {
        Execution run = run(
                "{" + ENDPOINT + ", \"QueryParameters.$\": \"States.Format('?symbol={}', $.s)\"}", "{\"s\": \"BTC\"}");

        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.cause())
                .contains("The Parameters '{\"ApiEndpoint\":\"example.execute-api.us-east-1.amazonaws.com\"")
                .endsWith("could not be used to start the Task: [The value of the field 'QueryParameters' has an"
                        + " invalid format]");
    }

    @Test
    void header_values_must_be_arrays() {
        Execution run = run(
                "{" + ENDPOINT + ", \"Headers.$\": \"$.headers\"}",
                "{\"headers\": {\"Content-Type\": \"application/json\"}}");

        assertThat(run.cause()).endsWith("[The value of the field 'Headers' has an invalid format]");
    }

    @Test
    void a_valid_request_reaches_the_mock() {
        Execution run = run(
                "{" + ENDPOINT + ", \"Headers.$\": \"$.headers\"}",
                "{\"headers\": {\"Content-Type\": [\"application/json\"]}}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.invocations().get(0).parameters().get("Headers"))
                .isEqualTo(json("{\"Content-Type\": [\"application/json\"]}"));
    }
}
