package io.github.sfnunit.assertions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.asl.internal.PathStep;
import io.github.sfnunit.asl.internal.PathSyntax;
import io.github.sfnunit.asl.internal.QuietSlf4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON as the assertions need it: parsing what a test wrote, comparing with JSON semantics (numbers by value,
 * object members in any order), listing differences by JSON Pointer, and reading a JSONPath.
 */
final class JsonValues {

    /** Differences listed in a message before the rest is summarised. */
    static final int MAX_DIFFERENCES = 10;

    private JsonValues() {}

    /** Jayway's configuration, built when a test first reads a JSONPath (most never do). Thread-safe, never changed. */
    private static final class JsonPaths {
        static {
            QuietSlf4j.initialize(); // before json-path's first class loads: it logs through SLF4J
        }

        static final Configuration CONFIGURATION = Configuration.builder()
                .jsonProvider(new JacksonJsonNodeJsonProvider(JsonCodec.mapper()))
                .mappingProvider(new JacksonMappingProvider(JsonCodec.mapper()))
                .build();
    }

    /** Parses JSON text a test wrote; {@code what} names the argument in the error. */
    static JsonNode parse(String json, String what) {
        if (json == null) {
            throw new IllegalArgumentException(what + " must not be null; pass \"null\" for the JSON null value");
        }
        try {
            return JsonCodec.read(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    what + " is not valid JSON: " + e.getOriginalMessage() + "\n  " + json, e);
        }
    }

    /** Any value Jackson can map (String, Number, Boolean, Map, List, a record, a JsonNode) as a JSON tree. */
    static JsonNode toTree(Object value) {
        return JsonCodec.toTree(value);
    }

    /** Pretty-printed JSON, {@code <none>} for a missing value. */
    static String pretty(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "<none>";
        }
        return JsonCodec.writePretty(node);
    }

    /** Single-line JSON, {@code <none>} for a missing value. */
    static String compact(JsonNode node) {
        return node == null || node.isMissingNode() ? "<none>" : JsonCodec.write(node);
    }

    /**
     * The value at a JSONPath, or a {@link MissingNode} when the path selects nothing. A plain path ({@code $},
     * {@code $.a.b}, {@code $['a b'][0]}) is walked directly, as the engine reads it: an index past the end of an
     * array selects nothing (Jayway would answer {@code null} for a last step). Any other path is Jayway's, loaded
     * only then.
     *
     * @throws IllegalArgumentException when the path is not valid JSONPath
     */
    static JsonNode read(JsonNode document, String path) {
        List<PathStep> steps = plainSteps(path);
        if (steps != null) {
            JsonNode node = document;
            for (int k = 0; k < steps.size() && node != null; k++) {
                node = steps.get(k).select(node);
            }
            return node == null ? MissingNode.getInstance() : node;
        }
        try {
            JsonNode value =
                    JsonPath.using(JsonPaths.CONFIGURATION).parse(document).read(path);
            return value == null ? MissingNode.getInstance() : value;
        } catch (PathNotFoundException e) {
            return MissingNode.getInstance();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("\"" + path + "\" is not a valid JSONPath: " + e.getMessage(), e);
        }
    }

    /** The steps of a {@code $}-rooted plain path, or {@code null} for a path Jayway reads. */
    private static List<PathStep> plainSteps(String path) {
        return path.startsWith("$") ? PathSyntax.plainSteps(path.substring(1)) : null;
    }

    /** Whether two values are equal as JSON: numbers by value (1 equals 1.0), object members in any order. */
    static boolean equivalent(JsonNode expected, JsonNode actual) {
        return differences(expected, actual).isEmpty();
    }

    /** The differences of {@code actual} from {@code expected}, each as "JSON Pointer: what differs". */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> found = new ArrayList<>();
        collect("", expected, actual, found);
        return found;
    }

    private static void collect(String pointer, JsonNode expected, JsonNode actual, List<String> found) {
        String at = pointer.isEmpty() ? "/" : pointer;
        if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                found.add(at + ": expected " + JsonCodec.write(expected) + " but was " + JsonCodec.write(actual));
            }
        } else if (expected.isObject() && actual.isObject()) {
            for (Map.Entry<String, JsonNode> member : expected.properties()) {
                String child = pointer + "/" + escape(member.getKey());
                JsonNode other = actual.get(member.getKey());
                if (other == null) {
                    found.add(child + ": missing, expected " + member.getValue());
                } else {
                    collect(child, member.getValue(), other, found);
                }
            }
            for (Map.Entry<String, JsonNode> member : actual.properties()) {
                if (!expected.has(member.getKey())) {
                    found.add(pointer + "/" + escape(member.getKey()) + ": unexpected " + member.getValue());
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            int common = Math.min(expected.size(), actual.size());
            for (int i = 0; i < common; i++) {
                collect(pointer + "/" + i, expected.get(i), actual.get(i), found);
            }
            for (int i = common; i < expected.size(); i++) {
                found.add(pointer + "/" + i + ": missing, expected " + expected.get(i));
            }
            for (int i = common; i < actual.size(); i++) {
                found.add(pointer + "/" + i + ": unexpected " + actual.get(i));
            }
        } else if (!expected.equals(actual)) {
            found.add(at + ": expected " + JsonCodec.write(expected) + " but was " + JsonCodec.write(actual));
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** The differences as message lines, at most {@link #MAX_DIFFERENCES} of them. */
    static String differenceLines(List<String> differences) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(differences.size(), MAX_DIFFERENCES);
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? "" : System.lineSeparator()).append("  ").append(differences.get(i));
        }
        if (differences.size() > shown) {
            text.append(System.lineSeparator())
                    .append("  ... and ")
                    .append(differences.size() - shown)
                    .append(" more");
        }
        return text.toString();
    }
}
