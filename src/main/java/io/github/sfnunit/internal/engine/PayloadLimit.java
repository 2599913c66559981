package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.internal.query.StatesException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/** AWS's 256 KiB limit on the payloads passed between states, as UTF-8 JSON text. */
final class PayloadLimit {

    /** 256 KiB. */
    public static final int MAX_BYTES = 256 * 1024;

    private PayloadLimit() {}

    /** Fails with {@code States.DataLimitExceeded} when a state's output is larger than AWS allows. */
    public static void checkStateResult(JsonNode output, String stateName) {
        if (exceeds(output)) {
            throw new StatesException(ErrorNames.DATA_LIMIT_EXCEEDED, causeFor(stateName));
        }
    }

    /** AWS's cause for a result too large, naming the state (or the task's resource). */
    public static String causeFor(String name) {
        return "The state/task '" + name
                + "' returned a result with a size exceeding the maximum number of bytes service limit.";
    }

    /** Whether {@code value}'s JSON text is larger than {@link #MAX_BYTES}. */
    public static boolean exceeds(JsonNode value) {
        if (value == null) {
            return false;
        }
        // Every state's output is checked: serializing it each time made the check O(payload) in text building
        // per transition. A walk bounding the size from above settles almost every payload without a string.
        if (upperBound(value, MAX_BYTES) <= MAX_BYTES) {
            return false;
        }
        // A UTF-16 unit is at most 3 UTF-8 bytes: short texts cannot exceed the limit and need no encoding.
        String text = value.toString();
        if (text.length() <= MAX_BYTES / 3) {
            return false;
        }
        return text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /**
     * A bound from above on the UTF-8 length of {@code node}'s JSON text, or any number above {@code budget} as
     * soon as the bound passes it (then exactly {@code budget + 1}). A UTF-16 unit takes at most 6 bytes (a {@code \\u0000} escape), a number at most
     * its plain text.
     */
    private static long upperBound(JsonNode node, long budget) {
        switch (node.getNodeType()) {
            case STRING:
                return 6L * node.textValue().length() + 2;
            case NUMBER:
                if (node.isInt() || node.isShort()) {
                    return 11;
                }
                return node.isBigDecimal() || node.isBigInteger()
                        ? node.asText().length()
                        : 25;
            case BOOLEAN:
            case NULL:
            case MISSING:
                return 5;
            case ARRAY: {
                long size = 2;
                for (JsonNode element : node) {
                    size += upperBound(element, budget - size) + 1;
                    if (size > budget) {
                        return budget + 1;
                    }
                }
                return size;
            }
            case OBJECT: {
                long size = 2;
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    size += 6L * field.getKey().length() + 4;
                    size += upperBound(field.getValue(), budget - size);
                    if (size > budget) {
                        return budget + 1;
                    }
                }
                return size;
            }
            default:
                // Binary and POJO nodes: no cheap bound, let the exact check decide.
                return budget + 1;
        }
    }
}
