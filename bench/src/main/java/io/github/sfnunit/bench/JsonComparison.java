package io.github.sfnunit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two JSON values as JSON: object keys in any order, numbers by value ({@code 112} equals {@code
 * 112.0}, as both runtimes print whichever they hold), everything else exactly.
 */
final class JsonComparison {

    private JsonComparison() {}

    /** The JSON Pointer of the first difference and what each side holds there, or empty when they are equal. */
    static Optional<String> firstDifference(JsonNode expected, JsonNode actual) {
        return differenceAt("", expected, actual);
    }

    private static Optional<String> differenceAt(String pointer, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    ? Optional.empty()
                    : mismatch(pointer, expected, actual);
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return mismatch(pointer, expected, actual);
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return Optional.of(pointerOrRoot(pointer) + ": " + expected.size() + " elements expected, "
                        + actual.size() + " found");
            }
            for (int i = 0; i < expected.size(); i++) {
                Optional<String> difference = differenceAt(pointer + "/" + i, expected.get(i), actual.get(i));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return Optional.empty();
        }
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (!actual.has(field.getKey())) {
                    return Optional.of(child + ": missing, expected " + field.getValue());
                }
                Optional<String> difference = differenceAt(child, field.getValue(), actual.get(field.getKey()));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!expected.has(name)) {
                    return Optional.of(pointer + "/" + name + ": unexpected field " + actual.get(name));
                }
            }
            return Optional.empty();
        }
        return expected.equals(actual) ? Optional.empty() : mismatch(pointer, expected, actual);
    }

    private static Optional<String> mismatch(String pointer, JsonNode expected, JsonNode actual) {
        return Optional.of(
                pointerOrRoot(pointer) + ": expected " + abbreviate(expected) + " but was " + abbreviate(actual));
    }

    private static String pointerOrRoot(String pointer) {
        return pointer.isEmpty() ? "(root)" : pointer;
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
