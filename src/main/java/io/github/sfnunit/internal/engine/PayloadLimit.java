package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfnunit.asl.JsonDepth;
import io.github.sfnunit.asl.SizeLimits;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.internal.query.StatesException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * AWS's 256 KiB limit on the payloads passed between states, as UTF-8 JSON text.
 *
 * <p>An execution checks every state's output, every Task result and every Task's Parameters, and most of those
 * payloads share most of their nodes (a {@code ResultPath} output is a shallow copy of the state's input with the
 * result added; a Choice passes its input on unchanged). One instance per execution ({@link
 * ExecutionRuntime#payloadLimit()}) therefore remembers, by identity, the size bound and height of the last {@value
 * #KNOWN} payloads and direct children of payloads it walked, and walks only what is new. Payloads are never
 * changed once built (DESIGN.md), so a remembered bound stays true for the execution.
 */
public final class PayloadLimit {

    /** 256 KiB. */
    public static final int MAX_BYTES = SizeLimits.MAX_PAYLOAD_BYTES;

    /** How many arrays and objects are remembered; the oldest is forgotten first. */
    static final int KNOWN = 16;

    /**
     * Nodes bounded at depth 1 or 2 of a walk, with their bound and their height (levels of arrays/objects); {@code
     * null} for a one-off check that remembers nothing.
     */
    private final JsonNode[] known;

    private final long[] knownBound;
    private final int[] knownHeight;
    private int nextKnown;
    /** During a walk: the deepest level of arrays and objects reached in the container being walked. */
    private int deepest;

    /** A limit that remembers the payloads it bounded: one per execution, used by that execution only. */
    PayloadLimit() {
        this(true);
    }

    private PayloadLimit(boolean remembering) {
        this.known = remembering ? new JsonNode[KNOWN] : null;
        this.knownBound = remembering ? new long[KNOWN] : null;
        this.knownHeight = remembering ? new int[KNOWN] : null;
    }

    /**
     * Fails with {@code States.DataLimitExceeded} when a state's output is larger than AWS allows, or nested
     * deeper than {@link JsonDepth#MAX_DEPTH}.
     */
    void checkStateResult(JsonNode output, String stateName) {
        String cause = violation(output, stateName);
        if (cause != null) {
            throw new StatesException(ErrorNames.DATA_LIMIT_EXCEEDED, cause);
        }
    }

    /**
     * Fails with {@code States.DataLimitExceeded} when the input a state builds for its work (a Task's
     * Parameters or Arguments, a Map iteration's item) is larger than AWS allows or too deep: AWS checks the
     * input "after Parameters processing" as it checks outputs.
     */
    void checkStateInput(JsonNode input, String stateName) {
        if (input == null) {
            return;
        }
        try {
            if (fits(input)) {
                return;
            }
        } catch (TooDeep e) {
            throw new StatesException(ErrorNames.DATA_LIMIT_EXCEEDED, inputTooDeep(stateName));
        }
        if (JsonDepth.exceeds(input)) {
            throw new StatesException(ErrorNames.DATA_LIMIT_EXCEEDED, inputTooDeep(stateName));
        }
        if (exceeds(input)) {
            throw new StatesException(ErrorNames.DATA_LIMIT_EXCEEDED, inputCause(stateName));
        }
    }

    private static String inputTooDeep(String name) {
        return JsonDepth.tooDeep("The input the state '" + name + "' built");
    }

    /** The cause for an input too large, worded as AWS words the output's. */
    public static String inputCause(String name) {
        return "The state/task '" + name
                + "' has an input with a size exceeding the maximum number of bytes service limit.";
    }

    /**
     * The cause of {@code States.DataLimitExceeded} when {@code value}, the result of the state or task {@code
     * name}, is too large or too deep; {@code null} when it is within the limits.
     */
    String violation(JsonNode value, String name) {
        if (value == null) {
            return null;
        }
        try {
            if (fits(value)) {
                return null;
            }
        } catch (TooDeep e) {
            return tooDeep(name);
        }
        // Past the size bound the walk stopped early: the rest may still be too deep to write.
        if (JsonDepth.exceeds(value)) {
            return tooDeep(name);
        }
        return exceeds(value) ? causeFor(name) : null;
    }

    private static String tooDeep(String name) {
        return JsonDepth.tooDeep("The state/task '" + name + "' returned a result that");
    }

    /** A value nested deeper than {@link JsonDepth#MAX_DEPTH}, found by the size walk. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }

    /** AWS's cause for a result too large, naming the state (or the task's resource). */
    public static String causeFor(String name) {
        return "The state/task '" + name
                + "' returned a result with a size exceeding the maximum number of bytes service limit.";
    }

    /**
     * Whether {@code value}'s JSON text is at most {@link #MAX_BYTES}, remembering its bound as every check does
     * (exactly, when the bound does not settle it).
     */
    boolean within(JsonNode value) {
        try {
            if (fits(value)) {
                return true;
            }
        } catch (TooDeep e) {
            // the exact check below decides
        }
        return !exceeds(value);
    }

    /** Whether {@code value}'s JSON text is larger than {@link #MAX_BYTES}. */
    public static boolean exceeds(JsonNode value) {
        if (value == null) {
            return false;
        }
        // Every state's output is checked: serializing it each time made the check O(payload) in text building
        // per transition. A walk bounding the size from above settles almost every payload without a string.
        try {
            if (new PayloadLimit(false).fits(value)) {
                return false;
            }
        } catch (TooDeep e) {
            // too deep to be written: the caller checks the depth first
            return true;
        }
        // A UTF-16 unit is at most 3 UTF-8 bytes: short texts cannot exceed the limit and need no encoding.
        String text = JsonCodec.write(value);
        if (text.length() <= MAX_BYTES / 3) {
            return false;
        }
        return text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /**
     * Remembers a bound of {@code copy}, a copy of the object {@code original} with the field {@code field} set (what
     * a {@code ResultPath} of {@code $.field} builds), from {@code original}'s remembered bound and the field's value
     * alone, so that checking {@code copy} does not walk the fields it shares with {@code original} again. Does
     * nothing when {@code original} was not bounded by this limit, or the bound would not settle the check.
     */
    void rememberCopyWithField(JsonNode copy, JsonNode original, String field) {
        if (known == null || !(copy instanceof ObjectNode) || !(original instanceof ObjectNode)) {
            return;
        }
        int slot = knownSlot(original);
        JsonNode value = copy.get(field);
        JsonNode replaced = original.get(field);
        // A copy has the original's fields and at most the one more. A replaced array or object would still count
        // in the remembered height, which must not grow past the truth (the bound may: it only has to be a bound).
        if (slot < 0
                || value == null
                || copy.size() > original.size() + 1
                || (replaced != null && replaced.isContainerNode())
                || knownSlot(copy) >= 0) {
            return;
        }
        long base = knownBound[slot] + 6L * field.length() + 4;
        try {
            deepest = 1;
            long bound = base + upperBound(value, MAX_BYTES - base, 2);
            if (bound <= MAX_BYTES) {
                // a replaced scalar still counts in the bound: it stays a bound
                remember(copy, bound, Math.max(knownHeight[slot], deepest));
            }
        } catch (TooDeep e) {
            // the check of the copy says so
        }
    }

    private int knownSlot(JsonNode node) {
        for (int i = 0; i < KNOWN; i++) {
            if (known[i] == node) {
                return i;
            }
        }
        return -1;
    }

    private void remember(JsonNode node, long bound, int height) {
        known[nextKnown] = node;
        knownBound[nextKnown] = bound;
        knownHeight[nextKnown] = height;
        nextKnown = (nextKnown + 1) % KNOWN;
    }

    /** Whether a bound from above on {@code value}'s UTF-8 JSON text is within {@link #MAX_BYTES}. */
    private boolean fits(JsonNode value) {
        deepest = 0;
        return upperBound(value, MAX_BYTES, 1) <= MAX_BYTES;
    }

    /**
     * A bound from above on the UTF-8 length of {@code node}'s JSON text, or any number above {@code budget} as
     * soon as the bound passes it (then exactly {@code budget + 1}). A UTF-16 unit takes at most 6 bytes (a {@code
     * \\u0000} escape), a number at most its plain text. Arrays and objects at {@code depth} 1 and 2 are looked
     * up among the remembered ones first, and remembered when bounded in full.
     *
     * @throws TooDeep when an array or object lies deeper than {@link JsonDepth#MAX_DEPTH}
     */
    private long upperBound(JsonNode node, long budget, int depth) {
        // Class tests first, for the common node kinds: cheaper than the virtual getNodeType() and an enum switch,
        // on a path every state's output takes.
        if (node instanceof TextNode) {
            return 6L * node.textValue().length() + 2;
        }
        if (node instanceof ContainerNode) {
            return containerBound(node, budget, depth);
        }
        switch (node.getNodeType()) {
            case STRING:
                return 6L * node.textValue().length() + 2;
            case NUMBER:
                if (node.isInt() || node.isShort()) {
                    return 11;
                }
                return node.isBigDecimal() || node.isBigInteger()
                        ? node.asText().length()
                        : 25;
            case BOOLEAN:
            case NULL:
            case MISSING:
                return 5;
            case ARRAY:
            case OBJECT:
                return containerBound(node, budget, depth);
            default:
                // Binary and POJO nodes: no cheap bound, let the exact check decide.
                return budget + 1;
        }
    }

    private long containerBound(JsonNode node, long budget, int depth) {
        if (depth > JsonDepth.MAX_DEPTH) {
            throw new TooDeep();
        }
        boolean remembered = known != null && depth <= 2;
        if (remembered) {
            int i = knownSlot(node);
            if (i >= 0) {
                int bottom = depth + knownHeight[i] - 1;
                if (bottom > JsonDepth.MAX_DEPTH) {
                    throw new TooDeep();
                }
                deepest = Math.max(deepest, bottom);
                return knownBound[i];
            }
        }
        int outer = deepest;
        deepest = depth;
        long size = 2;
        if (node.isArray()) {
            for (JsonNode element : node) {
                size += upperBound(element, budget - size, depth + 1) + 1;
                if (size > budget) {
                    return budget + 1;
                }
            }
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> fields =
                            node.properties().iterator();
                    fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                size += 6L * field.getKey().length() + 4;
                size += upperBound(field.getValue(), budget - size, depth + 1);
                if (size > budget) {
                    return budget + 1;
                }
            }
        }
        int height = deepest - depth + 1;
        deepest = Math.max(outer, deepest);
        if (remembered) {
            remember(node, size, height);
        }
        return size;
    }
}
