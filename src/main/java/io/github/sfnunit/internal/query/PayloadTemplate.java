package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A compiled JSONPath payload template: {@code Parameters}, {@code ResultSelector}, {@code ItemSelector} and
 * JSONPath {@code Assign}. A key ending in {@code .$} takes the value of its path ({@code $...}, {@code $$...},
 * {@code $variable...}) or intrinsic call, under the key without {@code .$}; other values are kept as they are,
 * and objects and arrays are processed however deeply nested.
 *
 * <pre>{@code
 * PayloadTemplate parameters = PayloadTemplate.compile(state.dataFlow().parameters(), "/States/Charge/Parameters");
 * JsonNode effectiveInput = parameters.evaluate(input, context);
 * }</pre>
 *
 * <p>Parts without any {@code .$} key are kept as the definition's own nodes and shared, not copied.
 */
public final class PayloadTemplate {

    private final TemplateNode root;

    private PayloadTemplate(TemplateNode root) {
        this.root = root;
    }

    /** Compiles {@code template}; errors name the field by its JSON Pointer below the template. */
    public static PayloadTemplate compile(JsonNode template) {
        return compile(template, "");
    }

    /**
     * Compiles {@code template}, found at JSON Pointer {@code location} in the definition (used in errors).
     *
     * @throws IllegalArgumentException when a {@code .$} value is not a string holding a path or an intrinsic
     *     call, naming the field's JSON Pointer
     */
    public static PayloadTemplate compile(JsonNode template, String location) {
        return new PayloadTemplate(compileNode(template, location));
    }

    /**
     * Evaluates the template against {@code input}.
     *
     * @throws StatesException {@code States.Runtime} when a path finds nothing (AWS's cause: {@code The JSONPath
     *     '$.x' specified for the field 'x.$' could not be found in the input '...'}), {@code
     *     States.IntrinsicFailure} when an intrinsic call fails
     */
    public JsonNode evaluate(JsonNode input, EvaluationContext context) {
        return root.evaluate(input, context);
    }

    private static TemplateNode compileNode(JsonNode node, String location) {
        if (node.isObject()) {
            List<TemplateNode.Member> members = new ArrayList<>(node.size());
            boolean dynamic = false;
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                String pointer = location + "/" + key.replace("~", "~0").replace("/", "~1");
                TemplateNode value;
                if (key.endsWith(".$")) {
                    value = compileExpression(key, field.getValue(), pointer);
                    key = key.substring(0, key.length() - 2);
                    dynamic = true;
                } else {
                    value = compileNode(field.getValue(), pointer);
                    dynamic |= !(value instanceof TemplateNode.Constant);
                }
                members.add(new TemplateNode.Member(key, value));
            }
            return dynamic ? new TemplateNode.ObjectTemplate(members) : new TemplateNode.Constant(node);
        }
        if (node.isArray()) {
            List<TemplateNode> items = new ArrayList<>(node.size());
            boolean dynamic = false;
            for (int k = 0; k < node.size(); k++) {
                TemplateNode item = compileNode(node.get(k), location + "/" + k);
                dynamic |= !(item instanceof TemplateNode.Constant);
                items.add(item);
            }
            return dynamic ? new TemplateNode.ArrayTemplate(items) : new TemplateNode.Constant(node);
        }
        return new TemplateNode.Constant(node);
    }

    private static TemplateNode compileExpression(String key, JsonNode value, String pointer) {
        String problem = "The value for the field '" + key + "' must be a valid JSONPath or a valid intrinsic"
                + " function call at " + pointer;
        if (!value.isTextual()) {
            throw new IllegalArgumentException(problem + ", but it is " + JsonCodec.write(value));
        }
        String text = value.textValue();
        try {
            if (IntrinsicFunction.looksLikeCall(text)) {
                return new TemplateNode.Call(IntrinsicFunction.compile(text), key);
            }
            return new TemplateNode.Path(JsonPathExpression.compile(text), key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(problem + ": " + e.getMessage(), e);
        }
    }

    /** A compiled part of a template. */
    private sealed interface TemplateNode {

        JsonNode evaluate(JsonNode input, EvaluationContext context);

        /** A part with no {@code .$} key anywhere below it: the definition's node itself. */
        record Constant(JsonNode value) implements TemplateNode {
            @Override
            public JsonNode evaluate(JsonNode input, EvaluationContext context) {
                return value;
            }
        }

        record Member(String key, TemplateNode value) {}

        record ObjectTemplate(List<Member> members) implements TemplateNode {
            @Override
            public JsonNode evaluate(JsonNode input, EvaluationContext context) {
                ObjectNode result = JsonNodeFactory.instance.objectNode();
                for (Member member : members) {
                    result.set(member.key(), member.value().evaluate(input, context));
                }
                return result;
            }
        }

        record ArrayTemplate(List<TemplateNode> items) implements TemplateNode {
            @Override
            public JsonNode evaluate(JsonNode input, EvaluationContext context) {
                ArrayNode result = JsonNodeFactory.instance.arrayNode(items.size());
                for (TemplateNode item : items) {
                    result.add(item.evaluate(input, context));
                }
                return result;
            }
        }

        record Path(JsonPathExpression path, String field) implements TemplateNode {
            @Override
            public JsonNode evaluate(JsonNode input, EvaluationContext context) {
                return path.readField(input, context, field);
            }
        }

        record Call(IntrinsicFunction function, String field) implements TemplateNode {
            @Override
            public JsonNode evaluate(JsonNode input, EvaluationContext context) {
                return function.evaluate(input, context, field);
            }
        }
    }
}
