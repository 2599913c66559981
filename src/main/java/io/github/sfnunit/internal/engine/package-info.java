/**
 * Internal: the interpreter. Not public API.
 *
 * <p><b>Compile once.</b> {@link io.github.sfnunit.internal.engine.ExecutionPlan#compile} turns a definition into
 * immutable {@link io.github.sfnunit.internal.engine.CompiledGraph}s of {@link
 * io.github.sfnunit.internal.engine.CompiledState}s: per state a {@link
 * io.github.sfnunit.internal.engine.StateExecutor} (its type's work, chosen in {@link
 * io.github.sfnunit.internal.engine.PlanCompiler#executorFor}) and a {@link
 * io.github.sfnunit.internal.engine.StateDataFlow} (its query language's input/output processing: {@link
 * io.github.sfnunit.internal.engine.JsonPathDataFlow} or {@link io.github.sfnunit.internal.engine.JsonataDataFlow}).
 * A plan is shared by concurrent executions and never mutated.
 *
 * <p><b>Run on a discrete-event scheduler.</b> Each execution has an {@link
 * io.github.sfnunit.internal.engine.ExecutionRuntime}: one {@link io.github.sfnunit.internal.engine.Scheduler}
 * (timers ordered by virtual time, then sequence), the history, seeded random sources, visits and task calls. An
 * execution is a tree of {@link io.github.sfnunit.internal.engine.Fiber}s; a fiber enters one state at a time,
 * each visit being a {@link io.github.sfnunit.internal.engine.StateRun}. Nothing blocks: a state that must wait
 * schedules a timer and returns.
 *
 * <p><b>Writing a state executor that spawns fibers</b> (Parallel, Map): in {@code attempt(run)}, compile the
 * nested graphs once in the executor's constructor ({@code new PlanCompiler().compileGraph(graph)}), then per
 * branch or item create {@code new Fiber(run.execution(), graph, pathPrefix, listener, new
 * FiberVariables(run.fiber().variables()), run.fiber().context() (or .withMapItem(i, v, source)), lane)} with the lane
 * from {@code run.fiber().lane().branch()} or {@code mapIterationStarted(...)}, and {@code start(input)} it. The
 * listener collects results; when all are in, call {@code run.succeed(results, state.next())}; on a failure,
 * {@code cancel()} the siblings and call {@code run.fail(error, cause)}. {@code StateRun} then applies the output
 * processing, Assign, Retry (calling {@code attempt(run)} again after the back-off) and Catch. Guard late
 * callbacks with {@code run.isDone()}.
 *
 * <p><b>Variables</b> live in each fiber's {@link io.github.sfnunit.internal.engine.FiberVariables}; they change
 * in one place only, when {@code StateRun} leaves a state (or a catcher), with the assignments its data flow
 * computed from the values before the state.
 */
package io.github.sfnunit.internal.engine;
