package io.github.sfnunit.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;

/**
 * Executions counted in a loop after a warm-up loop, the way run-peer.mjs counts them: run until the process
 * has used the budget in CPU time (at least once), then divide the executions by the elapsed wall time and by
 * the CPU time used. Budgets are CPU time, so that both sides get the same warm-up and measurement work on a
 * machine shared with other processes; the process's CPU time includes its compiler and collector threads.
 */
record Throughput(long executions, double seconds, double cpuSeconds) {

    double executionsPerSecond() {
        return executions / seconds;
    }

    double executionsPerCpuSecond() {
        return executions / cpuSeconds;
    }

    /**
     * Runs {@code execution} for {@code warmup} of CPU time, then on until the JIT compiler has compiled nothing for
     * {@link #QUIET} of CPU time (at most {@code warmup} more), then counts it for {@code measurement}.
     */
    static Throughput measure(Duration warmup, Duration measurement, Runnable execution) {
        loop(warmup, execution);
        settle(warmup, execution);
        return loop(measurement, execution);
    }

    /**
     * Two configurations of one workload measured against each other in the same process: both warmed for {@code
     * warmup} in alternating slices, settled together, then {@code pairs} pairs of batches of {@code measurement /
     * pairs} CPU time each, the order swapped every pair (a b, b a, a b, ...), so that a drift of the machine or of
     * the JIT during the run falls on both alike. Measured one after the other instead, a configuration measured
     * right after another one ran 10-40% below its own later figure (docs/performance.md, issue #13).
     */
    static Comparison compare(Duration warmup, Duration measurement, int pairs, Runnable a, Runnable b) {
        Duration slice = warmup.dividedBy(8);
        for (int i = 0; i < 4; i++) {
            loop(slice, a);
            loop(slice, b);
        }
        settle(warmup, () -> {
            a.run();
            b.run();
        });
        Duration batch = measurement.dividedBy(pairs);
        Throughput totalA = new Throughput(0, 0, 0);
        Throughput totalB = new Throughput(0, 0, 0);
        double[] ratios = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            Throughput first = loop(batch, p % 2 == 0 ? a : b);
            Throughput second = loop(batch, p % 2 == 0 ? b : a);
            Throughput ofA = p % 2 == 0 ? first : second;
            Throughput ofB = p % 2 == 0 ? second : first;
            ratios[p] = ofB.executionsPerCpuSecond() / ofA.executionsPerCpuSecond();
            totalA = totalA.plus(ofA);
            totalB = totalB.plus(ofB);
        }
        return new Comparison(totalA, totalB, ratios);
    }

    /**
     * What {@link #compare} measured: each side's totals over all its batches, and per pair the ratio of b's
     * executions per CPU-second to a's.
     */
    record Comparison(Throughput a, Throughput b, double[] ratios) {

        /** b's executions per CPU-second over a's, over all batches. */
        double ratio() {
            return b.executionsPerCpuSecond() / a.executionsPerCpuSecond();
        }

        double medianRatio() {
            double[] sorted = ratios.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        double minRatio() {
            return Arrays.stream(ratios).min().orElse(Double.NaN);
        }

        double maxRatio() {
            return Arrays.stream(ratios).max().orElse(Double.NaN);
        }
    }

    private Throughput plus(Throughput other) {
        return new Throughput(executions + other.executions, seconds + other.seconds, cpuSeconds + other.cpuSeconds);
    }

    /** Runs {@code execution} for {@code budget} of CPU time, measuring nothing. */
    static void warm(Duration budget, Runnable execution) {
        loop(budget, execution);
    }

    /** How long the JIT compiler must have been idle before the measurement starts. */
    static final Duration QUIET = Duration.ofSeconds(1);

    /**
     * Runs {@code execution} until the JIT has compiled nothing for {@link #QUIET} of the process's CPU time, or
     * {@code cap} passed. A fixed warm-up was not enough on a loaded machine: the first measured phase of workload
     * (a) ran at 18,165 executions per CPU-second and the same configuration two phases later at 148,070, while C2
     * still compiled (docs/performance.md).
     */
    private static void settle(Duration cap, Runnable execution) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = os.getProcessCpuTime();
        long quietSince = start;
        long compiled = jit.getTotalCompilationTime();
        long now = start;
        while (now - quietSince < QUIET.toNanos() && now - start < cap.toNanos()) {
            long batchEnd = now + 10_000_000;
            do {
                execution.run();
                now = os.getProcessCpuTime();
            } while (now < batchEnd);
            long total = jit.getTotalCompilationTime();
            if (total != compiled) {
                compiled = total;
                quietSince = now;
            }
        }
        System.err.printf(
                "  JIT %s after %.1f s more CPU%n",
                now - quietSince >= QUIET.toNanos() ? "idle" : "still compiling (cap reached)", (now - start) / 1e9);
    }

    private static Throughput loop(Duration budget, Runnable execution) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = System.nanoTime();
        long cpuStart = os.getProcessCpuTime();
        long executions = 0;
        // The CPU clock is read between batches that double until a batch takes a millisecond, so that reading
        // it costs nothing next to short executions.
        long batch = 1;
        long cpu = cpuStart;
        do {
            for (long i = 0; i < batch; i++) {
                execution.run();
            }
            executions += batch;
            long now = os.getProcessCpuTime();
            if (now - cpu < 1_000_000) {
                batch *= 2;
            }
            cpu = now;
        } while (cpu - cpuStart < budget.toNanos());
        return new Throughput(executions, (System.nanoTime() - start) / 1e9, (cpu - cpuStart) / 1e9);
    }
}
