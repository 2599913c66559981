package io.github.sfnunit.internal.query;

import static io.github.sfnunit.internal.query.QueryTestSupport.context;
import static io.github.sfnunit.internal.query.QueryTestSupport.rawJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.github.sfnunit.asl.internal.PathStep;
import io.github.sfnunit.asl.internal.PathSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link PathSyntax#parse} leaves plain-step paths uncompiled (Jayway compiles them at the first miss). Generated
 * path strings (seeded, so a failure replays; {@code -Dsfnunit.fuzz.seed=N} explores others) check that this never
 * changes a verdict or a value: every path parse leaves uncompiled is one Jayway compiles, reads exactly as Jayway
 * reads it and misses with Jayway's reason; and every path gets the validation message compiling it with Jayway at
 * once gave.
 */
class PlainStepPathPropertyTest {

    private static final long SEED = Long.getLong("sfnunit.fuzz.seed", 20261202L);
    private static final int PATHS = Integer.getInteger("sfnunit.fuzz.paths", 20_000);
    private static final int DOCUMENTS_PER_PATH = 4;

    /** What names and mutations are made of: the characters a path syntax can trip on, surrogate pairs kept whole. */
    private static final String[] PIECES = {
        "a",
        "b",
        "Z",
        "x1",
        "_",
        "0",
        "1",
        "9",
        "07",
        "-",
        ".",
        " ",
        "'",
        "\"",
        "\\",
        "[",
        "]",
        "{",
        "}",
        "(",
        ")",
        "*",
        "?",
        "@",
        "$",
        ",",
        ":",
        ";",
        "~",
        "=",
        "=~",
        "!",
        "#",
        "&",
        "/",
        "<",
        ">",
        "|",
        "+",
        "\t",
        "\n",
        "\r",
        "é",
        "ß",
        "中文",
        "😀",
        "\ud800",
        "\u00a0",
        "\u2028",
        "\u3000",
        "\u200b",
        "\u0000",
        "\u001f",
        "\u007f",
        "\ufeff",
        "..",
        "['",
        "']",
        "[\"",
        "\"]",
        "[0]",
        "[-1]",
        "[*]",
        "[1:2]",
        "\\'",
        "\\\"",
        "\\\\",
        "length()"
    };

    private static final String[] LEAVES = {
        "1",
        "0",
        "-7",
        "2.5",
        "1e400",
        "12345678901",
        "123456789012345678901234567890",
        "0.1000000000000000055511151231257827",
        "\"x\"",
        "\"\"",
        "true",
        "false",
        "null",
        "{}",
        "[]",
        "{\"k\":1}",
        "[1,\"two\",null]"
    };

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Configuration JAVA_OBJECTS = Configuration.builder()
            .jsonProvider(new JacksonJsonProvider(MAPPER))
            .mappingProvider(new JacksonMappingProvider(MAPPER))
            .build();

    private final Random random = new Random(SEED);

    @Test
    void every_path_parse_leaves_uncompiled_is_one_jayway_compiles_reads_alike_and_misses_alike() {
        int uncompiled = 0;
        int found = 0;
        int missed = 0;
        for (int number = 0; number < PATHS; number++) {
            PathSyntax.Path parsed;
            try {
                parsed = PathSyntax.parse(root() + rest());
            } catch (IllegalArgumentException refused) {
                continue;
            }
            if (parsed.jayway() != null) {
                continue;
            }
            // the root only picks the document; what Jayway compiles is the rest, rooted at $
            String path = "$" + parsed.rest();
            uncompiled++;
            assertThat(parsed.steps()).as(describe(number, path)).isNotNull();
            JsonPath jayway;
            try {
                jayway = JsonPath.compile(path);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(describe(number, path) + ": parse skipped Jayway, which refuses it: " + e, e);
            }
            JaywayQuery oracle = new JaywayQuery(jayway, FilterRegexes.of(path));
            JsonPathExpression expression = JsonPathExpression.compile(path);
            // the query as built when parse compiled every path: its Jayway path ready before the first miss
            StepQuery today = new StepQuery(parsed.steps(), parsed.rest(), jayway, FilterRegexes.of(path));
            for (int d = 0; d < DOCUMENTS_PER_PATH; d++) {
                JsonNode document = documentAlong(parsed.steps());
                String where = describe(number, path) + " on " + document;
                Optional<JsonNode> value = expression.find(document, context());
                assertThat(value).as(where).isEqualTo(jaywayOnJavaObjects(jayway, document));
                JsonNode onTrees = oracle.evaluate(document);
                if (!value.equals(Optional.ofNullable(onTrees))) {
                    // Jayway on Jackson trees reads an index past the end of an array as JSON null (ArrayNode.get
                    // answers null where List.get throws); AWS, like Jayway on Java lists, finds nothing there
                    assertThat(value).as(where).isEmpty();
                    assertThat(onTrees).as(where).isEqualTo(NODES.nullNode());
                    assertThat(parsed.steps().get(parsed.steps().size() - 1))
                            .as(where)
                            .isInstanceOf(PathStep.Index.class);
                }
                if (value.isPresent()) {
                    found++;
                } else {
                    missed++;
                    assertThatThrownBy(() -> expression.read(document, context()))
                            .as(where)
                            .isInstanceOfSatisfying(
                                    StatesException.class,
                                    e -> assertThat(e.cause())
                                            .isEqualTo("Invalid path '" + path + "' : " + today.missReason(document)));
                }
            }
        }
        // the generator must reach every branch, or the property proves nothing
        assertThat(uncompiled).as("plain paths generated").isGreaterThan(PATHS / 5);
        assertThat(found).as("reads that found a value").isGreaterThan(PATHS / 5);
        assertThat(missed).as("reads that missed").isGreaterThan(PATHS / 5);
    }

    @Test
    void every_path_is_judged_as_when_jayway_compiled_them_all() {
        int valid = 0;
        int invalid = 0;
        for (int number = 0; number < PATHS; number++) {
            String path = root() + rest();
            String verdict = PathSyntax.checkPath(path);
            assertThat(verdict).as(describe(number, path)).isEqualTo(checkPathCompilingEveryPath(path));
            if (verdict == null) {
                valid++;
            } else {
                invalid++;
            }
        }
        assertThat(valid).as("valid paths generated").isGreaterThan(PATHS / 5);
        assertThat(invalid).as("invalid paths generated").isGreaterThan(PATHS / 5);
    }

    @Test
    void a_backslash_before_the_closing_quote_is_plain_steps_to_sfn_unit_but_refused_by_jayway_as_before() {
        // GIVEN ['a\'], whose quote Jayway reads as escaped while sfn-unit takes quoted names literally, as AWS does
        String path = "$['a\\']";
        assertThat(PathSyntax.definiteSteps(path.substring(1))).containsExactly(new PathStep.Field("a\\"));

        // WHEN / THEN Jayway's verdict stands: parse still compiles every path with a backslash
        assertThat(PathSyntax.checkPath(path))
                .isEqualTo(checkPathCompilingEveryPath(path))
                .isNotNull();
    }

    @Test
    void parallel_misses_on_one_expression_all_get_jayways_reason() throws Exception {
        // GIVEN one plain path, uncompiled by Jayway, shared by many threads that all miss at once
        JsonPathExpression expression = JsonPathExpression.compile("$.order['id'][0]");
        JsonNode input = rawJson("{\"order\": {\"id\": \"not an array\"}}");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> misses = new ArrayList<>();
            for (int k = 0; k < 64; k++) {
                misses.add(() -> {
                    try {
                        expression.read(input, context());
                        return "read";
                    } catch (StatesException e) {
                        return e.cause();
                    }
                });
            }

            // WHEN
            List<String> reasons = new ArrayList<>();
            for (Future<String> reason : threads.invokeAll(misses)) {
                reasons.add(reason.get());
            }

            // THEN
            assertThat(reasons)
                    .hasSize(64)
                    .containsOnly("Invalid path '$.order['id'][0]' : Filter: [0] can only be applied to arrays."
                            + " Current context is: \"not an array\"");
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * What Jayway selects in {@code document} converted to Java maps and lists (its default model), as a node; empty
     * when it finds nothing.
     */
    private static Optional<JsonNode> jaywayOnJavaObjects(JsonPath jayway, JsonNode document) {
        Object model = MAPPER.convertValue(document, Object.class);
        if (model == null) {
            // Jayway refuses a null document; on the tree (a NullNode) it reads as StepQuery does
            return Optional.ofNullable(new JaywayQuery(jayway, FilterRegexes.of("$")).evaluate(document));
        }
        try {
            Object hit = jayway.read(model, JAVA_OBJECTS);
            return Optional.of(hit == null ? NODES.nullNode() : MAPPER.valueToTree(hit));
        } catch (PathNotFoundException e) {
            return Optional.empty();
        }
    }

    /** What {@link PathSyntax#checkPath} said when {@link PathSyntax#parse} compiled every path with Jayway. */
    private static String checkPathCompilingEveryPath(String path) {
        String root = PathSyntax.rootOf(path);
        String invalid = "\"" + path + "\" is not a valid JSONPath: ";
        if (root == null) {
            return invalid + "it must start with \"$\"";
        }
        String rest = path.substring(root.length());
        if (!rest.isEmpty() && !rest.startsWith(".") && !rest.startsWith("[")) {
            return invalid + "expected \".\" or \"[\" after \"" + root + "\"";
        }
        try {
            JsonPath.compile("$" + rest);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return invalid + PathSyntax.firstLine(e.getMessage());
        }
    }

    private String root() {
        return switch (random.nextInt(8)) {
            case 0 -> "$$";
            case 1 -> "$var";
            case 2 -> "$_x1";
            case 3 -> "";
            case 4 -> piece();
            default -> "$";
        };
    }

    /** The text after a path's root: mostly well-formed steps, then sometimes mutated, sometimes pure noise. */
    private String rest() {
        if (random.nextInt(5) == 0) {
            StringBuilder noise = new StringBuilder(random.nextBoolean() ? "." : "[");
            for (int k = random.nextInt(8); k > 0; k--) {
                noise.append(piece());
            }
            return noise.toString();
        }
        StringBuilder rest = new StringBuilder();
        for (int k = random.nextInt(5); k > 0; k--) {
            rest.append(step());
        }
        for (int k = random.nextInt(4) - 1; k > 0; k--) {
            mutate(rest);
        }
        return rest.toString();
    }

    private String step() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> "." + name(false);
            case 2 -> "['" + name(true) + "']";
            case 3 -> "[\"" + name(true) + "\"]";
            default -> "[" + digits() + "]";
        };
    }

    /** A name: usually plain letters, sometimes with pieces a path syntax can trip on. */
    private String name(boolean quoted) {
        StringBuilder name = new StringBuilder();
        int length = random.nextInt(quoted ? 4 : 3) + (quoted ? 0 : 1);
        for (int k = 0; k < length; k++) {
            name.append(random.nextInt(3) == 0 ? piece() : String.valueOf((char) ('a' + random.nextInt(3))));
        }
        return name.toString();
    }

    private String digits() {
        return switch (random.nextInt(8)) {
            case 0 -> "0" + random.nextInt(10);
            case 1 -> "1234567890";
            case 2 -> "999999999";
            case 3 -> " " + random.nextInt(3);
            default -> String.valueOf(random.nextInt(4));
        };
    }

    private void mutate(StringBuilder text) {
        int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
        switch (random.nextInt(3)) {
            case 0 -> text.insert(at, piece());
            case 1 -> {
                if (at < text.length()) {
                    text.deleteCharAt(at);
                }
            }
            default -> {
                if (at < text.length()) {
                    text.replace(at, at + 1, piece());
                }
            }
        }
    }

    private String piece() {
        return PIECES[random.nextInt(PIECES.length)];
    }

    /**
     * A document shaped for {@code steps}: each step usually finds its container and member, sometimes the wrong
     * container, a missing member, a short array or a null; other members around it.
     */
    private JsonNode documentAlong(List<PathStep> steps) {
        return along(steps, 0);
    }

    private JsonNode along(List<PathStep> steps, int k) {
        if (k == steps.size() || random.nextInt(12) == 0) {
            return leaf();
        }
        int shape = random.nextInt(10);
        if (shape == 0) {
            return NODES.nullNode();
        }
        boolean rightContainer = shape != 1;
        boolean wantsObject = steps.get(k) instanceof PathStep.Field;
        if (wantsObject == rightContainer) {
            ObjectNode object = NODES.objectNode();
            object.set("other", leaf());
            if (steps.get(k) instanceof PathStep.Field field && shape != 2) {
                object.set(field.name(), along(steps, k + 1));
            }
            return object;
        }
        ArrayNode array = NODES.arrayNode();
        int index = steps.get(k) instanceof PathStep.Index step ? Math.min(step.index(), 4) : 1;
        int length = shape == 2 ? index : index + 1 + random.nextInt(2);
        for (int i = 0; i < length; i++) {
            array.add(i == index ? along(steps, k + 1) : leaf());
        }
        return array;
    }

    private JsonNode leaf() {
        return rawJson(LEAVES[random.nextInt(LEAVES.length)]);
    }

    private static String describe(int number, String path) {
        return "case " + number + " (seed " + SEED + ") path " + escaped(path);
    }

    /** The path with invisible characters made visible, so that a failure can be replayed by hand. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
