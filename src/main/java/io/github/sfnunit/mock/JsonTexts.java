package io.github.sfnunit.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses the JSON texts that stubs are given ({@code thenReturn("{...}")}), remembering recent texts parsed with
 * the shared default mapper. Tests register the same literal texts again and again (a fresh {@link TaskMocks} per
 * test, and per execution in loops and benchmarks); parsing them anew was a quarter of the cost of a mocked
 * three-Task execution. Sharing the parsed value is safe because sfn-unit never mutates a {@link JsonNode} once
 * it is built (DESIGN.md: values are immutable), and the values a test reads back are documented as read-only.
 */
final class JsonTexts {

    /** The parser of every {@link TaskMocks} made with the default mapper. */
    static final JsonTexts SHARED = new JsonTexts(new ObjectMapper(), true);

    /** Texts remembered at most: a bound on memory, cleared as a whole when reached (tests reuse few texts). */
    private static final int MAX_REMEMBERED = 1024;
    /** Longer texts are parsed each time: they are rare, and would make the memory bound large. */
    private static final int MAX_REMEMBERED_LENGTH = 4096;

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

    ObjectMapper mapper() {
        return mapper;
    }

    JsonNode parse(String text) throws JsonProcessingException {
        if (remembered == null || text.length() > MAX_REMEMBERED_LENGTH) {
            return mapper.readTree(text);
        }
        JsonNode node = remembered.get(text);
        if (node == null) {
            node = mapper.readTree(text);
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(text, node);
        }
        return node;
    }
}
