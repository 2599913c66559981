package io.github.sfnunit.asl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link JsonCodec} reads and writes exactly what Jackson's {@code ObjectMapper} and {@code toString()} do. */
class JsonCodecTest {

    /** Fixed so that a failure replays; {@code -Dsfnunit.fuzz.seed=N} explores other documents. */
    private static final long SEED = Long.getLong("sfnunit.fuzz.seed", 20261202L);

    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String[] TEXTS = {
        "", "a", "é", "日本", "\u0000", "\n\t\"\\", "\uD83D\uDE00", "</script>", "\u2028", " ", "null", "{}", "1e3"
    };

    private static final String[] NUMBERS = {
        "0",
        "-0",
        "1",
        "-1",
        "2147483647",
        "2147483648",
        "-2147483649",
        "9223372036854775807",
        "9223372036854775808",
        "123456789012345678901234567890",
        "0.5",
        "-0.0",
        "1e10",
        "1E-7",
        "1.5e308",
        "3.141592653589793",
        "1.0",
        "100.000",
        "4.9e-324",
        "12345678901234567890.5",
        "0.1",
        "1e400"
    };

    @Test
    void random_documents_read_as_object_mapper_reads_them_and_write_as_to_string_writes_them()
            throws JsonProcessingException {
        Random random = new Random(SEED);
        for (int round = 0; round < 2000; round++) {
            String text = randomJson(random, 0, random.nextBoolean());
            JsonNode expected = JACKSON.readTree(text);
            JsonNode actual = JsonCodec.read(text);
            assertSameTree(actual, expected, text);
            assertThat(JsonCodec.write(actual)).as(text).isEqualTo(expected.toString());
            assertThat(JsonCodec.writePretty(actual)).as(text).isEqualTo(expected.toPrettyString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "2147483648", "9223372036854775808", "0.25", "1e400", "-0.0", "1E2"})
    void numbers_become_the_node_types_read_tree_makes(String number) throws JsonProcessingException {
        assertThat(JsonCodec.read(number).getClass())
                .isEqualTo(JACKSON.readTree(number).getClass());
        assertThat(JsonCodec.read(number)).isEqualTo(JACKSON.readTree(number));
    }

    @Test
    void trees_built_in_code_write_as_to_string_writes_them() {
        ObjectNode node = NODES.objectNode();
        node.put("float", 1.5f);
        node.put("short", (short) 7);
        node.put("decimal", new BigDecimal("1.50"));
        node.put("big", new BigInteger("123456789012345678901234567890"));
        node.put("binary", new byte[] {1, 2, 3});
        node.putPOJO("pojo", List.of("a", 1));
        node.putNull("nothing");
        node.putArray("empty");
        node.putObject("nested").put("text", "x\"y");
        assertThat(JsonCodec.write(node)).isEqualTo(node.toString());
        assertThat(JsonCodec.writePretty(NODES.arrayNode()))
                .isEqualTo(NODES.arrayNode().toPrettyString());
        assertThat(JsonCodec.write(NODES.textNode("é\u0001"))).isEqualTo("\"é\\u0001\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1} trailing", "{\"a\": 1}{\"b\": 2}", "1 2", "[] ]"})
    void text_after_the_value_is_refused(String text) {
        assertThatThrownBy(() -> JsonCodec.read(text)).isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,]", "{'a': 1}", "undefined", "{\"a\" 1}", "[", "\"open"})
    void broken_json_gets_jacksons_own_message(String text) {
        String jackson = messageOf(() -> JACKSON.readTree(text));
        String ours = messageOf(() -> JsonCodec.read(text));
        assertThat(ours).isEqualTo(jackson);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void white_space_only_reads_as_missing_as_read_tree_does(String text) throws JsonProcessingException {
        assertThat(JsonCodec.read(text)).isSameAs(MissingNode.getInstance());
    }

    @Test
    void the_factory_decides_duplicates_and_depth() throws JsonProcessingException {
        assertThat(JsonCodec.read("{\"a\": 1, \"a\": 2}").get("a").intValue()).isEqualTo(2);
        JsonFactory strict = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(3).build())
                .build();
        assertThatThrownBy(() -> JsonCodec.read(strict, "{\"a\": 1, \"a\": 2}"))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'a'");
        assertThat(JsonCodec.read(strict, "[[[1]]]")).hasSize(1);
        assertThatThrownBy(() -> JsonCodec.read(strict, "[[[[1]]]]"))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("nesting depth");
    }

    @ParameterizedTest
    @MethodSource("javaValues")
    void java_values_become_the_trees_value_to_tree_makes(Object value) {
        JsonNode expected = JACKSON.valueToTree(value);
        assertThat(JsonCodec.toTree(value)).isEqualTo(expected);
        assertThat(JsonCodec.toTree(value).getClass()).isEqualTo(expected.getClass());
    }

    static Stream<Object> javaValues() {
        return Stream.of(
                "text",
                "",
                true,
                false,
                0,
                -7,
                Integer.MAX_VALUE,
                0L,
                1L << 40,
                Long.MIN_VALUE,
                1.5,
                2.5f,
                new BigDecimal("1.50"),
                Map.of("a", List.of(1, "b")),
                List.of());
    }

    @Test
    void java_objects_are_bound_by_the_shared_mapper_and_trees_are_kept() {
        JsonNode tree = NODES.objectNode().put("a", 1);
        assertThat(JsonCodec.toTree(tree)).isSameAs(tree);
        assertThat(JsonCodec.toTree(Map.of("a", 1))).isEqualTo(tree);
        assertThat(JsonCodec.mapper()).isSameAs(JsonCodec.mapper());
    }

    private static String messageOf(ThrowingRead read) {
        try {
            read.run();
            return "no error";
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage();
        }
    }

    private interface ThrowingRead {
        void run() throws JsonProcessingException;
    }

    /** Equal as trees, and every node of the same Jackson class (IntNode is not LongNode). */
    private static void assertSameTree(JsonNode actual, JsonNode expected, String text) {
        assertThat(actual).as(text).isEqualTo(expected);
        assertThat(actual.getClass()).as(text).isEqualTo(expected.getClass());
        if (expected.isObject()) {
            assertThat(iterate(actual.fieldNames())).as(text).isEqualTo(iterate(expected.fieldNames()));
            expected.properties().forEach(field -> assertSameTree(actual.get(field.getKey()), field.getValue(), text));
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                assertSameTree(actual.get(i), expected.get(i), text);
            }
        }
    }

    private static List<String> iterate(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static String randomJson(Random random, int depth, boolean spaced) {
        String space = spaced ? (random.nextBoolean() ? " " : "\n") : "";
        int kind = depth > 4 ? 2 + random.nextInt(4) : random.nextInt(6);
        switch (kind) {
            case 0 -> {
                StringBuilder out = new StringBuilder("{" + space);
                int size = random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    if (i > 0) {
                        out.append(",").append(space);
                    }
                    // a small key set, so that some objects repeat a key: the last value wins
                    out.append(quoted(TEXTS[random.nextInt(TEXTS.length)] + random.nextInt(3)))
                            .append(space)
                            .append(":")
                            .append(space)
                            .append(randomJson(random, depth + 1, spaced));
                }
                return out.append(space).append("}").toString();
            }
            case 1 -> {
                StringBuilder out = new StringBuilder("[" + space);
                int size = random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    if (i > 0) {
                        out.append(",").append(space);
                    }
                    out.append(randomJson(random, depth + 1, spaced));
                }
                return out.append(space).append("]").toString();
            }
            case 2 -> {
                return quoted(TEXTS[random.nextInt(TEXTS.length)]);
            }
            case 3 -> {
                return NUMBERS[random.nextInt(NUMBERS.length)];
            }
            case 4 -> {
                return random.nextBoolean() ? "true" : "false";
            }
            default -> {
                return "null";
            }
        }
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
