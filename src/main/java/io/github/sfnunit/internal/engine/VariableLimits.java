package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.internal.query.StatesException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * AWS's size limits on workflow variables, measured as UTF-8 JSON text: one variable at most 256 KiB, all the
 * values of one {@code Assign} together at most 256 KiB, and all the variables an execution holds at most 10
 * MiB. Exceeding one fails the state with {@code States.DataLimitExceeded}.
 */
final class VariableLimits {

    static final long MAX_VARIABLE_BYTES = 256 * 1024;
    static final long MAX_ASSIGN_BYTES = 256 * 1024;
    static final long MAX_TOTAL_BYTES = 10 * 1024 * 1024;

    private VariableLimits() {}

    /**
     * Checks the assignments a state is about to make.
     *
     * @param variables the variables before the assignments (a fiber sees its parents' too)
     */
    static void check(Map<String, JsonNode> assignments, FiberVariables variables, String stateName) {
        if (assignments.isEmpty()) {
            return;
        }
        Map<String, JsonNode> visible = variables.snapshot();
        long assigned = 0;
        for (Map.Entry<String, JsonNode> entry : assignments.entrySet()) {
            long size = size(entry.getValue());
            if (size > MAX_VARIABLE_BYTES) {
                throw exceeded("The variable '" + entry.getKey() + "' assigned in state '" + stateName + "' is " + size
                        + " bytes; a variable can hold at most " + MAX_VARIABLE_BYTES + " bytes.");
            }
            assigned += size;
        }
        if (assigned > MAX_ASSIGN_BYTES) {
            throw exceeded("The Assign field of state '" + stateName + "' assigns " + assigned
                    + " bytes; one Assign can assign at most " + MAX_ASSIGN_BYTES + " bytes.");
        }
        long total = assigned;
        for (Map.Entry<String, JsonNode> entry : visible.entrySet()) {
            if (!assignments.containsKey(entry.getKey())) {
                total += size(entry.getValue());
            }
        }
        if (total > MAX_TOTAL_BYTES) {
            throw exceeded("After state '" + stateName + "' the variables would hold " + total
                    + " bytes; an execution can hold at most " + MAX_TOTAL_BYTES + " bytes of variables.");
        }
    }

    private static long size(JsonNode value) {
        String text = JsonCodec.write(value);
        // A UTF-16 unit is at most 3 UTF-8 bytes: a short text needs no encoding to be measured safely.
        return text.length() * 3L <= MAX_VARIABLE_BYTES ? text.length() : text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static StatesException exceeded(String cause) {
        return new StatesException(ErrorNames.DATA_LIMIT_EXCEEDED, cause);
    }
}
