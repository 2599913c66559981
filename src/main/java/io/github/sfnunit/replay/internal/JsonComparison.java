package io.github.sfnunit.replay.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.Iterator;
import java.util.TreeSet;

/**
 * Structural JSON equality as the conformance README defines it: objects unordered, arrays ordered, numbers by
 * value ({@code 1 == 1.0}, but {@code true != 1}), strings exact. Reports the first difference with its JSON
 * Pointer. Also the benchmark's check that sfn-unit and the peer produce the same outputs.
 */
public final class JsonComparison {

    private JsonComparison() {}

    /**
     * The first difference as {@code "/pointer: message"}, or {@code null} when equal.
     *
     * @param pointer where {@code expected} and {@code actual} sit, {@code ""} for whole documents
     */
    public static String firstDifference(JsonNode expected, JsonNode actual, String pointer) {
        String at = pointer.isEmpty() ? "/" : pointer;
        if (expected == null || expected.isMissingNode()) {
            return actual == null || actual.isMissingNode() ? null : at + ": unexpected value " + shortText(actual);
        }
        if (actual == null || actual.isMissingNode()) {
            return at + ": expected " + shortText(expected) + ", missing in actual";
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    ? null
                    : at + ": expected " + shortText(expected) + ", got " + shortText(actual);
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return at + ": expected " + shortText(expected) + ", got " + shortText(actual);
        }
        if (expected.isArray()) {
            int common = Math.min(expected.size(), actual.size());
            for (int i = 0; i < common; i++) {
                String difference = firstDifference(expected.get(i), actual.get(i), pointer + "/" + i);
                if (difference != null) {
                    return difference;
                }
            }
            if (expected.size() != actual.size()) {
                return pointer + "/" + common + ": array length: expected " + expected.size() + ", got "
                        + actual.size();
            }
            return null;
        }
        if (expected.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            for (Iterator<String> it = keys.iterator(); it.hasNext(); ) {
                String key = it.next();
                String difference = firstDifference(expected.get(key), actual.get(key), pointer + "/" + escape(key));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : at + ": expected " + shortText(expected) + ", got " + shortText(actual);
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    static String shortText(JsonNode value) {
        String text = JsonCodec.write(value);
        return text.length() <= 80 ? text : text.substring(0, 79) + "\u2026";
    }
}
