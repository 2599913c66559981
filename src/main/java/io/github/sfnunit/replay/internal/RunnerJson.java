package io.github.sfnunit.replay.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.history.HistoryJson;

/**
 * An execution as the conformance runner contract prints it: {@code {"status", "output", "error", "cause",
 * "states": [names entered, in order], "history": [...]}}.
 */
public final class RunnerJson {

    private RunnerJson() {}

    public static ObjectNode of(Execution execution, boolean withHistory) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("status", execution.status().name());
        if (execution.status() == ExecutionStatus.SUCCEEDED) {
            json.set("output", execution.output());
        }
        json.put("error", execution.error());
        json.put("cause", execution.cause());
        ArrayNode states = json.putArray("states");
        execution.statesEntered().forEach(states::add);
        if (withHistory) {
            json.set(
                    "history",
                    HistoryJson.toJson(execution.history(), HistoryJson.TimestampStyle.CLI)
                            .get("events"));
        }
        return json;
    }

    /** An execution that could not run: {@code status} is {@code UNSUPPORTED} or {@code ERROR}. */
    public static ObjectNode notRun(String status, String error, String cause) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("status", status);
        json.put("error", error);
        json.put("cause", cause);
        return json;
    }

    /** A definition AWS would refuse to create. */
    public static ObjectNode rejected(String message) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("status", "DEFINITION_REJECTED");
        json.put("error", "InvalidDefinition");
        json.put("cause", message);
        return json;
    }
}
