package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * sfn-unit's one nesting limit for JSON: definitions, templates, execution inputs, task results and every value
 * a state builds are at most {@value #MAX_DEPTH} levels deep. AWS documents no nesting limit; a bound is needed
 * so that nothing overflows the stack and every value can be written as JSON (Jackson refuses to write past
 * 1,000 levels), with room for the objects that wrap a payload in a history or the CLI's output. No real
 * definition or payload comes close.
 *
 * <pre>{@code
 * JsonDepth.exceeds(new ObjectMapper().readTree("[[[]]]"));   // false: 3 levels
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonDepth {

    /** The deepest nesting allowed: an array or object counts one level, a scalar none. */
    public static final int MAX_DEPTH = 200;

    private JsonDepth() {}

    /** Whether {@code node} nests arrays and objects more than {@link #MAX_DEPTH} levels deep. */
    public static boolean exceeds(JsonNode node) {
        if (node == null || !node.isContainerNode()) {
            return false;
        }
        // Iterative, so that a value a million levels deep is measured without a stack overflow.
        Deque<JsonNode> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(node);
        depths.push(1);
        while (!nodes.isEmpty()) {
            JsonNode current = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                return true;
            }
            for (JsonNode child : current) {
                if (child.isContainerNode()) {
                    nodes.push(child);
                    depths.push(depth + 1);
                }
            }
        }
        return false;
    }

    /** The message for {@code what} ("The input", "The state/task 'Charge' returned a result that") too deep. */
    public static String tooDeep(String what) {
        return what + " is nested more than " + MAX_DEPTH + " levels deep, sfn-unit's limit for JSON values";
    }
}
