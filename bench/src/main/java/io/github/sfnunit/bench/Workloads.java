package io.github.sfnunit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.bench.Workload.MockAnswer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the workloads of {@code bench/workloads}: the manifest {@code workloads.json}, each definition and input,
 * and the Task answers of {@code mocks.json} (AWS Step Functions Local's MockConfigFile format). The Node runner
 * ({@code bench/node/run-peer.mjs}) reads the same files the same way.
 */
public final class Workloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    public Workloads(Path directory) {
        this.directory = directory;
    }

    /** All workloads of the manifest, in its order. */
    public List<Workload> all() {
        JsonNode manifest = read("workloads.json");
        JsonNode mockConfig = read("mocks.json");
        List<Workload> workloads = new ArrayList<>();
        for (JsonNode entry : manifest.path("workloads")) {
            workloads.add(load(entry, mockConfig));
        }
        return workloads;
    }

    /** The workload with short id {@code id}. */
    public Workload byId(String id) {
        return all().stream()
                .filter(candidate -> candidate.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no workload with id " + id + " in " + directory));
    }

    /** The workloads of {@code -Dsfnunit.bench.workloads}, else of {@code bench/workloads} (run from the root). */
    public static Workloads fromSystemProperty() {
        return new Workloads(Path.of(System.getProperty("sfnunit.bench.workloads", "bench/workloads")));
    }

    /** The directory the workload files are in. */
    public Path directory() {
        return directory;
    }

    private Workload load(JsonNode entry, JsonNode mockConfig) {
        String name = entry.path("name").asText();
        List<JsonNode> inputs = new ArrayList<>();
        int itemCount = 0;
        if (entry.has("generatedItems")) {
            itemCount = entry.path("generatedItems").asInt();
            inputs.add(generatedItems(itemCount));
        } else if (entry.has("generatedDigits")) {
            itemCount = entry.path("generatedDigits").asInt();
            inputs.add(generatedDigits(itemCount));
        } else if (entry.has("inputs")) {
            entry.path("inputs").forEach(file -> inputs.add(read(file.asText())));
        } else {
            inputs.add(read(entry.path("input").asText()));
        }
        boolean peerSupported = entry.path("peer").asBoolean(true);
        JsonNode expected = entry.has("expected") ? read(entry.path("expected").asText()) : null;
        if (!peerSupported && expected == null) {
            throw new IllegalStateException("workload " + name + " has no peer run, so it needs an 'expected' output");
        }
        Map<String, List<MockAnswer>> mocks = entry.has("mockTestCase")
                ? mocksOf(mockConfig, name, entry.path("mockTestCase").asText())
                : Map.of();
        return new Workload(
                entry.path("id").asText(),
                name,
                entry.path("title").asText(),
                text(name + ".asl.json"),
                inputs,
                mocks,
                peerSupported,
                expected,
                entry.path("history").asBoolean(true),
                itemCount);
    }

    /** {"items": [{"id": i, "value": i % 10}, ...]}, exactly as run-peer.mjs builds it. */
    static JsonNode generatedItems(int count) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode items = nodes.arrayNode(count);
        for (int i = 0; i < count; i++) {
            items.add(nodes.objectNode().put("id", i).put("value", i % 10));
        }
        ObjectNode input = nodes.objectNode();
        input.set("items", items);
        return input;
    }

    /** {"items": [0, 1, ..., 9, 0, 1, ...]}: n one-digit numbers, exactly as run-peer.mjs builds it. */
    static JsonNode generatedDigits(int count) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode items = nodes.arrayNode(count);
        for (int i = 0; i < count; i++) {
            items.add(i % 10);
        }
        ObjectNode input = nodes.objectNode();
        input.set("items", items);
        return input;
    }

    private static Map<String, List<MockAnswer>> mocksOf(JsonNode config, String machine, String testCase) {
        JsonNode states =
                config.path("StateMachines").path(machine).path("TestCases").path(testCase);
        if (!states.isObject()) {
            throw new IllegalStateException(
                    "mocks.json has no test case /StateMachines/" + machine + "/TestCases/" + testCase);
        }
        Map<String, List<MockAnswer>> mocks = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> state = it.next();
            JsonNode responses =
                    config.path("MockedResponses").path(state.getValue().asText());
            mocks.put(state.getKey(), answers(responses));
        }
        return mocks;
    }

    // Keys are "n" or "from-to" in invocation order; the benchmark files list them in ascending order.
    private static List<MockAnswer> answers(JsonNode responses) {
        List<MockAnswer> answers = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            String[] range = response.getKey().split("-");
            int from = Integer.parseInt(range[0]);
            int to = Integer.parseInt(range[range.length - 1]);
            if (from != answers.size()) {
                throw new IllegalStateException(
                        "mocks.json: response keys must count up from 0 without gaps, found " + response.getKey());
            }
            for (int i = from; i <= to; i++) {
                answers.add(answerOf(response.getValue()));
            }
        }
        return List.copyOf(answers);
    }

    private static MockAnswer answerOf(JsonNode response) {
        if (response.has("Throw")) {
            JsonNode error = response.path("Throw");
            return new MockAnswer.Throws(
                    error.path("Error").asText(), error.path("Cause").asText());
        }
        return new MockAnswer.Returns(response.path("Return").toString());
    }

    private JsonNode read(String file) {
        try {
            return JSON.readTree(directory.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read workload file " + directory.resolve(file), e);
        }
    }

    private String text(String file) {
        try {
            return Files.readString(directory.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read workload file " + directory.resolve(file), e);
        }
    }
}
