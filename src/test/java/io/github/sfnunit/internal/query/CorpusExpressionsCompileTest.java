package io.github.sfnunit.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every JSONPath expression in every definition AWS accepted (shared conformance corpus) compiles: paths,
 * reference paths, payload templates and intrinsic calls. A definition AWS accepted must never be refused here.
 */
class CorpusExpressionsCompileTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> PATH_FIELDS = Set.of(
            "InputPath",
            "OutputPath",
            "ItemsPath",
            "TimeoutSecondsPath",
            "HeartbeatSecondsPath",
            "SecondsPath",
            "TimestampPath",
            "MaxConcurrencyPath",
            "ToleratedFailurePercentagePath",
            "ToleratedFailureCountPath");
    private static final Set<String> TEMPLATE_FIELDS = Set.of("Parameters", "ResultSelector", "ItemSelector", "Assign");

    @Test
    void every_expression_of_every_accepted_definition_compiles() throws IOException {
        // GIVEN
        Path dir = Path.of(System.getProperty("sfnunit.shared.dir", "../shared"), "conformance", "cases");
        assumeTrue(Files.isDirectory(dir), "the shared conformance corpus is not at " + dir);
        List<String> failures = new ArrayList<>();
        int[] compiled = {0};

        // WHEN
        try (Stream<Path> cases = Files.list(dir)) {
            for (Path caseDir : cases.sorted().toList()) {
                JsonNode expected =
                        MAPPER.readTree(caseDir.resolve("expected.json").toFile());
                if ("DEFINITION_REJECTED".equals(expected.path("status").asText())) {
                    continue;
                }
                JsonNode definition =
                        MAPPER.readTree(caseDir.resolve("definition.json").toFile());
                boolean jsonata =
                        "JSONata".equals(definition.path("QueryLanguage").asText());
                compileStates(
                        definition.path("States"), jsonata, caseDir.getFileName() + "/States", failures, compiled);
            }
        }

        // THEN
        assertThat(compiled[0]).as("expressions compiled").isGreaterThan(900);
        assertThat(failures).isEmpty();
    }

    private static void compileStates(JsonNode states, boolean jsonata, String where, List<String> failures, int[] n) {
        Iterator<Map.Entry<String, JsonNode>> it = states.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode state = entry.getValue();
            String at = where + "/" + entry.getKey();
            boolean stateJsonata = state.has("QueryLanguage")
                    ? "JSONata".equals(state.path("QueryLanguage").asText())
                    : jsonata;
            if (!stateJsonata) {
                compileState(state, at, failures, n);
            }
            for (JsonNode branch : state.path("Branches")) {
                compileStates(branch.path("States"), jsonata, at + "/Branches", failures, n);
            }
            for (String processor : List.of("Iterator", "ItemProcessor")) {
                compileStates(state.path(processor).path("States"), jsonata, at + "/" + processor, failures, n);
            }
        }
    }

    private static void compileState(JsonNode state, String at, List<String> failures, int[] n) {
        Iterator<Map.Entry<String, JsonNode>> fields = state.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            try {
                if (PATH_FIELDS.contains(name) && value.isTextual()) {
                    JsonPathExpression.compile(value.textValue());
                    n[0]++;
                } else if (name.equals("ResultPath") && value.isTextual()) {
                    ReferencePath.compile(value.textValue());
                    n[0]++;
                } else if (TEMPLATE_FIELDS.contains(name) && value.isObject()) {
                    PayloadTemplate.compile(value, at + "/" + name);
                    n[0]++;
                } else if ((name.equals("ErrorPath") || name.equals("CausePath")) && value.isTextual()) {
                    if (IntrinsicFunction.looksLikeCall(value.textValue())) {
                        IntrinsicFunction.compile(value.textValue());
                    } else {
                        JsonPathExpression.compile(value.textValue());
                    }
                    n[0]++;
                } else if (name.equals("Choices")) {
                    for (JsonNode choice : value) {
                        compileChoice(choice, at, failures, n);
                    }
                }
            } catch (IllegalArgumentException e) {
                failures.add(at + "/" + name + ": " + e.getMessage());
            }
        }
        for (JsonNode catcher : state.path("Catch")) {
            if (catcher.path("ResultPath").isTextual()) {
                try {
                    ReferencePath.compile(catcher.path("ResultPath").textValue());
                    n[0]++;
                } catch (IllegalArgumentException e) {
                    failures.add(at + "/Catch/ResultPath: " + e.getMessage());
                }
            }
        }
    }

    private static void compileChoice(JsonNode rule, String at, List<String> failures, int[] n) {
        Iterator<Map.Entry<String, JsonNode>> fields = rule.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if ((name.equals("Variable") || name.endsWith("Path")) && value.isTextual()) {
                try {
                    JsonPathExpression.compile(value.textValue());
                    n[0]++;
                } catch (IllegalArgumentException e) {
                    failures.add(at + "/Choices/" + name + ": " + e.getMessage());
                }
            } else if (value.isArray()) {
                for (JsonNode nested : value) {
                    compileChoice(nested, at, failures, n);
                }
            } else if (value.isObject() && name.equals("Not")) {
                compileChoice(value, at, failures, n);
            }
        }
    }
}
