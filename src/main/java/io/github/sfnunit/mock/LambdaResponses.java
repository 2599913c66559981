package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.history.TaskResource;

/**
 * What AWS makes of a Lambda function's result, by how the Task calls the function:
 *
 * <ul>
 *   <li>{@code arn:aws:states:::lambda:invoke}: the Invoke response envelope ({@code ExecutedVersion}, {@code
 *       Payload}, {@code SdkHttpMetadata}, {@code SdkResponseMetadata}, {@code StatusCode});
 *   <li>a bare function ARN, and {@code lambda:invoke.waitForTaskToken} (whose result is the callback's): the
 *       payload itself.
 * </ul>
 *
 * A function error becomes the error {@code errorType} with, as cause, the JSON text the Lambda runtime reports
 * ({@link FunctionError}).
 *
 * @since 0.1.0
 */
public final class LambdaResponses {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LambdaResponses() {}

    /** The task result for a function that returned {@code payload} ({@code null}: the function returned nothing). */
    public static JsonNode taskResult(TaskInvocation invocation, JsonNode payload) {
        JsonNode value = payload == null ? NullNode.getInstance() : payload;
        TaskResource resource = TaskResource.parse(invocation.resource());
        if (resource.kind() == TaskResource.Kind.SERVICE_INTEGRATION
                && "lambda".equals(resource.resourceType())
                && "invoke".equals(resource.resource())) {
            return invokeEnvelope(invocation, value);
        }
        return value;
    }

    /**
     * What the function receives: the {@code Payload} of a {@code lambda:invoke} call ({@code null} when the call
     * sends none), the whole input for a bare function ARN.
     */
    public static JsonNode functionPayload(TaskInvocation invocation) {
        TaskResource resource = TaskResource.parse(invocation.resource());
        if (resource.kind() == TaskResource.Kind.SERVICE_INTEGRATION && invocation.parameters() != null) {
            return invocation.parameters().get("Payload");
        }
        return invocation.parameters();
    }

    /** The {@code lambda:invoke} envelope around {@code payload}, with ids derived from the invocation. */
    public static ObjectNode invokeEnvelope(TaskInvocation invocation, JsonNode payload) {
        String requestId = DeterministicIds.uuid(invocation, "lambda-request");
        String traceId = "Root=1-" + DeterministicIds.hex(invocation, "trace-time", 8) + "-"
                + DeterministicIds.hex(invocation, "trace", 24) + ";Parent="
                + DeterministicIds.hex(invocation, "parent", 16) + ";Sampled=0;Lineage=1:"
                + DeterministicIds.hex(invocation, "lineage", 8) + ":0";
        String length = Integer.toString(DeterministicIds.utf8Length(JsonCodec.write(payload)));
        String date = DeterministicIds.httpDate(invocation.time());

        ObjectNode envelope = NODES.objectNode();
        envelope.put("ExecutedVersion", "$LATEST");
        envelope.set("Payload", payload);
        ObjectNode metadata = envelope.putObject("SdkHttpMetadata");
        ObjectNode all = metadata.putObject("AllHttpHeaders");
        list(all, "X-Amz-Executed-Version", "$LATEST");
        list(all, "x-amzn-Remapped-Content-Length", "0");
        list(all, "Connection", "keep-alive");
        list(all, "x-amzn-RequestId", requestId);
        list(all, "Content-Length", length);
        list(all, "Date", date);
        list(all, "X-Amzn-Trace-Id", traceId);
        list(all, "Content-Type", "application/json");
        metadata.putObject("HttpHeaders")
                .put("Connection", "keep-alive")
                .put("Content-Length", length)
                .put("Content-Type", "application/json")
                .put("Date", date)
                .put("X-Amz-Executed-Version", "$LATEST")
                .put("x-amzn-Remapped-Content-Length", "0")
                .put("x-amzn-RequestId", requestId)
                .put("X-Amzn-Trace-Id", traceId);
        metadata.put("HttpStatusCode", 200);
        envelope.putObject("SdkResponseMetadata").put("RequestId", requestId);
        envelope.put("StatusCode", 200);
        return envelope;
    }

    /**
     * The outcome AWS reports when the function raised {@code error}: the error name is its {@code errorType}, the
     * cause the runtime's JSON.
     */
    public static TaskOutcome.Failed functionFailed(TaskInvocation invocation, FunctionError error) {
        return new TaskOutcome.Failed(error.errorType(), error.causeJson(invocation));
    }

    private static void list(ObjectNode headers, String name, String value) {
        ArrayNode values = headers.putArray(name);
        values.add(value);
    }
}
