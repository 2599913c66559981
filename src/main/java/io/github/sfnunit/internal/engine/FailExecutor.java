package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.internal.query.EvaluationContext;

/**
 * Fail: fails its graph with {@code Error}/{@code Cause}, or with what {@code ErrorPath}/{@code CausePath} (a
 * path or an intrinsic function) select in the raw input. Retry and Catch never apply.
 */
final class FailExecutor implements StateExecutor {

    private final State.Fail fail;

    FailExecutor(State.Fail fail) {
        this.fail = fail;
    }

    @Override
    public void attempt(StateRun run) {
        EvaluationContext context = run.context();
        JsonNode error = run.dataFlow().field("ErrorPath", fail.error(), fail.errorPath(), run.rawInput(), context);
        JsonNode cause = run.dataFlow().field("CausePath", fail.cause(), fail.causePath(), run.rawInput(), context);
        run.failUncaught(text(error), text(cause));
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
