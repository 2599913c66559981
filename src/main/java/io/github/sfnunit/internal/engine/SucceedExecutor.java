package io.github.sfnunit.internal.engine;

/** Succeed: ends its graph with the effective input (after {@code InputPath}, before {@code OutputPath}). */
final class SucceedExecutor implements StateExecutor {

    @Override
    public void attempt(StateRun run) {
        run.succeed(run.dataFlow().effectiveInput(run.rawInput(), run.context()), null);
    }
}
