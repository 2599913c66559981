package io.github.sfnunit.asl.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * JSON text to Jackson trees and back, on Jackson's streaming parser and generator, without an {@link ObjectMapper}.
 *
 * <p>Why not {@code ObjectMapper.readTree} and {@code JsonNode.toString()}: the first {@code ObjectMapper} a JVM
 * builds (and {@code toString()} builds one) loads some 300 classes of Jackson's data-binding machinery, about
 * 100 ms of a test run's cold start, for trees that need none of it. The results are the same: {@link #read}
 * builds the nodes {@code readTree} builds (an {@code IntNode} for a number that fits an int, then {@code
 * LongNode}, {@code BigIntegerNode}, a {@code DoubleNode} for a fraction; a repeated key keeps its last value
 * unless the factory refuses duplicates), and {@link #write} prints what {@code toString()} prints
 * ({@code JsonCodecTest} holds both against Jackson's own). Binding Java objects (records, maps, a user's POJO)
 * still needs data binding: {@link #toTree} and {@link #mapper} create the one shared mapper on first use.
 */
public final class JsonCodec {

    /** Jackson's default streaming factory: no limits beyond Jackson's own, duplicates allowed. */
    public static final JsonFactory DEFAULTS = new JsonFactory();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonCodec() {}

    /** The mapper for binding Java objects, created when first asked for (it is the costly part of Jackson). */
    private static final class Shared {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /**
     * The shared default {@link ObjectMapper}, for what needs data binding (Java objects to trees and back).
     * Never reconfigure it.
     */
    public static ObjectMapper mapper() {
        return Shared.MAPPER;
    }

    /**
     * {@code value} as a tree, as {@code mapper().valueToTree(value)} makes it: a {@link JsonNode} as it is, a string,
     * boolean or number of {@code java.lang} or {@code java.math} as its node (no mapper needed), anything else
     * bound by the shared {@link #mapper}.
     */
    public static JsonNode toTree(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number.intValue());
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number.longValue());
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number.doubleValue());
        }
        if (value instanceof Float number) {
            return NODES.numberNode(number.floatValue());
        }
        if (value instanceof BigDecimal number) {
            return NODES.numberNode(number);
        }
        if (value instanceof BigInteger number) {
            return NODES.numberNode(number);
        }
        return mapper().valueToTree(value);
    }

    /**
     * Reads one JSON value with Jackson's defaults.
     *
     * @return the value, or {@link MissingNode} when the text holds only white space
     * @throws JsonProcessingException Jackson's parse error, or one naming a token found after the value
     */
    public static JsonNode read(String text) throws JsonProcessingException {
        return read(DEFAULTS, text);
    }

    /**
     * Reads one JSON value with {@code factory}'s features and limits (duplicate detection, nesting depth...).
     *
     * @return the value, or {@link MissingNode} when the text holds only white space
     * @throws JsonProcessingException Jackson's parse error, or one naming a token found after the value
     */
    public static JsonNode read(JsonFactory factory, String text) throws JsonProcessingException {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return MissingNode.getInstance();
            }
            JsonNode value = value(parser, first);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonParseException(
                        parser, "Trailing token (of type " + trailing + ") found after the JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string", e);
        }
    }

    /** Reads the value that starts with {@code token}, the parser's current token. */
    public static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new JsonParseException(parser, "Unexpected token (" + token + ") where a value starts");
        }
    }

    /**
     * {@code node} as compact JSON text: what {@code node.toString()} returns; {@code "null"} for Java's {@code
     * null}, as string concatenation gives.
     */
    public static String write(JsonNode node) {
        return write(node, null);
    }

    /** {@code node} as indented JSON text: what {@code node.toPrettyString()} returns. */
    public static String writePretty(JsonNode node) {
        return write(node, new DefaultPrettyPrinter());
    }

    /**
     * {@code node} as JSON text laid out by {@code printer} (compact when {@code null}), as an {@code ObjectWriter}
     * with that printer writes it.
     */
    public static String write(JsonNode node, PrettyPrinter printer) {
        if (node == null) {
            return "null";
        }
        StringBuilderWriter out = new StringBuilderWriter();
        try (JsonGenerator generator = DEFAULTS.createGenerator(out)) {
            if (printer != null) {
                // a printer keeps its nesting level: each text gets its own, as ObjectWriter does
                generator.setPrettyPrinter(
                        printer instanceof Instantiatable<?> template
                                ? (PrettyPrinter) template.createInstance()
                                : printer);
            }
            write(generator, node);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string", e);
        }
        return out.toString();
    }

    /** Writes {@code node} with {@code generator}. */
    public static void write(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject(node, node.size());
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    generator.writeFieldName(field.getKey());
                    write(generator, field.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray(node, node.size());
                for (JsonNode element : node) {
                    write(generator, element);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case NUMBER -> ((NumericNode) node).serialize(generator, null); // writes its number, needs no provider
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            // binary, POJO and missing nodes need data binding's serializers, as toString() gives them
            default -> generator.writeRawValue(node.toString());
        }
    }

    /** A {@link java.io.Writer} into a {@link StringBuilder}: unlike {@code StringWriter}, not synchronized. */
    private static final class StringBuilderWriter extends java.io.Writer {
        private final StringBuilder text = new StringBuilder(64);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
