package io.github.sfnunit.internal.engine;

import io.github.sfnunit.asl.StateMachineDefinition;

/**
 * A definition compiled once: immutable, shared by any number of concurrent executions, each with its own
 * {@link ExecutionRuntime}.
 */
public record ExecutionPlan(StateMachineDefinition definition, CompiledGraph root) {

    /** Compiles {@code definition}; fails with a clear message on anything the engine cannot run. */
    public static ExecutionPlan compile(StateMachineDefinition definition) {
        return new ExecutionPlan(definition, new PlanCompiler().compileGraph(definition.graph()));
    }
}
