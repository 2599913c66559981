package io.github.sfnunit.internal.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.history.HistoryEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every recorded AWS history of the shared conformance corpus (../shared/conformance, when present)
 * through the recorder and expects the same event types, ids, previousEventIds and details. Histories whose ids
 * AWS's recording masked (concurrent Parallel branches) are left out.
 */
class HistoryRecorderCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CASES = Path.of("..", "shared", "conformance", "cases");

    @TestFactory
    Stream<DynamicTest> recorder_reproduces_every_recorded_history_of_the_corpus() throws IOException {
        Path cases = corpus();
        assumeTrue(cases != null, "the shared conformance corpus is not present");
        List<Path> histories;
        try (Stream<Path> dirs = Files.list(cases)) {
            histories = dirs.map(dir -> dir.resolve("history.json"))
                    .filter(Files::exists)
                    .sorted()
                    .toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path history : histories) {
            JsonNode events = JSON.readTree(history.toFile());
            if (hasMaskedIds(events)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(
                    history.getParent().getFileName().toString(), () -> assertReplayMatches(events)));
        }
        assertThat(tests).hasSizeGreaterThan(300);
        return tests.stream();
    }

    private static void assertReplayMatches(JsonNode recorded) {
        CorpusHistoryReplay replay = new CorpusHistoryReplay();
        recorded.forEach(replay::replay);
        List<HistoryEvent> events = replay.recorder().events();
        assertThat(events).hasSize(recorded.size());
        for (int i = 0; i < events.size(); i++) {
            HistoryEvent actual = events.get(i);
            JsonNode expected = recorded.get(i);
            String at =
                    "event " + expected.get("id") + " (" + expected.get("type").asText() + ")";
            assertThat(actual.type())
                    .as(at + " type")
                    .isEqualTo(expected.get("type").asText());
            assertThat(actual.id()).as(at + " id").isEqualTo(expected.get("id").asLong());
            long expectedPrevious = expected.get("previousEventId").asLong();
            if (isMapExitAfterMapRunRace(recorded, i)) {
                // AWS points this exit either where MapStateSucceeded points (MapRunSucceeded, most recordings)
                // or to MapRunStarted (a few): the recorder always does the former.
                expectedPrevious = recorded.get(i - 1).get("previousEventId").asLong();
            }
            assertThat(actual.previousEventId()).as(at + " previousEventId").isEqualTo(expectedPrevious);
            String detailsKey = detailsKey(expected);
            assertThat(actual.detailsKey()).as(at + " details key").isEqualTo(detailsKey);
            if (detailsKey != null) {
                assertThat(normalized(actual.details()))
                        .as(at + " details")
                        .isEqualTo(normalized(expected.get(detailsKey)));
            }
        }
    }

    private static boolean isMapExitAfterMapRunRace(JsonNode recorded, int index) {
        return index >= 3
                && recorded.get(index).get("type").asText().equals("MapStateExited")
                && recorded.get(index - 2).get("type").asText().equals("MapRunSucceeded");
    }

    private static Map<String, JsonNode> normalized(JsonNode details) {
        Map<String, JsonNode> fields = new TreeMap<>();
        details.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (field.getKey().equals("assignedVariables")) {
                var object = JSON.createObjectNode();
                value.properties()
                        .iterator()
                        .forEachRemaining(v -> object.set(v.getKey(), CorpusHistoryReplay.normalized(v.getValue())));
                fields.put(field.getKey(), object);
            } else {
                fields.put(field.getKey(), CorpusHistoryReplay.normalized(value));
            }
        });
        return fields;
    }

    private static String detailsKey(JsonNode event) {
        var names = event.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.endsWith("EventDetails")) {
                return name;
            }
        }
        return null;
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
        for (Path candidate : List.of(CASES, Path.of("..", "..", "shared", "conformance", "cases"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        Path absolute = Path.of("/work/shared/conformance/cases");
        return Files.isDirectory(absolute) ? absolute : null;
    }
}
