package io.github.sfnunit.bench;

import java.time.Duration;

/**
 * Executions counted in a timed loop after a warm-up loop, the way run-peer.mjs counts them: run until the time
 * is up (at least once), then divide the executions by the elapsed time.
 */
record Throughput(long executions, double seconds) {

    double executionsPerSecond() {
        return executions / seconds;
    }

    /** Runs {@code execution} for {@code warmup}, then counts it for {@code measurement}. */
    static Throughput measure(Duration warmup, Duration measurement, Runnable execution) {
        loop(warmup, execution);
        return loop(measurement, execution);
    }

    private static Throughput loop(Duration duration, Runnable execution) {
        long budget = duration.toNanos();
        long start = System.nanoTime();
        long executions = 0;
        long elapsed;
        do {
            execution.run();
            executions++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        return new Throughput(executions, elapsed / 1e9);
    }
}
