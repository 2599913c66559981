package io.github.sfnunit.bench.jmh;

import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.bench.Workloads;
import java.nio.file.Files;
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
 * Compiling a definition, the cost a test class pays once: parsing and validating the JSON text into the ASL
 * model, and compiling the model into the engine's plan. Uses the side-by-side workload definitions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompileBenchmarks {

    @Param({"a-chain", "c-retry-catch", "d-parallel", "e-jsonata"})
    public String definition;

    private String text;
    private StateMachineDefinition parsed;

    @Setup
    public void read() throws Exception {
        text = Files.readString(Workloads.fromSystemProperty().directory().resolve(definition + ".asl.json"));
        parsed = new DefinitionParser().parse(text);
    }

    /** JSON text to validated model. */
    @Benchmark
    public StateMachineDefinition parse() {
        return new DefinitionParser().parse(text);
    }

    /** Model to runnable machine (paths, templates, intrinsics and JSONata compiled). */
    @Benchmark
    public StateMachine compile() {
        return StateMachine.from(parsed);
    }

    /** Both: what a test class pays once per definition. */
    @Benchmark
    public StateMachine parseAndCompile() {
        return StateMachine.from(new DefinitionParser().parse(text));
    }
}
