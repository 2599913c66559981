package io.github.sfnunit.internal.engine;

import io.github.sfnunit.asl.State;

/**
 * One state, ready to run: the model, the executor for its type and its compiled input/output processing.
 * Immutable and shared by every execution of the plan.
 */
record CompiledState(State state, StateExecutor executor, StateDataFlow dataFlow) {

    public String name() {
        return state.name();
    }
}
