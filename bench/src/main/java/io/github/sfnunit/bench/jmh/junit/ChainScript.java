package io.github.sfnunit.bench.jmh.junit;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Workload (a), the ten-state Pass/Choice chain, as both benchmark test classes run it. */
final class ChainScript {

    static final String DEFINITION = "bench/workloads/a-chain.asl.json";
    static final String INPUT = read("bench/workloads/a-chain.input.json");

    private ChainScript() {}

    static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Run the benchmark from the repository root: " + file, e);
        }
    }

    static void check(Execution run) {
        if (run.status() != ExecutionStatus.SUCCEEDED || run.statesEntered().size() != 8) {
            throw new AssertionError("expected SUCCEEDED after 8 states but was " + run.status() + " after "
                    + run.statesEntered() + ": " + run.cause());
        }
    }
}
