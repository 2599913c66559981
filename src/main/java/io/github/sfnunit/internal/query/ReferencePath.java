package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.asl.internal.PathStep;
import io.github.sfnunit.asl.internal.PathSyntax;
import java.util.List;

/**
 * A compiled {@code ResultPath}: a reference path ({@code $}, {@code $.a.b}, {@code $['a b']}, {@code
 * $.a[0]}) that says where a state's result goes in its raw input.
 *
 * <pre>{@code
 * ReferencePath path = ReferencePath.compile("$.charge");
 * JsonNode output = path.insert(rawInput, result); // rawInput is left as it was
 * }</pre>
 *
 * <p>{@link #insert} returns a new tree: only the objects along the path are copied, everything else is shared.
 * Missing objects along the path are created; {@code $} replaces the input with the result.
 */
public final class ReferencePath {

    private final String text;
    private final List<PathStep> steps;

    private ReferencePath(String text, List<PathStep> steps) {
        this.text = text;
        this.steps = steps;
    }

    /**
     * Compiles a reference path.
     *
     * @throws IllegalArgumentException when {@code text} is not a reference path (it must start with {@code $}
     *     and contain only field and index steps; {@code $$} and variables are not allowed)
     */
    public static ReferencePath compile(String text) {
        String problem = PathSyntax.checkReferencePath(text, false);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid ResultPath '" + text + "': " + problem);
        }
        List<PathStep> steps = PathSyntax.definiteSteps(text.substring(1));
        return new ReferencePath(text, steps);
    }

    /** The path as written in the definition. */
    public String text() {
        return text;
    }

    /** The field's name when this path is one field below the root ({@code $.name}), else {@code null}. */
    public String singleField() {
        return steps.size() == 1 && steps.get(0) instanceof PathStep.Field field ? field.name() : null;
    }

    /**
     * A new tree: {@code target} with {@code value} placed at this path.
     *
     * @throws StatesException {@code States.ResultPathMatchFailure} when a step meets something that is not an
     *     object (or, for an index step, not an array long enough), with AWS's cause {@code Unable to apply
     *     ReferencePath $.x to input "text"}
     */
    public JsonNode insert(JsonNode target, JsonNode value) {
        if (steps.isEmpty()) {
            return value;
        }
        return insertAt(target, target, 0, value);
    }

    private JsonNode insertAt(JsonNode root, JsonNode node, int depth, JsonNode value) {
        if (depth == steps.size()) {
            return value;
        }
        PathStep step = steps.get(depth);
        if (step instanceof PathStep.Field field) {
            if (node != null && !node.isObject()) {
                throw mismatch(root);
            }
            ObjectNode copy = node == null ? JsonNodeFactory.instance.objectNode() : shallowCopy((ObjectNode) node);
            copy.set(field.name(), insertAt(root, copy.get(field.name()), depth + 1, value));
            return copy;
        }
        int index = ((PathStep.Index) step).index();
        if (node == null || !node.isArray() || index >= node.size()) {
            throw mismatch(root);
        }
        ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
        for (int k = 0; k < node.size(); k++) {
            copy.add(k == index ? insertAt(root, node.get(k), depth + 1, value) : node.get(k));
        }
        return copy;
    }

    private static ObjectNode shallowCopy(ObjectNode node) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        copy.setAll(node);
        return copy;
    }

    private StatesException mismatch(JsonNode input) {
        return new StatesException(
                "States.ResultPathMatchFailure",
                "Unable to apply ReferencePath " + text + " to input " + JsonCodec.write(input));
    }
}
