package io.github.sfnunit.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A JSON value of a JSONata state field ({@code Arguments}, {@code Output}, {@code Assign}, {@code Items},
 * {@code Seconds}, ...) in which every string of the form {@code {% expression %}}, at any depth of objects and
 * arrays, is an expression. All expressions are parsed once, by {@link #compile}.
 *
 * <pre>{@code
 * JsonataTemplate output = JsonataTemplate.compile(state.dataFlow().output(), "Output");
 * JsonNode value = output.evaluate(bindings);   // {"total": 42, "static": "x"}
 * }</pre>
 *
 * <p>A string is an expression when it starts with {@code {%} and ends with {@code %}} (no white space
 * outside the delimiters, as AWS requires); any other string is a literal. Object keys are never evaluated.
 * A template without expressions evaluates to its literal, unchanged.
 */
public final class JsonataTemplate {

    private final JsonNode literal;
    private final Part root;
    private final List<JsonataExpression> expressions;

    private JsonataTemplate(JsonNode literal, Part root, List<JsonataExpression> expressions) {
        this.literal = literal;
        this.root = root;
        this.expressions = List.copyOf(expressions);
    }

    /** True when {@code value} is an expression string: {@code {%...%}}. */
    public static boolean isExpression(String value) {
        return value != null && value.length() >= 4 && value.startsWith("{%") && value.endsWith("%}");
    }

    /** True when {@code value} is a text node holding an expression string. */
    public static boolean isExpression(JsonNode value) {
        return value != null && value.isTextual() && isExpression(value.textValue());
    }

    /**
     * Compiles a field's value.
     *
     * @param value the value as the definition wrote it
     * @param field the field's name, the root of the names AWS gives nested values in messages ({@code
     *     Output/a/b[0]})
     * @throws JsonataSyntaxException when an expression does not parse; its {@link JsonataSyntaxException#pointer()}
     *     is the JSON Pointer of the string, relative to the state ({@code /Output/a/b/0})
     */
    public static JsonataTemplate compile(JsonNode value, String field) {
        List<JsonataExpression> expressions = new ArrayList<>();
        Part root = compile(value, field, "/" + field, expressions);
        return new JsonataTemplate(value, root, expressions);
    }

    private static Part compile(JsonNode value, String field, String pointer, List<JsonataExpression> found) {
        if (isExpression(value)) {
            String text = value.textValue();
            JsonataExpression expression;
            try {
                expression = JsonataExpression.compile(text.substring(2, text.length() - 2));
            } catch (JsonataSyntaxException e) {
                throw e.at(pointer);
            }
            found.add(expression);
            return new ExpressionPart(expression, field);
        }
        if (value != null && value.isObject()) {
            List<String> keys = new ArrayList<>();
            List<Part> parts = new ArrayList<>();
            boolean dynamic = false;
            Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                Part part = compile(
                        entry.getValue(), field + "/" + entry.getKey(), pointer + "/" + escape(entry.getKey()), found);
                keys.add(entry.getKey());
                parts.add(part);
                dynamic |= !(part instanceof LiteralPart);
            }
            return dynamic ? new ObjectPart(List.copyOf(keys), List.copyOf(parts)) : new LiteralPart(value);
        }
        if (value != null && value.isArray()) {
            List<Part> parts = new ArrayList<>();
            boolean dynamic = false;
            for (int i = 0; i < value.size(); i++) {
                Part part = compile(value.get(i), field + "[" + i + "]", pointer + "/" + i, found);
                parts.add(part);
                dynamic |= !(part instanceof LiteralPart);
            }
            return dynamic ? new ArrayPart(List.copyOf(parts)) : new LiteralPart(value);
        }
        return new LiteralPart(value);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** True when the value holds at least one expression. */
    public boolean hasExpressions() {
        return !expressions.isEmpty();
    }

    /** The value as the definition wrote it. */
    public JsonNode literal() {
        return literal;
    }

    /** The expressions, in document order. */
    public List<JsonataExpression> expressions() {
        return expressions;
    }

    /**
     * The value with every expression replaced by what it evaluates to.
     *
     * @throws io.github.sfnunit.internal.query.StatesException {@code States.QueryEvaluationError} when an
     *     expression fails or returns nothing
     */
    public JsonNode evaluate(JsonataBindings bindings) {
        return root.evaluate(bindings);
    }

    /** The compiled form of one value. */
    private sealed interface Part permits LiteralPart, ExpressionPart, ObjectPart, ArrayPart {
        JsonNode evaluate(JsonataBindings bindings);
    }

    private record LiteralPart(JsonNode value) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings) {
            return value;
        }
    }

    private record ExpressionPart(JsonataExpression expression, String field) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings) {
            return expression.evaluate(bindings, field);
        }
    }

    private record ObjectPart(List<String> keys, List<Part> parts) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < keys.size(); i++) {
                object.set(keys.get(i), parts.get(i).evaluate(bindings));
            }
            return object;
        }
    }

    private record ArrayPart(List<Part> parts) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode(parts.size());
            for (Part part : parts) {
                array.add(part.evaluate(bindings));
            }
            return array;
        }
    }
}
