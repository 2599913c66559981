package io.github.sfnunit.internal.query.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the plain Java values the JSONata engine works on ({@link Map}, {@link
 * List}, {@link String}, {@link Number}, {@link Boolean}, {@link Jsonata#NULL_VALUE} for JSON null, Java
 * {@code null} for JSONata's <i>undefined</i>).
 *
 * <p>Numbers follow JavaScript, as AWS's JSONata does: a number is a double, and one that is whole and fits a
 * {@code long} is written without a fraction ({@code 2.0} comes back as {@code 2}).
 */
final class JsonataValues {

    /** The largest double below which every whole double converts to a {@code long} exactly. */
    private static final double LONG_LIMIT = 9.223372036854776E18;

    private JsonataValues() {}

    /** The JSONata value of {@code node}; {@code null} or a missing node is undefined. */
    static Object toJsonata(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        return switch (node.getNodeType()) {
            case NULL -> Jsonata.NULL_VALUE;
            case BOOLEAN -> node.booleanValue();
            case STRING -> node.textValue();
            case NUMBER -> number(node);
            case ARRAY -> array(node);
            case OBJECT -> object(node);
            default -> node.asText();
        };
    }

    private static Object number(JsonNode node) {
        if (node.isInt() || node.isLong()) {
            return node.longValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        return wholeAsLong(node.doubleValue());
    }

    private static List<Object> array(JsonNode node) {
        List<Object> list = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            list.add(toJsonata(element));
        }
        return list;
    }

    private static Map<String, Object> object(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            map.put(field.getKey(), toJsonata(field.getValue()));
        }
        return map;
    }

    /**
     * The JSON value of a JSONata result that is not undefined.
     *
     * @throws UnsupportedResultException when the value (or a value inside it) is a function, a regular
     *     expression or anything else JSON cannot hold
     */
    static JsonNode toJson(Object value) {
        if (value == null || value == Jsonata.NULL_VALUE) {
            return NullNode.getInstance();
        }
        if (value instanceof String text) {
            return TextNode.valueOf(text);
        }
        if (value instanceof Boolean bool) {
            return BooleanNode.valueOf(bool);
        }
        if (value instanceof Number number) {
            return numberNode(number);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                // JSONata drops undefined values from objects; a Java null here is undefined, not JSON null.
                if (entry.getValue() != null) {
                    object.set(String.valueOf(entry.getKey()), toJson(entry.getValue()));
                }
            }
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode(list.size());
            for (Object element : list) {
                array.add(toJson(element));
            }
            return array;
        }
        throw new UnsupportedResultException();
    }

    /** A JSON number node for a JSONata number, written the way JavaScript writes it. */
    static JsonNode numberNode(Number number) {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return IntNode.valueOf(number.intValue());
        }
        if (number instanceof Long) {
            return integerNode(number.longValue());
        }
        if (number instanceof BigInteger big) {
            return big.bitLength() < 64 ? integerNode(big.longValue()) : numberNode(big.doubleValue());
        }
        if (number instanceof BigDecimal decimal) {
            return numberNode(decimal.doubleValue());
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            // JSON has no literal for them; JavaScript's JSON.stringify writes null, AWS writes the name.
            return TextNode.valueOf(Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
        Object whole = wholeAsLong(value);
        return whole instanceof Long asLong ? integerNode(asLong) : DoubleNode.valueOf(value);
    }

    /** An int node when the value fits one, as Jackson reads it from JSON text, so parsed and computed values compare equal. */
    private static JsonNode integerNode(long value) {
        return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    }

    private static Object wholeAsLong(double value) {
        if (value == Math.rint(value) && Math.abs(value) < LONG_LIMIT) {
            return (long) value;
        }
        return value;
    }

    /** The JSON type name AWS uses in its messages: object, array, string, number, boolean or null. */
    static String typeName(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT, POJO -> "object";
            case ARRAY -> "array";
            case STRING, BINARY -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            default -> "null";
        };
    }

    /** A JSONata result JSON cannot represent. */
    static final class UnsupportedResultException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsupportedResultException() {
            super("unsupported result type", null, false, false);
        }
    }
}
