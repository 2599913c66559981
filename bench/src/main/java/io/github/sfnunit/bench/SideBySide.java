package io.github.sfnunit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.replay.internal.JsonComparison;
import io.github.sfnunit.report.CoverageData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The sfn-unit side of {@code bench/run.sh}.
 *
 * <ul>
 *   <li>{@code run <workloads dir> <results dir> <warm-up s> <measure s> <id>}: runs one workload once, checks
 *       its output against the peer's ({@code peer-<id>.json}) or the expected output, then counts executions
 *       per second after a warm-up and writes {@code sfnunit-<id>.json}. Map workloads also get memory figures.
 *   <li>{@code table <workloads dir> <results dir>}: prints the Markdown table of both sides.
 * </ul>
 */
public final class SideBySide {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How many pairs of batches (off, on) the coverage comparison measures, in {@code MEASURE} of CPU time each side. */
    private static final int COVERAGE_PAIRS = 10;

    private SideBySide() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("table")) {
            System.out.print(ComparisonTable.render(new Workloads(Path.of(args[1])).all(), Path.of(args[2])));
        } else if (args.length == 6 && args[0].equals("run")) {
            run(Path.of(args[1]), Path.of(args[2]), seconds(args[3]), seconds(args[4]), args[5]);
        } else {
            System.err.println("usage: SideBySide run <workloads dir> <results dir> <warm-up s> <measure s> <id>\n"
                    + "       SideBySide table <workloads dir> <results dir>");
            System.exit(2);
        }
    }

    private static void run(Path workloadDir, Path results, Duration warmup, Duration measurement, String id)
            throws IOException {
        Workload workload = new Workloads(workloadDir).byId(id);
        WorkloadMachines machine = WorkloadMachines.compile(workload, workload.historyRecording());
        List<JsonNode> inputs = workload.inputs();
        JsonNode references = referenceOutputs(workload, results);
        for (int k = 0; k < inputs.size(); k++) {
            Execution first = machine.start(inputs.get(k));
            if (first.status() != ExecutionStatus.SUCCEEDED) {
                fail(
                        workload,
                        "input " + k + ": the execution ended " + first.status() + " with " + first.error() + ": "
                                + first.cause());
            }
            String difference = JsonComparison.firstDifference(references.path(k), first.output(), "");
            if (difference != null) {
                fail(
                        workload,
                        "input " + k + ": the output differs from the "
                                + (workload.peerSupported() ? "peer's" : "expected one") + " at " + difference);
            }
        }

        ObjectNode report = JSON.createObjectNode();
        report.put("id", id);
        report.put("outputCheck", workload.peerSupported() ? "yes" : "yes (vs expected; peer cannot run it)");
        if (workload.itemCount() > 0) {
            report.set("memory", footprint(machine, workload.input()));
        }
        WorkloadMachines withoutHistory =
                workload.historyRecording() ? WorkloadMachines.compile(workload, false) : null;
        boolean coverage = System.getenv("SFNUNIT_BENCH_COVERAGE") != null;
        WorkloadMachines recorded = coverage ? machine.recordingCoverage(new CoverageData(), workload.name()) : null;
        // Every configuration this process measures runs first, before any measurement: measured one after the
        // other without it, the first phase ran up to 8 times slower than the same configuration measured last in
        // the same process (code the JIT had compiled was left for paths a later configuration took first).
        if (withoutHistory != null) {
            Throughput.warm(warmup, inTurn(inputs, withoutHistory));
        }
        if (recorded != null) {
            Throughput.warm(warmup, inTurn(inputs, recorded));
        }
        Throughput throughput = Throughput.measure(warmup, measurement, inTurn(inputs, machine));
        if (withoutHistory != null) {
            // The same workload without history recording: what recording costs at this size.
            Throughput unrecorded = Throughput.measure(warmup, measurement, inTurn(inputs, withoutHistory));
            report.put("historyOffExecutionsPerSecond", unrecorded.executionsPerSecond());
            report.put("historyOffExecutionsPerCpuSecond", unrecorded.executionsPerCpuSecond());
        }
        if (recorded != null) {
            // Coverage recording off and on, in alternating batches after both were warmed (issue #13): measured
            // one after the other, the later phase ran 10-40% below the same configuration measured again.
            Throughput.Comparison coverageCost = Throughput.compare(
                    warmup, measurement, COVERAGE_PAIRS, inTurn(inputs, machine), inTurn(inputs, recorded));
            report.put("coverageOffExecutionsPerCpuSecond", coverageCost.a().executionsPerCpuSecond());
            report.put("coverageOnExecutionsPerCpuSecond", coverageCost.b().executionsPerCpuSecond());
            report.put("coverageOnOverOffMedian", coverageCost.medianRatio());
            System.err.printf(
                    "sfn-unit %s coverage, %d alternating pairs of batches: off %.1f, on %.1f executions per CPU second"
                            + " (on/off %.3f; per pair median %.3f, range %.3f-%.3f)%n",
                    id,
                    COVERAGE_PAIRS,
                    coverageCost.a().executionsPerCpuSecond(),
                    coverageCost.b().executionsPerCpuSecond(),
                    coverageCost.ratio(),
                    coverageCost.medianRatio(),
                    coverageCost.minRatio(),
                    coverageCost.maxRatio());
        }
        report.put("executions", throughput.executions());
        report.put("seconds", throughput.seconds());
        report.put("cpuSeconds", throughput.cpuSeconds());
        report.put("executionsPerSecond", throughput.executionsPerSecond());
        report.put("executionsPerCpuSecond", throughput.executionsPerCpuSecond());
        Files.createDirectories(results);
        JSON.writeValue(results.resolve("sfnunit-" + id + ".json").toFile(), report);
        System.err.printf(
                "sfn-unit %s %s: %.1f executions/s, %.1f per CPU second%n",
                id, workload.title(), throughput.executionsPerSecond(), throughput.executionsPerCpuSecond());
    }

    private static ObjectNode footprint(WorkloadMachines machine, JsonNode input) {
        Execution[] held = new Execution[1];
        long before = MemoryProbe.liveHeap();
        MemoryProbe.RunFootprint during = MemoryProbe.during(() -> held[0] = machine.start(input));
        long withExecution = MemoryProbe.liveHeap() - before;
        JsonNode output = held[0].output();
        held[0] = null;
        long withOutputOnly = MemoryProbe.liveHeap() - before;
        ObjectNode memory = JSON.createObjectNode();
        memory.put("executionRetained", withExecution);
        memory.put("outputOnly", withOutputOnly);
        memory.put("peakLiveDuringRun", during.peakLive() < 0 ? -1 : during.peakLive() - before);
        memory.put("collectionsDuringRun", during.collections());
        memory.put("allocatedPerExecution", during.allocated());
        // Keeps the output reachable until here, so the last measurement counts it.
        memory.put("outputElements", output.size());
        return memory;
    }

    /** One execution per call, on the workload's inputs in turn (run-peer.mjs does the same). */
    private static Runnable inTurn(List<JsonNode> inputs, WorkloadMachines machine) {
        if (inputs.size() == 1) {
            JsonNode input = inputs.get(0);
            return () -> machine.start(input);
        }
        int[] next = {0};
        return () -> {
            machine.start(inputs.get(next[0]));
            next[0] = (next[0] + 1) % inputs.size();
        };
    }

    /** The outputs to check against, one per input: the peer's, or the expected ones when it cannot run it. */
    private static JsonNode referenceOutputs(Workload workload, Path results) throws IOException {
        if (!workload.peerSupported()) {
            return JSON.createArrayNode().add(workload.expectedOutput());
        }
        Path peerFile = results.resolve("peer-" + workload.id() + ".json");
        if (!Files.exists(peerFile)) {
            fail(workload, "no peer result " + peerFile + ": run bench/node/run-peer.mjs first (bench/run.sh does)");
        }
        return JSON.readTree(peerFile.toFile())
                .path("results")
                .path(workload.id())
                .path("outputs");
    }

    private static void fail(Workload workload, String message) {
        System.err.println("workload (" + workload.id() + ") " + workload.name() + ": " + message);
        System.exit(1);
    }

    private static Duration seconds(String text) {
        return Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
    }
}
