package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.internal.query.StatesException;
import java.nio.charset.StandardCharsets;

/** AWS's 256 KiB limit on the payloads passed between states, as UTF-8 JSON text. */
public final class PayloadLimit {

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
        // A UTF-16 unit is at most 3 UTF-8 bytes: short texts cannot exceed the limit and need no encoding.
        String text = value.toString();
        if (text.length() <= MAX_BYTES / 3) {
            return false;
        }
        return text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
