package io.github.sfnunit.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses the JSON texts that stubs are given ({@code thenReturn("{...}")}), remembering recent texts parsed with
 * Jackson's defaults ({@link JsonCodec}, no mapper built). Tests register the same literal texts again and again (a
 * fresh {@link TaskMocks} per test, and per execution in loops and benchmarks); parsing them anew was a quarter of the cost of a mocked
 * three-Task execution. Sharing the parsed value is safe because sfn-unit never mutates a {@link JsonNode} once
 * it is built (DESIGN.md: values are immutable), and the values a test reads back are documented as read-only.
 */
final class JsonTexts {

    /** The parser of every {@link TaskMocks} made without a mapper of the user's. */
    static final JsonTexts SHARED = new JsonTexts(null, true);

    /** Texts remembered at most: a bound on memory, cleared as a whole when reached (tests reuse few texts). */
    private static final int MAX_REMEMBERED = 1024;
    /** Longer texts are parsed each time: they are rare, and would make the memory bound large. */
    private static final int MAX_REMEMBERED_LENGTH = 4096;

    /** The user's mapper, or {@code null} for Jackson's defaults (the shared mapper binds objects, when asked). */
    private final ObjectMapper mapper;

    private final ConcurrentHashMap<String, JsonNode> remembered;

    private JsonTexts(ObjectMapper mapper, boolean remember) {
        this.mapper = mapper;
        this.remembered = remember ? new ConcurrentHashMap<>() : null;
    }

    /** A parser for a user's own mapper: its configuration decides, so nothing is shared with other mappers. */
    static JsonTexts of(ObjectMapper mapper) {
        return new JsonTexts(mapper, false);
    }

    /** {@code value} (not a {@link JsonNode} or text) as a tree, bound by the mapper. */
    JsonNode bind(Object value) {
        return mapper == null ? JsonCodec.toTree(value) : mapper.valueToTree(value);
    }

    /** {@code node} written and read again: the node classes that parsing gives (an int built in code is parsed). */
    JsonNode reparse(JsonNode node) throws JsonProcessingException {
        return read(JsonCodec.write(node));
    }

    JsonNode parse(String text) throws JsonProcessingException {
        if (remembered == null || text.length() > MAX_REMEMBERED_LENGTH) {
            return read(text);
        }
        JsonNode node = remembered.get(text);
        if (node == null) {
            node = read(text);
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(text, node);
        }
        return node;
    }

    private JsonNode read(String text) throws JsonProcessingException {
        return mapper == null ? JsonCodec.read(text) : mapper.readTree(text);
    }
}
