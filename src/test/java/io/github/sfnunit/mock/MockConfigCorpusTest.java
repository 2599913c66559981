package io.github.sfnunit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Loads every mock-config.json of the shared conformance corpus (../shared, when present) and, for the cases whose
 * mocks were derived from AWS's recording, expects the test case handler to answer each recorded task call with
 * what AWS recorded: the same result (a bare Lambda ARN's Payload), or the same error and cause.
 */
class MockConfigCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ENGINE_ERRORS =
            Set.of("States.DataLimitExceeded", "States.Timeout", "States.HeartbeatTimeout", "States.Runtime");

    @TestFactory
    Stream<DynamicTest> every_corpus_mock_config_answers_the_recorded_task_calls() throws IOException {
        Path cases = corpus();
        assumeTrue(cases != null, "the shared conformance corpus is not present");
        List<Path> configs;
        try (Stream<Path> dirs = Files.list(cases)) {
            configs = dirs.map(dir -> dir.resolve("mock-config.json"))
                    .filter(Files::exists)
                    .sorted()
                    .toList();
        }
        assertThat(configs).hasSizeGreaterThan(100);
        return configs.stream()
                .map(config -> DynamicTest.dynamicTest(
                        config.getParent().getFileName().toString(), () -> check(config.getParent())));
    }

    private static void check(Path caseDir) throws IOException {
        MockConfigTestCase handler =
                MockConfigFile.load(caseDir.resolve("mock-config.json")).testCase("conformance", "default");
        Path historyFile = caseDir.resolve("history.json");
        String kind = JSON.readTree(caseDir.resolve("meta.json").toFile())
                .path("kind")
                .asText();
        if (!Files.exists(historyFile) || !kind.equals("derived-mock")) {
            assertThat(handler.states()).isNotEmpty();
            return;
        }
        JsonNode history = JSON.readTree(historyFile.toFile());
        if (hasMaskedIds(history)) {
            return;
        }
        Map<String, Integer> invocationsPerState = new HashMap<>();
        String taskState = null;
        TaskOutcome pending = null;
        for (JsonNode event : history) {
            String type = event.get("type").asText();
            JsonNode details = details(event);
            if (type.equals("TaskStateEntered")) {
                taskState = details.get("name").asText();
            } else if (type.equals("TaskScheduled")
                    || type.equals("LambdaFunctionScheduled")
                    || type.equals("ActivityScheduled")) {
                int index = invocationsPerState.merge(taskState, 1, Integer::sum) - 1;
                pending = handler.invoke(invocation(taskState, index, type, details));
            } else if (pending != null && isOutcome(type)) {
                assertMatches(pending, type, details, taskState);
                pending = null;
            }
        }
    }

    private static void assertMatches(TaskOutcome outcome, String type, JsonNode details, String state) {
        String at = "state " + state + ", " + type;
        if (type.endsWith("Succeeded")) {
            assertThat(outcome).as(at).isInstanceOf(TaskOutcome.Succeeded.class);
            assertThat(normalized(((TaskOutcome.Succeeded) outcome).result()))
                    .as(at)
                    .isEqualTo(normalized(details.get("output")));
            return;
        }
        String error = details.path("error").isMissingNode()
                ? null
                : details.get("error").asText();
        if (error != null && ENGINE_ERRORS.contains(error)) {
            return; // raised by the engine (limits, timeouts), not by the service the mock stands for
        }
        assertThat(outcome).as(at).isInstanceOf(TaskOutcome.Failed.class);
        TaskOutcome.Failed failed = (TaskOutcome.Failed) outcome;
        assertThat(failed.error()).as(at + " error").isEqualTo(error);
        assertThat(normalized(failed.cause() == null ? null : TextNode.valueOf(failed.cause())))
                .as(at + " cause")
                .isEqualTo(normalized(details.get("cause")));
    }

    private static TaskInvocation invocation(String state, int index, String type, JsonNode details) {
        String resource;
        JsonNode input;
        if (type.equals("TaskScheduled")) {
            resource = "arn:aws:states:::" + details.get("resourceType").asText() + ":"
                    + details.get("resource").asText();
            input = details.get("parameters");
        } else if (type.equals("LambdaFunctionScheduled")) {
            resource = details.get("resource").asText();
            input = details.get("input");
        } else {
            resource = "arn:aws:states:us-east-1:111111111111:activity:recorded";
            input = details.get("input");
        }
        return new TaskInvocation(
                state, state, resource, input, 0, index, Instant.parse("2025-01-01T00:00:00Z"), null, null);
    }

    private static boolean isOutcome(String type) {
        return List.of(
                        "TaskSucceeded",
                        "TaskFailed",
                        "TaskTimedOut",
                        "LambdaFunctionSucceeded",
                        "LambdaFunctionFailed",
                        "LambdaFunctionTimedOut",
                        "ActivitySucceeded",
                        "ActivityFailed",
                        "ActivityTimedOut")
                .contains(type);
    }

    /** The corpus keeps payloads as JSON text or as the value decoded from it: compare decoded values. */
    private static JsonNode normalized(JsonNode value) {
        if (value == null) {
            return TextNode.valueOf("<absent>");
        }
        JsonNode decoded = value;
        if (value.isTextual()) {
            try {
                decoded = JSON.readTree(value.asText());
            } catch (IOException notJsonText) {
                decoded = value;
            }
        }
        // the corpus filled the recording's placeholders in with concrete values when it wrote the mock files
        String text = decoded.toString().replace("<partition>", "aws").replace("<region>", "us-east-1");
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode details(JsonNode event) {
        List<JsonNode> found = new ArrayList<>();
        event.properties().forEach(field -> {
            if (field.getKey().endsWith("EventDetails")) {
                found.add(field.getValue());
            }
        });
        return found.isEmpty() ? JSON.createObjectNode() : found.get(0);
    }

    private static boolean hasMaskedIds(JsonNode events) {
        for (JsonNode event : events) {
            if (!event.get("id").isNumber()) {
                return true;
            }
        }
        return false;
    }

    static Path corpus() {
        for (Path candidate : List.of(
                Path.of("..", "shared", "conformance", "cases"),
                Path.of("..", "..", "shared", "conformance", "cases"),
                Path.of("/work/shared/conformance/cases"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
