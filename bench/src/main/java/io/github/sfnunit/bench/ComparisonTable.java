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
        table.append("| workload | sfn-unit executions/s | aws-local-stepfunctions executions/s | ratio |"
                + " sfn-unit ms/execution | same output |\n");
        table.append("| --- | ---: | ---: | ---: | ---: | --- |\n");
        StringBuilder memory = new StringBuilder();
        for (Workload workload : workloads) {
            JsonNode ours = read(results.resolve("sfnunit-" + workload.id() + ".json"));
            JsonNode peer = workload.peerSupported() ? read(results.resolve("peer-" + workload.id() + ".json")) : null;
            if (ours == null) {
                continue;
            }
            double oursPerSecond = ours.path("executionsPerSecond").asDouble();
            String peerCell = "not supported (no JSONata)";
            String ratio = "-";
            if (peer != null) {
                double peerPerSecond = peer.path("results")
                        .path(workload.id())
                        .path("executionsPerSecond")
                        .asDouble();
                peerCell = number(peerPerSecond);
                ratio = String.format(Locale.ROOT, "%.1fx", oursPerSecond / peerPerSecond);
            }
            table.append(String.format(
                    Locale.ROOT,
                    "| (%s) %s | %s | %s | %s | %s | %s |%n",
                    workload.id(),
                    workload.title(),
                    number(oursPerSecond),
                    peerCell,
                    ratio,
                    String.format(Locale.ROOT, "%.3f", 1000 / oursPerSecond),
                    ours.path("outputCheck").asText()));
            JsonNode footprint = ours.path("memory");
            if (!footprint.isMissingNode()) {
                memory.append(String.format(
                        Locale.ROOT,
                        "| (%s) %d items | %s | %s | %s | %s | %s |%n",
                        workload.id(),
                        workload.itemCount(),
                        megabytes(footprint.path("outputOnly").asLong()),
                        megabytes(footprint.path("executionRetained").asLong()),
                        megabytes(footprint.path("peakLiveDuringRun").asLong()),
                        megabytes(footprint.path("allocatedPerExecution").asLong()),
                        peer == null
                                ? "-"
                                : megabytes(peer.path("results")
                                        .path(workload.id())
                                        .path("retainedBytesWithOutput")
                                        .asLong())));
            }
        }
        if (memory.length() > 0) {
            table.append("\n| memory (MB) | result array alone | sfn-unit Execution retained | sfn-unit peak live"
                    + " during run | sfn-unit allocated per execution | peer retained with result |\n");
            table.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
            table.append(memory);
        }
        return table.toString();
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
