package io.github.sfnunit.report;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Coverage counts of any number of state machines, each identified by its source and the SHA-256 of its
 * definition: recorded from executions, merged from data files, written as one stable JSON data file (the same
 * executions give the same bytes; the schema is in {@code docs/coverage.md}). Thread-safe.
 *
 * <pre>{@code
 * CoverageData coverage = new CoverageData();
 * StateMachine recorded = coverage.recording("order-flow.asl.json", machine);
 * recorded.start(input);                                  // counted once it ended
 * coverage.writeDataFile(Path.of("target/sfn-unit"));     // coverage-<hash>.json
 * CoverageReport.write(CoverageData.read(Path.of("target/sfn-unit")), Path.of("target/sfn-unit"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CoverageData {

    /** The {@code format} field of every data file; a reader refuses anything else. */
    static final String FORMAT = "sfn-unit-coverage";

    /** The data-file schema version this code writes and reads. */
    static final int VERSION = 1;

    /** Read or merged counts, keyed by source, then hash, so that iteration (and the data file) is stable. */
    private final Map<String, MachineCounts> machines = new TreeMap<>();

    /**
     * Counts being recorded, per definition. Their hash is taken when the data is first read out, not when a test
     * starts: the JVM's first SHA-256 costs some 20 ms (its security providers), which the first test of a run
     * would otherwise pay.
     */
    private final Map<StateMachineDefinition, Recorded> byDefinition = new IdentityHashMap<>();

    /** A definition's counts, with its source and, once asked for, its hash. */
    private static final class Recorded {
        final String source;
        final StateMachineDefinition definition;
        final MachineCounts counts;
        String sha256;

        Recorded(String source, StateMachineDefinition definition) {
            this.source = source;
            this.definition = definition;
            this.counts = new MachineCounts(MachineGraph.of(definition));
        }

        String key() {
            if (sha256 == null) {
                sha256 = sha256(definition);
            }
            return CoverageData.key(source, sha256);
        }
    }

    /** Empty data. */
    public CoverageData() {}

    /**
     * {@code machine} counting each of its executions here once it ended.
     *
     * @param source how reports name the machine: a classpath resource, a file, a template with its logical id
     */
    public StateMachine recording(String source, StateMachine machine) {
        return machine.whenEnded(recorder(source, machine.definition()));
    }

    /**
     * What counts an execution of {@code definition} here: hand it each ended execution (for example through
     * {@link StateMachine#whenEnded}).
     */
    public Consumer<Execution> recorder(String source, StateMachineDefinition definition) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(definition, "definition");
        synchronized (this) {
            return byDefinition.computeIfAbsent(definition, key -> new Recorded(source, definition)).counts;
        }
    }

    /** Counts one ended execution of {@code definition}. */
    public void record(String source, StateMachineDefinition definition, Execution execution) {
        recorder(source, definition).accept(execution);
    }

    synchronized MachineCounts machine(String source, String sha256, java.util.function.Supplier<MachineGraph> graph) {
        return machines.computeIfAbsent(key(source, sha256), key -> new MachineCounts(graph.get()));
    }

    private static String key(String source, String sha256) {
        return source + '\u0000' + sha256;
    }

    /** Whether nothing was recorded or read. */
    public synchronized boolean isEmpty() {
        return machines.isEmpty() && byDefinition.isEmpty();
    }

    /** Adds {@code other}'s counts to these. */
    public void merge(CoverageData other) {
        for (Map.Entry<String, MachineCounts> entry : other.snapshot().entrySet()) {
            String[] parts = entry.getKey().split("\u0000", 2);
            machine(parts[0], parts[1], () -> entry.getValue().graph()).add(entry.getValue());
        }
    }

    /** The machines, by source then hash. */
    public List<MachineCoverage> machines() {
        List<MachineCoverage> result = new ArrayList<>();
        Map<String, MachineCounts> all = snapshot();
        Map<String, Integer> perSource = new TreeMap<>();
        all.keySet().forEach(key -> perSource.merge(key.split("\u0000", 2)[0], 1, Integer::sum));
        all.forEach((key, counts) -> {
            String[] parts = key.split("\u0000", 2);
            result.add(new MachineCoverage(parts[0], parts[1], counts, perSource.get(parts[0]) > 1));
        });
        return result;
    }

    /**
     * The machine recorded from {@code source} (with any hash when it was recorded with only one).
     *
     * @throws IllegalArgumentException when there is none, or more than one definition came from it
     */
    public MachineCoverage machine(String source) {
        List<MachineCoverage> found =
                machines().stream().filter(m -> m.source().equals(source)).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException((found.isEmpty()
                            ? "No coverage recorded for "
                            : "Several definitions" + " (" + found.size() + " hashes) were recorded from ")
                    + "\"" + source + "\"; recorded: "
                    + machines().stream().map(MachineCoverage::source).toList());
        }
        return found.get(0);
    }

    private synchronized Map<String, MachineCounts> snapshot() {
        Map<String, MachineCounts> copy = new TreeMap<>();
        machines.forEach((key, counts) -> copy.put(key, counts.copy()));
        // definitions of the same source and content (two test classes loading one file) are one machine
        byDefinition
                .values()
                .forEach(recorded -> copy.merge(recorded.key(), recorded.counts.copy(), (a, b) -> {
                    a.add(b);
                    return a;
                }));
        return copy;
    }

    /** The data file's text: stable JSON (same counts, same bytes), {@code \n} line ends. */
    public String toJson() {
        return CoverageJson.write(machines());
    }

    /** Reads one data file's text. */
    public static CoverageData fromJson(String json, String where) {
        CoverageData data = new CoverageData();
        CoverageJson.read(json, where, data);
        return data;
    }

    /**
     * Writes the data to {@code directory} as {@code coverage-<hash of the content>.json} (created if needed) and
     * returns the file. Named by its content, so the same tests run again leave one file, not two; a run that
     * counted something else adds its own file, and {@link #read} merges them all.
     */
    public Path writeDataFile(Path directory) {
        String json = toJson();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Path file = directory.resolve("coverage-" + hex(digest(bytes)).substring(0, 16) + ".json");
        writeAtomically(file, bytes);
        return file;
    }

    /**
     * Reads and merges every {@code coverage-*.json} data file in {@code directory}, or the one file it names.
     * A missing directory gives empty data.
     *
     * @throws IllegalArgumentException naming the file and place when a file is not sfn-unit coverage data
     */
    public static CoverageData read(Path directoryOrFile) {
        CoverageData data = new CoverageData();
        if (Files.isRegularFile(directoryOrFile)) {
            data.merge(readFile(directoryOrFile));
            return data;
        }
        if (!Files.isDirectory(directoryOrFile)) {
            return data;
        }
        try (Stream<Path> files = Files.list(directoryOrFile)) {
            for (Path file : files.filter(CoverageData::isDataFile).sorted().toList()) {
                data.merge(readFile(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directoryOrFile, e);
        }
        return data;
    }

    static boolean isDataFile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("coverage-") && name.endsWith(".json") && Files.isRegularFile(file);
    }

    private static CoverageData readFile(Path file) {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read coverage data " + file, e);
        }
    }

    static void writeAtomically(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".sfn-unit-", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** The SHA-256 of the definition's JSON as loaded (after substitutions), in hex. */
    static String sha256(StateMachineDefinition definition) {
        return hex(digest(JsonCodec.write(definition.source()).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
