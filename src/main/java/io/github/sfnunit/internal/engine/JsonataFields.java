package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.State;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a JSONata state, other than its data flow, that may hold a {@code {% %}} expression, by the name
 * AWS uses for them in messages.
 */
final class JsonataFields {

    private JsonataFields() {}

    /** The state's expression-capable fields that are set, by AWS's field name. */
    static Map<String, JsonNode> of(State state) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (state instanceof State.Task task) {
            put(fields, "TimeoutSeconds", task.timeoutSeconds());
            put(fields, "HeartbeatSeconds", task.heartbeatSeconds());
            put(fields, "Credentials", task.credentials());
        } else if (state instanceof State.Wait wait) {
            put(fields, "Seconds", wait.seconds());
            put(fields, "Timestamp", wait.timestamp());
        } else if (state instanceof State.Fail fail) {
            put(fields, "Error", fail.error());
            put(fields, "Cause", fail.cause());
        } else if (state instanceof State.Map map) {
            put(fields, "Items", map.items());
            put(fields, "ItemSelector", map.itemSelector());
            put(fields, "MaxConcurrency", map.maxConcurrency());
            put(fields, "ToleratedFailurePercentage", map.toleratedFailurePercentage());
            put(fields, "ToleratedFailureCount", map.toleratedFailureCount());
        }
        return fields;
    }

    private static void put(Map<String, JsonNode> fields, String name, JsonNode value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    /** AWS's JSONata name for a field the engine names in its JSONPath form ({@code TimeoutSecondsPath}). */
    static String jsonataName(String field) {
        return switch (field) {
            case "ErrorPath" -> "Error";
            case "CausePath" -> "Cause";
            default -> field.endsWith("Path") ? field.substring(0, field.length() - "Path".length()) : field;
        };
    }
}
