package io.github.sfnunit.internal.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.history.TaskResource;
import java.util.Map;

/**
 * Builds the details objects of history events with AWS's member names and order. Payloads ({@code input}, {@code
 * output}, {@code parameters}, assigned variables) become JSON text, as in GetExecutionHistory.
 */
final class EventDetails {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventDetails() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ObjectNode executionStarted(JsonNode input, String roleArn) {
        ObjectNode details = object();
        payload(details, "input", input);
        putIfPresent(details, "roleArn", roleArn);
        return details;
    }

    /** {@code inputText} is the input's JSON text ({@link HistoryRecorder#jsonText}). */
    static ObjectNode stateEntered(String name, String inputText) {
        ObjectNode details = object().put("name", name);
        payloadText(details, "input", inputText);
        return details;
    }

    /** {@code outputText} is the output's JSON text ({@link HistoryRecorder#jsonText}). */
    static ObjectNode stateExited(String name, String outputText, Map<String, JsonNode> assignedVariables) {
        ObjectNode details = object().put("name", name);
        payloadText(details, "output", outputText);
        if (assignedVariables != null && !assignedVariables.isEmpty()) {
            ObjectNode assigned = details.putObject("assignedVariables");
            assignedVariables.forEach((variable, value) -> assigned.put(variable, jsonText(value)));
            details.putObject("assignedVariablesDetails").put("truncated", false);
        }
        return details;
    }

    static ObjectNode output(JsonNode output) {
        return payload(object(), "output", output);
    }

    static ObjectNode errorAndCause(String error, String cause) {
        ObjectNode details = object();
        putIfPresent(details, "error", error);
        putIfPresent(details, "cause", cause);
        return details;
    }

    /** {@code resourceType} and {@code resource} of a service integration (other kinds have their own events). */
    static ObjectNode taskResource(TaskResource resource) {
        return object().put("resourceType", resource.resourceType()).put("resource", resource.resource());
    }

    static ObjectNode taskScheduled(
            TaskResource resource, String region, JsonNode parameters, Long timeoutSeconds, Long heartbeatSeconds) {
        ObjectNode details = taskResource(resource).put("region", region);
        details.put("parameters", jsonText(parameters));
        putIfPresent(details, "timeoutInSeconds", timeoutSeconds);
        putIfPresent(details, "heartbeatInSeconds", heartbeatSeconds);
        return details;
    }

    static ObjectNode taskOutput(TaskResource resource, JsonNode output) {
        return payload(taskResource(resource), "output", output);
    }

    static ObjectNode taskError(TaskResource resource, String error, String cause) {
        ObjectNode details = taskResource(resource);
        putIfPresent(details, "error", error);
        putIfPresent(details, "cause", cause);
        return details;
    }

    static ObjectNode scheduled(String resource, JsonNode input, Long timeoutSeconds, Long heartbeatSeconds) {
        ObjectNode details = object().put("resource", resource);
        payload(details, "input", input);
        putIfPresent(details, "timeoutInSeconds", timeoutSeconds);
        putIfPresent(details, "heartbeatInSeconds", heartbeatSeconds);
        return details;
    }

    static ObjectNode mapIteration(String mapStateName, int index) {
        return object().put("name", mapStateName).put("index", index);
    }

    static ObjectNode evaluationFailed(String error, String cause, String location, String state) {
        ObjectNode details = errorAndCause(error, cause);
        putIfPresent(details, "location", location);
        putIfPresent(details, "state", state);
        return details;
    }

    /** JSON text of a value as AWS writes it: compact, {@code null} for a missing value. */
    static String jsonText(JsonNode value) {
        return value == null ? "null" : JsonCodec.write(value);
    }

    private static ObjectNode payload(ObjectNode details, String field, JsonNode value) {
        return payloadText(details, field, jsonText(value));
    }

    private static ObjectNode payloadText(ObjectNode details, String field, String text) {
        details.put(field, text);
        details.putObject(field + "Details").put("truncated", false);
        return details;
    }

    private static void putIfPresent(ObjectNode details, String field, String value) {
        if (value != null) {
            details.put(field, value);
        }
    }

    private static void putIfPresent(ObjectNode details, String field, Long value) {
        if (value != null) {
            details.put(field, value.longValue());
        }
    }
}
