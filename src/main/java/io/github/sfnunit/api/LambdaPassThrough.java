package io.github.sfnunit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.history.TaskResource;
import io.github.sfnunit.mock.LambdaResponses;
import io.github.sfnunit.mock.TaskInvocation;
import io.github.sfnunit.mock.TaskOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Calls a Task's Lambda function on a local endpoint that speaks Lambda's Invoke API, as Step Functions Local does
 * with {@code LAMBDA_ENDPOINT} (for example {@code sam local start-lambda}, which listens on port 3001): {@code POST
 * /2015-03-31/functions/{FunctionName}/invocations} with the payload the function would receive on AWS.
 *
 * <p>Its answer becomes the task's result as AWS shapes it ({@link LambdaResponses#taskResult}); a function error
 * ({@code X-Amz-Function-Error}) fails the task with the function's {@code errorType} and, as cause, the error
 * payload; an error of the Lambda API itself with {@code Lambda.<ErrorCode>} and AWS's cause text; an endpoint that
 * does not answer with {@code Lambda.SdkClientException}. A {@code .waitForTaskToken} call invokes the function and
 * then waits for the callback.
 */
final class LambdaPassThrough {

    /** Lambda's own limit on one invocation: 15 minutes. */
    private static final Duration MAX_INVOCATION = Duration.ofMinutes(15);

    private static final ObjectMapper JSON = JsonCodec.mapper();

    private final URI endpoint;
    private final HttpClient http;

    LambdaPassThrough(URI endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Whether {@code invocation} calls a Lambda function: a bare function ARN or {@code lambda:invoke}. */
    static boolean callsLambda(TaskInvocation invocation) {
        TaskResource resource;
        try {
            resource = TaskResource.parse(invocation.resource());
        } catch (IllegalArgumentException notALambdaOrStatesArn) {
            return false;
        }
        return resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION
                || (resource.kind() == TaskResource.Kind.SERVICE_INTEGRATION
                        && "lambda".equals(resource.resourceType())
                        && resource.resource().startsWith("invoke"));
    }

    TaskOutcome invoke(TaskInvocation invocation) {
        String function = functionName(invocation);
        if (function == null) {
            return new TaskOutcome.Failed(
                    "States.Runtime",
                    "Task state '" + invocation.stateName() + "' calls lambda:invoke without a FunctionName");
        }
        JsonNode payload = LambdaResponses.functionPayload(invocation);
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/2015-03-31/functions/"
                        + URLEncoder.encode(function, StandardCharsets.UTF_8) + "/invocations" + qualifier(invocation)))
                .timeout(MAX_INVOCATION)
                .header("Content-Type", "application/json")
                .header("X-Amz-Invocation-Type", "RequestResponse")
                .POST(
                        payload == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JsonCodec.write(payload)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new TaskOutcome.Failed(
                    "Lambda.SdkClientException",
                    "Unable to execute HTTP request: " + endpoint + " did not answer (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TaskOutcome.Failed("Lambda.SdkClientException", "Interrupted while calling " + endpoint);
        }
        if (response.statusCode() / 100 != 2) {
            return serviceError(response);
        }
        if (response.headers().firstValue("X-Amz-Function-Error").isPresent()) {
            return functionError(response.body());
        }
        if (invocation.taskToken() != null) {
            return new TaskOutcome.Pending(List.of());
        }
        JsonNode result;
        try {
            result = response.body().isBlank() ? null : JSON.readTree(response.body());
        } catch (IOException e) {
            return new TaskOutcome.Failed(
                    "Lambda.SdkClientException",
                    "The function " + function + " at " + endpoint + " answered a payload that is not JSON: "
                            + abbreviate(response.body()));
        }
        return new TaskOutcome.Succeeded(LambdaResponses.taskResult(invocation, result));
    }

    private static String functionName(TaskInvocation invocation) {
        TaskResource resource = TaskResource.parse(invocation.resource());
        if (resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION) {
            return invocation.resource();
        }
        JsonNode name =
                invocation.parameters() == null ? null : invocation.parameters().get("FunctionName");
        return name != null && name.isTextual() ? name.textValue() : null;
    }

    private static String qualifier(TaskInvocation invocation) {
        JsonNode qualifier =
                invocation.parameters() == null ? null : invocation.parameters().get("Qualifier");
        return qualifier != null && qualifier.isTextual()
                ? "?Qualifier=" + URLEncoder.encode(qualifier.textValue(), StandardCharsets.UTF_8)
                : "";
    }

    /** A function that raised: its error payload is the cause, its {@code errorType} the error. */
    private static TaskOutcome functionError(String body) {
        String errorType = "Lambda.Unknown";
        try {
            JsonNode error = JSON.readTree(body);
            if (error != null && error.path("errorType").isTextual()) {
                errorType = error.get("errorType").textValue();
            }
        } catch (IOException notJson) {
            // the cause keeps the text as the function sent it
        }
        return new TaskOutcome.Failed(errorType, body);
    }

    /** The Lambda API refused the call (404 for an unknown function, ...): AWS's error name and cause text. */
    private static TaskOutcome serviceError(HttpResponse<String> response) {
        String code = response.headers().firstValue("x-amzn-ErrorType").orElse("");
        String message = response.body();
        try {
            JsonNode body = JSON.readTree(response.body());
            if (code.isEmpty()) {
                code = body.path("Type").asText(body.path("__type").asText(""));
            }
            JsonNode text = body.has("message") ? body.get("message") : body.get("Message");
            if (text != null) {
                message = text.asText();
            }
        } catch (IOException notJson) {
            // keep the body as the message
        }
        code = code.contains(":") ? code.substring(0, code.indexOf(':')) : code;
        if (code.isEmpty()) {
            code = response.statusCode() == 404 ? "ResourceNotFoundException" : "ServiceException";
        }
        String requestId = response.headers().firstValue("x-amzn-RequestId").orElse("");
        return new TaskOutcome.Failed(
                "Lambda." + code,
                message + " (Service: AWSLambda; Status Code: " + response.statusCode() + "; Error Code: " + code
                        + "; Request ID: " + requestId + "; Proxy: null)");
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
