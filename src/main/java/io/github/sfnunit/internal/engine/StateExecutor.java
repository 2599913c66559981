package io.github.sfnunit.internal.engine;

/**
 * Runs one state type. The engine calls {@link #attempt(StateRun)} when a fiber enters the state and again for
 * each retry; the executor ends the attempt by calling {@link StateRun#succeed} or {@link StateRun#fail}, at
 * once or from a timer it scheduled on {@link StateRun#scheduler()}. Map and Parallel are executors that spawn
 * child {@link Fiber}s.
 */
@FunctionalInterface
interface StateExecutor {

    void attempt(StateRun run);
}
