package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.State;

/** Pass: the result is {@code Result} when set, else the effective input; then the usual output processing. */
final class PassExecutor implements StateExecutor {

    private final State.Pass pass;

    PassExecutor(State.Pass pass) {
        this.pass = pass;
    }

    @Override
    public void attempt(StateRun run) {
        JsonNode effectiveInput = run.dataFlow().effectiveInput(run.rawInput(), run.context());
        run.succeed(pass.result() != null ? pass.result() : effectiveInput, pass.next());
    }
}
