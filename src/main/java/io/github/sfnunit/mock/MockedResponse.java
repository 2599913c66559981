package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One entry of a mock configuration's {@code MockedResponses}: answers by invocation index, {@code "0"} for the
 * first call, {@code "1-2"} for the second and third.
 */
record MockedResponse(String name, List<Entry> entries) {

    /**
     * The answer for invocations {@code from} to {@code to} (inclusive): a {@code Return} value or a {@code Throw}
     * (whose {@code Error} and {@code Cause} may each be absent, as AWS allows a failure without them).
     */
    record Entry(String key, int from, int to, JsonNode returned, String error, String cause) {

        boolean isThrow() {
            return returned == null;
        }
    }

    MockedResponse {
        entries = List.copyOf(entries);
    }

    /** The entry for a 0-based invocation index, {@code null} when none covers it. */
    Entry entryFor(int invocationIndex) {
        for (Entry entry : entries) {
            if (invocationIndex >= entry.from() && invocationIndex <= entry.to()) {
                return entry;
            }
        }
        return null;
    }

    static MockedResponse parse(String name, JsonNode node, String pointer, String source) {
        MockConfigFile.object(node, pointer, source);
        List<Entry> entries = new ArrayList<>();
        node.properties().forEach(field -> {
            String entryPointer = pointer + "/" + MockConfigFile.escape(field.getKey());
            int[] range = range(field.getKey(), entryPointer, source);
            JsonNode answer = MockConfigFile.object(field.getValue(), entryPointer, source);
            boolean hasReturn = answer.has("Return");
            boolean hasThrow = answer.has("Throw");
            if (hasReturn == hasThrow || answer.size() != 1) {
                throw new IllegalArgumentException(source + " " + entryPointer
                        + ": expected exactly one of \"Return\" or \"Throw\", but found " + fieldNames(answer));
            }
            if (hasReturn) {
                entries.add(new Entry(field.getKey(), range[0], range[1], answer.get("Return"), null, null));
            } else {
                JsonNode thrown = MockConfigFile.object(answer.get("Throw"), entryPointer + "/Throw", source);
                entries.add(new Entry(
                        field.getKey(),
                        range[0],
                        range[1],
                        null,
                        thrown.has("Error") ? text(thrown, "Error", entryPointer + "/Throw/Error", source) : null,
                        thrown.has("Cause") ? text(thrown, "Cause", entryPointer + "/Throw/Cause", source) : null));
            }
        });
        entries.sort(Comparator.comparingInt(Entry::from));
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).from() <= entries.get(i - 1).to()) {
                throw new IllegalArgumentException(source + " " + pointer + ": invocation ranges \""
                        + entries.get(i - 1).key() + "\" and \""
                        + entries.get(i).key() + "\" overlap");
            }
        }
        return new MockedResponse(name, entries);
    }

    private static int[] range(String key, String pointer, String source) {
        String[] parts = key.split("-", -1);
        try {
            if (parts.length == 1) {
                int index = Integer.parseInt(parts[0].trim());
                if (index >= 0) {
                    return new int[] {index, index};
                }
            } else if (parts.length == 2) {
                int from = Integer.parseInt(parts[0].trim());
                int to = Integer.parseInt(parts[1].trim());
                if (from >= 0 && to >= from) {
                    return new int[] {from, to};
                }
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the expected form
        }
        throw new IllegalArgumentException(source + " " + pointer + ": expected an invocation index \"0\" or a range"
                + " \"1-2\" (0-based, ascending), but was \"" + key + "\"");
    }

    private static String text(JsonNode node, String field, String pointer, String source) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(source + " " + pointer + ": expected a string, but was "
                    + (value == null ? "missing" : value.getNodeType()));
        }
        return value.asText();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
