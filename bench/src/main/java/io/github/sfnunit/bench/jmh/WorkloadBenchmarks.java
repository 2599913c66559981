package io.github.sfnunit.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.bench.Workload;
import io.github.sfnunit.bench.WorkloadMachines;
import io.github.sfnunit.bench.Workloads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole execution of a small side-by-side workload (bench/workloads), with history recording on (the
 * default) and off: the per-execution cost behind the side-by-side table, measured by JMH.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkloadBenchmarks {

    @Param({"a", "c", "d", "e"})
    public String workload;

    @Param({"true", "false"})
    public boolean history;

    private WorkloadMachines machine;
    private JsonNode input;

    @Setup
    public void compile() {
        Workload loaded = Workloads.fromSystemProperty().byId(workload);
        machine = WorkloadMachines.compile(loaded, history);
        input = loaded.input();
    }

    @Benchmark
    public Execution execution() {
        return machine.start(input);
    }
}
