package io.github.sfnunit.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The JSON of AWS JSON 1.0 responses: timestamps as epoch seconds with a millisecond fraction. */
final class Wire {

    static final ObjectMapper JSON = JsonCodec.mapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Wire() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static BigDecimal time(Instant instant) {
        return BigDecimal.valueOf(instant.truncatedTo(ChronoUnit.MILLIS).toEpochMilli(), 3);
    }

    static ArrayNode tags(Map<String, String> tags) {
        ArrayNode array = NODES.arrayNode();
        tags.forEach((key, value) -> array.addObject().put("key", key).put("value", value));
        return array;
    }
}
