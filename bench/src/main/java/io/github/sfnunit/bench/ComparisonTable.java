package io.github.sfnunit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints the side-by-side table from the result files of both runners ({@code sfnunit-<id>.json} and {@code
 * peer-<id>.json} in one directory), as Markdown for docs/performance.md.
 */
final class ComparisonTable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ComparisonTable() {}

    static String render(List<Workload> workloads, Path results) {
        StringBuilder table = new StringBuilder();
        table.append("| workload | sfn-unit executions/s | peer executions/s | ratio | sfn-unit executions/CPU-s"
                + " | peer executions/CPU-s | ratio (CPU) | sfn-unit history off, executions/CPU-s"
                + " | same output |\n");
        table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        StringBuilder memory = new StringBuilder();
        for (Workload workload : workloads) {
            JsonNode ours = read(results.resolve("sfnunit-" + workload.id() + ".json"));
            if (ours == null) {
                continue;
            }
            JsonNode peer = workload.peerSupported() ? read(results.resolve("peer-" + workload.id() + ".json")) : null;
            JsonNode peerResult = peer == null ? null : peer.path("results").path(workload.id());
            double perSecond = ours.path("executionsPerSecond").asDouble();
            double perCpuSecond = ours.path("executionsPerCpuSecond").asDouble();
            String historyOff = ours.has("historyOffExecutionsPerCpuSecond")
                    ? number(ours.path("historyOffExecutionsPerCpuSecond").asDouble())
                    : "(history off)";
            String peerCells = "not supported (no JSONata) | - | - | -";
            if (peerResult != null) {
                double peerPerSecond = peerResult.path("executionsPerSecond").asDouble();
                double peerPerCpuSecond =
                        peerResult.path("executionsPerCpuSecond").asDouble();
                peerCells = number(peerPerSecond) + " | " + ratio(perSecond, peerPerSecond) + " | "
                        + number(perCpuSecond) + " | " + number(peerPerCpuSecond) + " | "
                        + ratio(perCpuSecond, peerPerCpuSecond);
            } else {
                peerCells = "not supported (no JSONata) | - | " + number(perCpuSecond) + " | - | -";
            }
            table.append(String.format(
                    Locale.ROOT,
                    "| (%s) %s | %s | %s | %s | %s |%n",
                    workload.id(),
                    workload.title(),
                    number(perSecond),
                    peerCells,
                    historyOff,
                    ours.path("outputCheck").asText()));
            JsonNode footprint = ours.path("memory");
            if (!footprint.isMissingNode()) {
                memory.append(String.format(
                        Locale.ROOT,
                        "| (%s) %,d items | %.1f | %s | %s | %s | %s | %s |%n",
                        workload.id(),
                        workload.itemCount(),
                        1000 / perSecond,
                        megabytes(footprint.path("outputOnly").asLong()),
                        megabytes(footprint.path("executionRetained").asLong()),
                        megabytes(footprint.path("peakLiveDuringRun").asLong()),
                        megabytes(footprint.path("allocatedPerExecution").asLong()),
                        peerResult == null
                                ? "-"
                                : megabytes(peerResult
                                        .path("retainedBytesWithOutput")
                                        .asLong())));
            }
        }
        if (memory.length() > 0) {
            table.append("\n| Map workload | sfn-unit ms/execution | result array alone, MB | sfn-unit Execution"
                    + " retained, MB | sfn-unit peak live during run, MB | sfn-unit allocated per execution, MB"
                    + " | peer heap retained with result, MB |\n");
            table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            table.append(memory);
        }
        return table.toString();
    }

    private static String ratio(double ours, double peer) {
        return String.format(Locale.ROOT, "%.1fx", ours / peer);
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "-" : String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    private static JsonNode read(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
