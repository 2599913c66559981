package io.github.sfnunit.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.asl.StateMachineType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One case folder of the conformance corpus: {@code definition.json}, {@code input.json}, {@code expected.json},
 * {@code meta.json}, and optionally {@code mock-config.json} and {@code history.json}.
 */
public record ConformanceCase(Path dir, String id, String kind, List<String> tags, JsonNode meta, JsonNode expected) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ConformanceCase {
        tags = List.copyOf(tags);
    }

    /** Reads the case in {@code dir}. */
    public static ConformanceCase read(Path dir) {
        JsonNode meta = Files.exists(dir.resolve("meta.json")) ? readJson(dir.resolve("meta.json")) : JSON.nullNode();
        List<String> tags = new ArrayList<>();
        meta.path("tags").forEach(t -> tags.add(t.asText()));
        String id = meta.path("id").asText(dir.getFileName().toString());
        return new ConformanceCase(
                dir, id, meta.path("kind").asText("unknown"), tags, meta, readJson(dir.resolve("expected.json")));
    }

    /** Every case folder under {@code root}, sorted by name. */
    public static List<ConformanceCase> readAll(Path root) {
        try (var folders = Files.list(root)) {
            return folders.filter(Files::isDirectory)
                    .filter(d -> Files.exists(d.resolve("expected.json")))
                    .sorted()
                    .map(ConformanceCase::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the conformance cases in " + root, e);
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public Path definition() {
        return dir.resolve("definition.json");
    }

    public Path input() {
        return dir.resolve("input.json");
    }

    /** The mock config, or {@code null} when the case has none. */
    public Path mockConfig() {
        Path file = dir.resolve("mock-config.json");
        return Files.exists(file) ? file : null;
    }

    /** The recorded history, or {@code null} when none was recorded. */
    public Path history() {
        Path file = dir.resolve("history.json");
        return Files.exists(file) ? file : null;
    }

    /** The frozen "now" some Wait cases computed their timestamps from, or {@code null}. */
    public String sandboxNow() {
        JsonNode now = meta.path("sandboxNow");
        return now.isTextual() ? now.textValue() : null;
    }

    /** The type of the state machine AWS ran ({@code meta.stateMachineType}), Standard unless said otherwise. */
    public StateMachineType stateMachineType() {
        return "EXPRESS".equals(meta.path("stateMachineType").asText())
                ? StateMachineType.EXPRESS
                : StateMachineType.STANDARD;
    }

    /** Whether any tag equals {@code group} or starts with it (check.py's tag groups). */
    public boolean hasTag(String group) {
        return tags.stream().anyMatch(t -> t.startsWith(group));
    }

    /**
     * The cases the core interpreter covers: kind {@code pure} or {@code derived-mock}, without Map, Parallel,
     * JSONata or variables.
     */
    public boolean isCoreInterpreterCase() {
        if (!"pure".equals(kind) && !"derived-mock".equals(kind)) {
            return false;
        }
        for (String group : List.of("map", "parallel", "jsonata", "variables", "distributed")) {
            if (hasTag(group)) {
                return false;
            }
        }
        JsonNode stateTypes = meta.path("stateTypes");
        return !stateTypes.has("Map") && !stateTypes.has("Parallel");
    }
}
