package io.github.sfnunit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnunit.asl.JsonDepth;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.internal.engine.PayloadLimit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * What a test passes as an execution's input or a task's callback output, read as JSON and checked: not empty,
 * at most {@link JsonDepth#MAX_DEPTH} levels deep, every number finite, every text valid Unicode (no lone
 * surrogate), and, for an execution's input, at most AWS's 256 KiB. Nothing is silently changed: what cannot be
 * kept as written is refused, naming the place.
 */
final class JsonInputs {

    /** One JSON value, at most {@link JsonDepth#MAX_DEPTH} levels deep. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(JsonDepth.MAX_DEPTH)
                    .build())
            .build();

    private JsonInputs() {}

    /**
     * @param value a JSON text, a {@link JsonNode}, {@code null} (AWS's default {@code {}}), or an object Jackson
     *     maps
     * @param what "The input", "The task output": the subject of messages
     * @throws IllegalArgumentException naming what is wrong and where
     */
    static JsonNode read(Object value, String what) {
        if (value == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode node;
        if (value instanceof JsonNode given) {
            node = given;
        } else if (value instanceof String text) {
            node = parse(text, what);
        } else {
            try {
                node = JsonCodec.toTree(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(what + " cannot be converted to JSON: " + e.getMessage(), e);
            }
        }
        check(node, what);
        return node;
    }

    /**
     * An execution's input: also at most AWS's 256 KiB, as StartExecution enforces. (An execution started from a
     * {@link StateMachine} checks the size with its own payload limit instead: {@link RunningExecution}.)
     */
    static JsonNode readExecutionInput(Object value) {
        JsonNode input = read(value, "The input");
        if (PayloadLimit.exceeds(input)) {
            throw inputTooLarge(input);
        }
        return input;
    }

    /** StartExecution's error for an input larger than 256 KiB. */
    static IllegalArgumentException inputTooLarge(JsonNode input) {
        int bytes = JsonCodec.write(input).getBytes(StandardCharsets.UTF_8).length;
        return new IllegalArgumentException("1 validation error detected: Value at 'input' failed to satisfy"
                + " constraint: Member must have length less than or equal to " + PayloadLimit.MAX_BYTES
                + " (the input is " + bytes + " bytes of UTF-8 JSON; AWS's StartExecution limit is 256 KiB)");
    }

    private static JsonNode parse(String text, String what) {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (json.isBlank()) {
            throw new IllegalArgumentException(what + " is empty, which is not JSON: pass \"{}\" (or null, AWS's"
                    + " default) for an empty object");
        }
        try {
            return JsonCodec.read(JSON, json);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.contains("nesting depth")) {
                throw new IllegalArgumentException(JsonDepth.tooDeep(what), e);
            }
            throw new IllegalArgumentException(
                    what + " is not valid JSON: " + message + location(e) + " in: " + abbreviate(json), e);
        }
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    /**
     * Depth, finite numbers and whole surrogate pairs. Every execution's input passes here, so a walk that builds
     * nothing settles it; only a value that fails it is walked again, with JSON Pointers, for the message.
     */
    private static void check(JsonNode root, String what) {
        if (!isValid(root, root.isContainerNode() ? 1 : 0)) {
            describeViolation(root, what);
        }
    }

    /** Whether {@code node}, at {@code depth}, passes every check of {@link #describeViolation}. */
    private static boolean isValid(JsonNode node, int depth) {
        if (depth > JsonDepth.MAX_DEPTH) {
            return false;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields =
                            node.properties().iterator();
                    fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (!isWholeUnicode(field.getKey()) || !isValid(value, value.isContainerNode() ? depth + 1 : depth)) {
                    return false;
                }
            }
            return true;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                if (!isValid(element, element.isContainerNode() ? depth + 1 : depth)) {
                    return false;
                }
            }
            return true;
        }
        if (node.isFloatingPointNumber()) {
            return Double.isFinite(node.doubleValue());
        }
        return !node.isTextual() || isWholeUnicode(node.textValue());
    }

    private static boolean isWholeUnicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Throws the message for the first violation, naming its place; in one iterative walk. */
    private static void describeViolation(JsonNode root, String what) {
        Deque<JsonNode> nodes = new ArrayDeque<>();
        Deque<String> pointers = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        pointers.push("");
        depths.push(root.isContainerNode() ? 1 : 0);
        while (!nodes.isEmpty()) {
            JsonNode node = nodes.pop();
            String pointer = pointers.pop();
            int depth = depths.pop();
            if (depth > JsonDepth.MAX_DEPTH) {
                throw new IllegalArgumentException(JsonDepth.tooDeep(what));
            }
            if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    push(nodes, pointers, depths, node.get(i), pointer + "/" + i, depth);
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fields =
                                node.properties().iterator();
                        fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    checkText(field.getKey(), pointer, what, "a key");
                    String child =
                            pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                    push(nodes, pointers, depths, field.getValue(), child, depth);
                }
            } else if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
                throw new IllegalArgumentException(what + " holds a number beyond the range of a 64-bit float at '"
                        + pointer + "', which would become \"" + node.doubleValue()
                        + "\": write it as a string, or as a smaller number");
            } else if (node.isTextual()) {
                checkText(node.textValue(), pointer, what, "a text");
            }
        }
    }

    private static void push(
            Deque<JsonNode> nodes,
            Deque<String> pointers,
            Deque<Integer> depths,
            JsonNode child,
            String pointer,
            int depth) {
        nodes.push(child);
        pointers.push(pointer);
        depths.push(child.isContainerNode() ? depth + 1 : depth);
    }

    private static void checkText(String text, String pointer, String what, String kind) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(what + " holds " + kind + " with a lone UTF-16 surrogate (\\u"
                        + String.format("%04x", (int) c) + ") at '" + pointer + "', index " + i
                        + ": it cannot be written as UTF-8; AWS accepts only valid Unicode");
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
