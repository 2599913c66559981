package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** Small facts about JSON values and JSON Pointers used in messages. */
final class Json {

    private Json() {}

    /** {@code pointer} extended by one object key, escaped as RFC 6901 requires. */
    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** {@code pointer} extended by one array index. */
    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** "a string", "a number", ... for messages. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True for a string of the form {@code {% expression %}}. */
    static boolean isJsonata(JsonNode node) {
        return node != null && node.isTextual() && isJsonata(node.textValue());
    }

    static boolean isJsonata(String text) {
        return text.length() >= 4 && text.startsWith("{%") && text.endsWith("%}");
    }

    /** The expression between {@code {%} and {@code %}}. */
    static String jsonataBody(String text) {
        return text.substring(2, text.length() - 2);
    }
}
