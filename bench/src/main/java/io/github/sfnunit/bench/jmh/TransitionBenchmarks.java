package io.github.sfnunit.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.mock.TaskMocks;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * State transitions with default paths (no InputPath, Parameters, ResultPath or OutputPath), with history
 * recording on and off. {@code passTransition} runs a chain of {@value #CHAIN} Pass states and reports the time
 * per state; {@code onePassExecution} is a single-Pass execution, the fixed cost of an execution, so the cost of
 * one transition alone is about {@code (passTransition * CHAIN - onePassExecution) / (CHAIN - 1)}.
 *
 * <p>{@code mockedTaskAttempt} runs a chain of {@value #CHAIN} Task states, each answered by a {@link TaskMocks}
 * stub registered once per execution (fresh mocks per execution, as a test makes them), and reports the time per
 * Task: one attempt scheduled, started and succeeded, with its history events ({@code TaskScheduled}, {@code
 * TaskStarted}, {@code TaskSucceeded}, state entered and exited) when history is on, the mock's call recorded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TransitionBenchmarks {

    static final int CHAIN = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Param({"false", "true"})
    public boolean history;

    private StateMachine chain;
    private StateMachine single;
    private StateMachine taskChain;
    private JsonNode input;

    @Setup
    public void compile() throws Exception {
        ExecutionOptions options =
                ExecutionOptions.builder().historyEnabled(history).build();
        chain = StateMachine.from(new DefinitionParser().parse(passChain(CHAIN)), options);
        single = StateMachine.from(new DefinitionParser().parse(passChain(1)), options);
        taskChain = StateMachine.from(new DefinitionParser().parse(taskChain(CHAIN)), options);
        input = JSON.readTree("{\"orderId\":\"o-1\",\"amount\":42.5,\"items\":[1,2,3]}");
    }

    @Benchmark
    @OperationsPerInvocation(CHAIN)
    public Execution passTransition() {
        return chain.start(input);
    }

    @Benchmark
    public Execution onePassExecution() {
        return single.start(input);
    }

    @Benchmark
    @OperationsPerInvocation(CHAIN)
    public Execution mockedTaskAttempt() {
        TaskMocks mocks = new TaskMocks();
        mocks.forResource(TASK_RESOURCE).thenReturn("{\"ok\":true}");
        return taskChain.withTaskHandler(mocks).start(input);
    }

    static final String TASK_RESOURCE = "arn:aws:lambda:us-east-1:123456789012:function:Work";

    /** {@code StartAt: T0}, T0 -> T1 -> ... -> T(n-1), Task states calling one Lambda function. */
    static JsonNode taskChain(int length) {
        ObjectNode definition = JSON.createObjectNode().put("StartAt", "T0");
        ObjectNode states = definition.putObject("States");
        for (int i = 0; i < length; i++) {
            ObjectNode state = states.putObject("T" + i).put("Type", "Task").put("Resource", TASK_RESOURCE);
            if (i + 1 < length) {
                state.put("Next", "T" + (i + 1));
            } else {
                state.put("End", true);
            }
        }
        return definition;
    }

    /** {@code StartAt: S0}, S0 -> S1 -> ... -> S(n-1), all plain Pass states. */
    static JsonNode passChain(int length) {
        ObjectNode definition = JSON.createObjectNode().put("StartAt", "S0");
        ObjectNode states = definition.putObject("States");
        for (int i = 0; i < length; i++) {
            ObjectNode state = states.putObject("S" + i).put("Type", "Pass");
            if (i + 1 < length) {
                state.put("Next", "S" + (i + 1));
            } else {
                state.put("End", true);
            }
        }
        return definition;
    }
}
