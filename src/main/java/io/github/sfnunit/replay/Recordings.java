package io.github.sfnunit.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnunit.asl.internal.JsonCodec;

/**
 * Reads the fields of recorded event details in either shape: AWS's (payloads as JSON text) and the normalised one
 * (payloads as JSON values, a JSON cause stored parsed).
 */
final class Recordings {

    private Recordings() {}

    /** A payload ({@code input}, {@code output}) as a value: JSON text is decoded, a value taken as it is. */
    static JsonNode payload(JsonNode details, String field) {
        JsonNode value = details == null ? null : details.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? decoded(value.textValue()) : value;
    }

    /** The JSON value a text holds, or the text itself when it is not JSON. */
    static JsonNode decoded(String text) {
        try {
            JsonNode parsed = JsonCodec.read(text);
            return parsed == null || parsed.isMissingNode() ? JsonNodeFactory.instance.textNode(text) : parsed;
        } catch (Exception notJson) {
            return JsonNodeFactory.instance.textNode(text);
        }
    }

    /** A text field ({@code error}, {@code cause}, {@code name}); a value stored parsed comes back as its JSON text. */
    static String text(JsonNode details, String field) {
        JsonNode value = details == null ? null : details.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.textValue() : JsonCodec.write(value);
    }

    static Long number(JsonNode details, String field) {
        JsonNode value = details == null ? null : details.get(field);
        return value == null || !value.canConvertToLong() ? null : value.asLong();
    }

    /** Whether the details say AWS cut the payload ({@code inputDetails}/{@code outputDetails}). */
    static boolean truncated(JsonNode details) {
        if (details == null) {
            return false;
        }
        return details.path("inputDetails").path("truncated").asBoolean(false)
                || details.path("outputDetails").path("truncated").asBoolean(false);
    }
}
