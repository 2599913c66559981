package io.github.sfnunit.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the shared conformance corpus (recorded against AWS) that is a single JSONPath Pass state with
 * only {@code Parameters}: the template evaluated by the query layer must give AWS's output, or AWS's error and
 * cause (with the engine's part of the cause, the state prefix, added here).
 */
class PassParametersConformanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ALLOWED_FIELDS = Set.of("Type", "Parameters", "End", "Comment");

    static Stream<Path> cases() throws IOException {
        Path dir = Path.of(System.getProperty("sfnunit.shared.dir", "../shared"), "conformance", "cases");
        assumeTrue(Files.isDirectory(dir), "the shared conformance corpus is not at " + dir);
        List<Path> selected = new ArrayList<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path path : all.sorted().toList()) {
                JsonNode definition = read(path.resolve("definition.json"));
                JsonNode states = definition.path("States");
                if (states.size() != 1
                        || "JSONata".equals(definition.path("QueryLanguage").asText())) {
                    continue;
                }
                JsonNode state = states.elements().next();
                Set<String> fields = new java.util.HashSet<>();
                state.fieldNames().forEachRemaining(fields::add);
                if ("Pass".equals(state.path("Type").asText())
                        && state.has("Parameters")
                        && ALLOWED_FIELDS.containsAll(fields)) {
                    selected.add(path);
                }
            }
        }
        assertThat(selected).as("cases found in %s", dir).hasSizeGreaterThan(90);
        return selected.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_template_gives_what_aws_gave(Path caseDir) {
        // GIVEN
        JsonNode definition = read(caseDir.resolve("definition.json"));
        JsonNode input = read(caseDir.resolve("input.json"));
        JsonNode expected = read(caseDir.resolve("expected.json"));
        Map.Entry<String, JsonNode> state =
                definition.get("States").properties().iterator().next();
        EvaluationContext context = new EvaluationContext(
                contextObject(input, state.getKey()), VariableScope.EMPTY, new SplittableRandom(1));

        // WHEN
        ObjectNode actual = JsonNodeFactory.instance.objectNode();
        try {
            JsonNode output =
                    PayloadTemplate.compile(state.getValue().get("Parameters")).evaluate(input, context);
            actual.put("status", "SUCCEEDED");
            actual.set("output", output);
        } catch (StatesException e) {
            actual.put("status", "FAILED");
            actual.put("error", e.error());
            actual.put(
                    "cause",
                    "An error occurred while executing the state '" + state.getKey()
                            + "' (entered at the event id #2). " + e.cause());
        }

        // THEN
        ObjectNode want = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("status", "output", "error", "cause")) {
            if (expected.has(field)) {
                want.set(field, expected.get(field));
            }
        }
        JsonNode compare = expected.path("compare");
        for (JsonNode pointer : compare.path("ignore")) {
            remove(want, pointer.asText());
            remove(actual, pointer.asText());
        }
        Iterator<Map.Entry<String, JsonNode>> patterns =
                compare.path("patterns").properties().iterator();
        while (patterns.hasNext()) {
            Map.Entry<String, JsonNode> pattern = patterns.next();
            JsonNode value = actual.at(pattern.getKey());
            String text = value.isTextual() ? value.textValue() : value.toString();
            assertThat(text).as(pattern.getKey()).matches(pattern.getValue().asText());
            remove(want, pattern.getKey());
            remove(actual, pattern.getKey());
        }
        assertThat(actual).isEqualTo(want);
    }

    private static JsonNode contextObject(JsonNode input, String stateName) {
        return ContextObject.forExecution(
                        "arn:aws:states:us-east-1:111111111111:execution:machine-name:run-name",
                        input,
                        "run-name",
                        "arn:aws:iam::111111111111:role/role",
                        Instant.parse("2025-01-01T00:00:00Z"),
                        0,
                        "arn:aws:states:us-east-1:111111111111:stateMachine:machine-name",
                        "machine-name")
                .enterState(stateName, Instant.parse("2025-01-01T00:00:00Z"))
                .toJson();
    }

    private static void remove(JsonNode root, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        if (parent instanceof ObjectNode object) {
            object.remove(pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~"));
        }
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
