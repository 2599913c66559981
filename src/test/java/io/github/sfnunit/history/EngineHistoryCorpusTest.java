package io.github.sfnunit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.internal.history.HistoryLane;
import io.github.sfnunit.mock.MockConfigFile;
import io.github.sfnunit.replay.internal.ConformanceCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the corpus cases with a recorded history through the whole interpreter and, wherever the event types come
 * out as AWS recorded them, expects the same ids, previousEventIds and detail fields: the recorder's lane rules as
 * the engine uses them, end to end.
 */
class EngineHistoryCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void executions_link_and_shape_their_events_as_aws_recorded() throws IOException {
        Path cases = corpus();
        assumeTrue(cases != null, "the shared conformance corpus is not present");
        int compared = 0;
        List<String> mismatches = new ArrayList<>();
        List<Path> dirs;
        try (Stream<Path> list = Files.list(cases)) {
            dirs = list.filter(dir -> Files.exists(dir.resolve("history.json")))
                    .sorted()
                    .toList();
        }
        for (Path dir : dirs) {
            JsonNode recorded = JSON.readTree(dir.resolve("history.json").toFile());
            List<HistoryEvent> actual = run(dir);
            if (actual == null || hasMaskedIds(recorded) || !types(recorded).equals(types(actual))) {
                continue;
            }
            compared++;
            for (int i = 0; i < actual.size(); i++) {
                HistoryEvent event = actual.get(i);
                JsonNode expected = recorded.get(i);
                String at = dir.getFileName() + " event " + event.id() + " " + event.type();
                if (event.previousEventId() != expected.get("previousEventId").asLong()
                        && !isMapRunExitRace(actual, event, expected)) {
                    mismatches.add(at + ": previousEventId " + event.previousEventId() + ", AWS "
                            + expected.get("previousEventId"));
                }
                if (event.detailsKey() != null
                        && !fields(expected.get(event.detailsKey())).equals(fields(event.details()))) {
                    mismatches.add(at + ": detail fields " + fields(event.details()) + ", AWS "
                            + fields(expected.get(event.detailsKey())));
                }
            }
        }
        assertThat(compared).as("histories compared").isGreaterThan(300);
        assertThat(mismatches).isEmpty();
    }

    private static List<HistoryEvent> run(Path dir) throws IOException {
        JsonNode meta = JSON.readTree(dir.resolve("meta.json").toFile());
        if (meta.path("kind").asText().equals("invalid-definition")) {
            return null;
        }
        try {
            StateMachineType type =
                    StateMachineType.valueOf(meta.path("stateMachineType").asText("STANDARD"));
            var definition =
                    new DefinitionParser(type).parse(ConformanceCase.read(dir).definitionJson());
            ExecutionOptions.Builder options = ExecutionOptions.builder().stateMachineType(type);
            if (meta.hasNonNull("sandboxNow")) {
                options.startTime(Instant.parse(meta.get("sandboxNow").asText()));
            }
            if (Files.exists(dir.resolve("mock-config.json"))) {
                options.taskHandler(
                        MockConfigFile.load(dir.resolve("mock-config.json")).testCase("conformance", "default"));
            }
            JsonNode input = JSON.readTree(dir.resolve("input.json").toFile());
            return StateMachine.from(definition, options.build()).start(input).history();
        } catch (RuntimeException notRunnableYet) {
            // features the interpreter does not run yet are measured by the conformance ratchet, not here
            return null;
        }
    }

    /**
     * A distributed Map's {@code MapStateExited} points to {@code MapRunSucceeded} in most of AWS's recordings and
     * to {@code MapRunStarted} in others (a race inside AWS, see {@link HistoryLane}); the recorder always links
     * it to {@code MapRunSucceeded}, so the other form is accepted here.
     */
    private static boolean isMapRunExitRace(List<HistoryEvent> actual, HistoryEvent event, JsonNode expected) {
        if (!event.type().equals("MapStateExited")) {
            return false;
        }
        long awsPrevious = expected.get("previousEventId").asLong();
        return awsPrevious >= 1
                && actual.get((int) awsPrevious - 1).type().equals("MapRunStarted")
                && actual.get((int) event.previousEventId() - 1).type().equals("MapRunSucceeded");
    }

    private static List<String> types(JsonNode recorded) {
        List<String> types = new ArrayList<>();
        recorded.forEach(event -> types.add(event.get("type").asText()));
        return types;
    }

    private static List<String> types(List<HistoryEvent> events) {
        return events.stream().map(HistoryEvent::type).toList();
    }

    private static Set<String> fields(JsonNode details) {
        Set<String> names = new TreeSet<>();
        if (details != null) {
            details.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static boolean hasMaskedIds(JsonNode events) {
        for (JsonNode event : events) {
            if (!event.get("id").isNumber()) {
                return true;
            }
        }
        return false;
    }

    private static Path corpus() {
        for (Path candidate :
                List.of(Path.of("..", "shared", "conformance", "cases"), Path.of("/work/shared/conformance/cases"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
