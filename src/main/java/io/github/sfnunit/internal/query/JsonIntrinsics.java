package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code States.StringToJson}, {@code States.JsonToString}, {@code States.JsonMerge}. */
final class JsonIntrinsics {

    /** Immutable after construction; used only to parse text. Trailing text after the value is an error. */
    private static final ObjectMapper PARSER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonIntrinsics() {}

    static JsonNode stringToJson(IntrinsicInvocation call) {
        String text = call.string(0);
        if (text.isBlank()) {
            // AWS returns null for an empty or blank string rather than failing.
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return PARSER.readTree(text);
        } catch (JsonProcessingException e) {
            throw call.failure("the string is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static JsonNode jsonToString(IntrinsicInvocation call) {
        return JsonNodeFactory.instance.textNode(call.value(0).toString());
    }

    static JsonNode merge(IntrinsicInvocation call) {
        ObjectNode first = call.object(0);
        ObjectNode second = call.object(1);
        if (call.bool(2)) {
            throw call.failure("deep merging is not supported; the third argument must be false");
        }
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        merged.setAll(first);
        merged.setAll(second);
        return merged;
    }
}
