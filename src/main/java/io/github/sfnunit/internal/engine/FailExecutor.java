package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.internal.JsonCodec;
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
        run.failUncaught(
                error(run.dataFlow(), run.rawInput(), context), cause(run.dataFlow(), run.rawInput(), context));
    }

    /** {@code Error}, or what {@code ErrorPath} selects in the raw input; {@code null} when neither is set. */
    String error(StateDataFlow flow, JsonNode rawInput, EvaluationContext context) {
        return text(flow.field("ErrorPath", fail.error(), fail.errorPath(), rawInput, context));
    }

    /** {@code Cause}, or what {@code CausePath} selects in the raw input; {@code null} when neither is set. */
    String cause(StateDataFlow flow, JsonNode rawInput, EvaluationContext context) {
        return text(flow.field("CausePath", fail.cause(), fail.causePath(), rawInput, context));
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isTextual() ? value.textValue() : JsonCodec.write(value);
    }
}
