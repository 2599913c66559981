package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.State;
import java.util.List;

/**
 * Parallel: every branch runs as a child {@link Fiber} with the state's effective input; the result is the array
 * of the branch outputs in branch order. The first branch to fail stops the others and fails the state with its
 * error (then Retry and Catch apply as for any state).
 */
final class ParallelExecutor implements StateExecutor {

    private final State.Parallel parallel;
    private final List<CompiledGraph> branches;

    ParallelExecutor(State.Parallel parallel, PlanCompiler compiler) {
        this.parallel = parallel;
        this.branches = parallel.branches().stream().map(compiler::compileGraph).toList();
    }

    @Override
    public void attempt(StateRun run) {
        JsonNode input = run.dataFlow().effectiveInput(run.rawInput(), run.context());
        new ParallelRun(run, parallel, branches).start(input);
    }
}
