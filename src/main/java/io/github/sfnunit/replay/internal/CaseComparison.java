package io.github.sfnunit.replay.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares a runner result ({@code {"status", "output", "error", "cause", "states"}}) with a case's {@code
 * expected.json}, by the rules of the corpus README (the same as {@code check.py}).
 */
public final class CaseComparison {

    /** The verdict: {@code outcome} when status/output/error/cause match, {@code full} when the states do too. */
    public record Verdict(boolean outcome, boolean full, String reason) {}

    private CaseComparison() {}

    public static Verdict compare(JsonNode expected, JsonNode actual, String kind) {
        String expectedStatus = expected.path("status").asText();
        String actualStatus = actual.path("status").asText(null);
        if (!expectedStatus.equals(actualStatus)) {
            String detail = "";
            if ("SUCCEEDED".equals(actualStatus)) {
                detail = " (output " + JsonComparison.shortText(actual.path("output")) + ")";
            } else if (actual.hasNonNull("error") || actual.hasNonNull("cause")) {
                detail = " (" + actual.path("error") + ": " + JsonComparison.shortText(actual.path("cause")) + ")";
            }
            return new Verdict(false, false, "status: expected " + expectedStatus + ", got " + actualStatus + detail);
        }
        JsonNode compare = expected.path("compare");
        ObjectNode expectedDoc = JsonNodeFactory.instance.objectNode();
        ObjectNode actualDoc = JsonNodeFactory.instance.objectNode();
        if ("SUCCEEDED".equals(expectedStatus)) {
            expectedDoc.set("output", expected.get("output").deepCopy());
            if (actual.has("output")) {
                actualDoc.set("output", actual.get("output").deepCopy());
            }
        } else if ("FAILED".equals(expectedStatus)) {
            expectedDoc.set("error", orNull(expected.get("error")));
            expectedDoc.set("cause", orNull(expected.get("cause")).deepCopy());
            actualDoc.set("error", orNull(actual.get("error")));
            JsonNode cause = orNull(actual.get("cause"));
            if (expected.path("causeIsJson").asBoolean(false) && cause.isTextual()) {
                try {
                    cause = JsonCodec.read(cause.textValue());
                } catch (Exception e) {
                    // compared as text, and reported as a difference below
                }
            }
            actualDoc.set("cause", cause);
        }
        Set<String> dropKeys = new HashSet<>();
        compare.path("ignoreKeysAnywhere").forEach(k -> dropKeys.add(k.asText()));
        if (!dropKeys.isEmpty()) {
            dropKeysAnywhere(expectedDoc, dropKeys);
            dropKeysAnywhere(actualDoc, dropKeys);
        }
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        compare.path("patterns").properties().iterator();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String pointer = entry.getKey();
            if (expectedDoc.at(pointer).isMissingNode()) {
                continue;
            }
            JsonNode value = actualDoc.at(pointer);
            if (value.isMissingNode()) {
                problems.add(pointer + ": missing in actual (pattern "
                        + entry.getValue().asText() + ")");
            } else {
                String text = value.isTextual() ? value.textValue() : JsonCodec.write(value);
                if (!Pattern.compile(entry.getValue().asText(), Pattern.DOTALL)
                        .matcher(text)
                        .matches()) {
                    problems.add(pointer + ": " + JsonComparison.shortText(value) + " does not match pattern "
                            + entry.getValue().asText());
                }
            }
            remove(expectedDoc, pointer);
            remove(actualDoc, pointer);
        }
        for (JsonNode ignored : compare.path("ignore")) {
            String pointer = ignored.asText();
            if (pointer.isEmpty()) {
                expectedDoc.removeAll();
                actualDoc.removeAll();
                continue;
            }
            if (expectedDoc.at(pointer).isMissingNode()) {
                continue;
            }
            remove(expectedDoc, pointer);
            remove(actualDoc, pointer);
        }
        String difference = JsonComparison.firstDifference(expectedDoc, actualDoc, "");
        if (difference != null) {
            problems.add(difference);
        }
        if (!problems.isEmpty()) {
            return new Verdict(false, false, firstByField(problems));
        }
        JsonNode expectedStates = expected.get("states");
        if (expectedStates != null
                && !expectedStates.isNull()
                && actual.has("states")
                && !"invalid-definition".equals(kind)) {
            String statesDifference = statesDifference(
                    expectedStates,
                    actual.get("states"),
                    expected.path("statesOrdered").asBoolean(true));
            if (statesDifference != null) {
                return new Verdict(true, false, statesDifference);
            }
        }
        return new Verdict(true, true, null);
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? JsonNodeFactory.instance.nullNode() : node;
    }

    /** The error is reported before the cause, the output first, as check.py does. */
    private static String firstByField(List<String> problems) {
        for (String field : List.of("/output", "/error", "/cause")) {
            for (String problem : problems) {
                if (problem.startsWith(field)) {
                    return problem;
                }
            }
        }
        return problems.get(0);
    }

    private static String statesDifference(JsonNode expected, JsonNode actual, boolean ordered) {
        List<String> want = texts(expected);
        List<String> got = texts(actual);
        if (ordered) {
            for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
                if (!want.get(i).equals(got.get(i))) {
                    return "states[" + i + "]: expected " + want.get(i) + ", got " + got.get(i);
                }
            }
            return want.size() == got.size()
                    ? null
                    : "states: expected " + want.size() + " entered, got " + got.size() + " (expected " + want
                            + ", got " + got + ")";
        }
        Map<String, Integer> counts = new HashMap<>();
        want.forEach(s -> counts.merge(s, 1, Integer::sum));
        got.forEach(s -> counts.merge(s, -1, Integer::sum));
        return counts.values().stream().allMatch(c -> c == 0) ? null : "states (multiset) differ: " + counts;
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static void dropKeysAnywhere(JsonNode node, Set<String> keys) {
        if (node instanceof ObjectNode object) {
            object.remove(keys);
            object.forEach(child -> dropKeysAnywhere(child, keys));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> dropKeysAnywhere(child, keys));
        }
    }

    /** Drops the value at {@code pointer}: an object member is removed, an array element blanked. */
    private static void remove(ObjectNode document, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = document.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array && last.matches("\\d+") && Integer.parseInt(last) < array.size()) {
            array.set(Integer.parseInt(last), MissingNode.getInstance());
        }
    }
}
