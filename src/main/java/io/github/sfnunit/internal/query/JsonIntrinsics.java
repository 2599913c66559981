package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;

/** {@code States.StringToJson}, {@code States.JsonToString}, {@code States.JsonMerge}. */
final class JsonIntrinsics {

    private JsonIntrinsics() {}

    static JsonNode stringToJson(IntrinsicInvocation call) {
        String text = call.string(0);
        if (text.isBlank()) {
            // AWS returns null for an empty or blank string rather than failing.
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return JsonCodec.read(text); // one value: trailing text is an error
        } catch (JsonProcessingException e) {
            throw call.failure("the string is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static JsonNode jsonToString(IntrinsicInvocation call) {
        return JsonNodeFactory.instance.textNode(JsonCodec.write(call.value(0)));
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
