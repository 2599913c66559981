package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.StatesException;

/**
 * A Map attempt's concurrency and failure tolerance, read from the literal, {@code ...Path} or JSONata forms with
 * AWS's runtime messages ({@code The MaxConcurrencyPath field refers to value "x" which is not a valid integer:
 * $.path}).
 *
 * @param maxConcurrency the most iterations running at once, already capped by the mode's limit
 * @param toleratedCount failures allowed, {@code null} when not set
 * @param toleratedPercentage percentage of failed items allowed, {@code null} when not set
 */
record MapLimits(int maxConcurrency, Long toleratedCount, Double toleratedPercentage) {

    /**
     * Inline Map: AWS runs at most 40 iterations at a time, whatever MaxConcurrency says (0 means "as many as
     * possible", which is 40).
     */
    static final int INLINE_CONCURRENCY_LIMIT = 40;

    /** Distributed Map: AWS's default and highest number of concurrent child executions. */
    static final int DISTRIBUTED_CONCURRENCY_LIMIT = 10_000;

    /** The most iterations running at once: MaxConcurrency (0: no limit) capped by the mode's limit. */
    static int maxConcurrency(State.Map map, StateRun run, JsonNode input, EvaluationContext context) {
        return maxConcurrency(map, run.dataFlow(), input, context);
    }

    /** As {@link #maxConcurrency(State.Map, StateRun, JsonNode, EvaluationContext)}, with the state's data flow. */
    static int maxConcurrency(State.Map map, StateDataFlow flow, JsonNode input, EvaluationContext context) {
        JsonNode concurrency =
                flow.field("MaxConcurrencyPath", map.maxConcurrency(), map.maxConcurrencyPath(), input, context);
        long requested = concurrency == null
                ? 0
                : integer(concurrency, "MaxConcurrency", map.maxConcurrencyPath(), "MaxConcurrencyPath");
        int limit = map.isDistributed() ? DISTRIBUTED_CONCURRENCY_LIMIT : INLINE_CONCURRENCY_LIMIT;
        return requested == 0 || requested > limit ? limit : (int) requested;
    }

    /**
     * The limits with the failure tolerance, which AWS reads only once the Map started (after {@code
     * MapStateStarted}).
     */
    static MapLimits evaluate(
            State.Map map, StateRun run, JsonNode input, EvaluationContext context, int maxConcurrency) {
        return evaluate(map, run.dataFlow(), input, context, maxConcurrency);
    }

    /** As {@link #evaluate(State.Map, StateRun, JsonNode, EvaluationContext, int)}, with the state's data flow. */
    static MapLimits evaluate(
            State.Map map, StateDataFlow flow, JsonNode input, EvaluationContext context, int maxConcurrency) {
        JsonNode count = flow.field(
                "ToleratedFailureCountPath",
                map.toleratedFailureCount(),
                map.toleratedFailureCountPath(),
                input,
                context);
        Long toleratedCount = count == null
                ? null
                : integer(count, "ToleratedFailureCount", map.toleratedFailureCountPath(), "ToleratedFailureCountPath");

        JsonNode percentage = flow.field(
                "ToleratedFailurePercentagePath",
                map.toleratedFailurePercentage(),
                map.toleratedFailurePercentagePath(),
                input,
                context);
        Double toleratedPercentage = percentage == null ? null : percentage(percentage, map);
        return new MapLimits(maxConcurrency, toleratedCount, toleratedPercentage);
    }

    /** Whether any tolerance is set: an inline Map without one fails with the failed iteration's own error. */
    boolean hasTolerance() {
        return toleratedCount != null || toleratedPercentage != null;
    }

    /** Whether {@code failures} of {@code total} items exceed the tolerance (none set: any failure does). */
    boolean exceeded(long failures, int total) {
        if (!hasTolerance()) {
            return failures > 0;
        }
        if (toleratedCount != null && failures > toleratedCount) {
            return true;
        }
        return toleratedPercentage != null && total > 0 && failures * 100.0 / total > toleratedPercentage;
    }

    private static long integer(JsonNode value, String field, String path, String pathField) {
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 0) {
            return value.longValue();
        }
        // AWS reads a path's value as text: "1" is as good as 1.
        if (path != null && value.isTextual() && value.textValue().matches("\\d{1,18}")) {
            return Long.parseLong(value.textValue());
        }
        if (path != null
                && "ToleratedFailureCount".equals(field)
                && value.isIntegralNumber()
                && value.bigIntegerValue().signum() < 0) {
            // The text LocalStack's AWS-checked emulator gives; no recording in the corpus (conformance.md).
            throw new StatesException(ErrorNames.RUNTIME, "ToleratedFailureCount cannot be negative.");
        }
        if (path != null) {
            throw new StatesException(
                    ErrorNames.RUNTIME,
                    "The " + pathField + " field refers to value \"" + text(value) + "\" which is not a valid integer: "
                            + path);
        }
        throw new StatesException(
                ErrorNames.RUNTIME,
                "The " + field + " field must be a non-negative integer, but was " + JsonCodec.write(value));
    }

    private static Double percentage(JsonNode value, State.Map map) {
        if (map.toleratedFailurePercentagePath() != null
                && value.isTextual()
                && value.textValue().matches("-?\\d+(\\.\\d+)?")) {
            return range(Double.parseDouble(value.textValue()));
        }
        if (!value.isNumber()) {
            String path = map.toleratedFailurePercentagePath();
            throw new StatesException(
                    ErrorNames.RUNTIME,
                    path != null
                            ? "The ToleratedFailurePercentagePath field refers to value \"" + text(value)
                                    + "\" which is not a valid float: " + path
                            : "The ToleratedFailurePercentage field must be a number, but was "
                                    + JsonCodec.write(value));
        }
        return range(value.doubleValue());
    }

    private static double range(double percentage) {
        if (percentage < 0 || percentage > 100) {
            throw new StatesException(ErrorNames.RUNTIME, "ToleratedFailurePercentage must be between 0 and 100.");
        }
        return percentage;
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.textValue() : JsonCodec.write(value);
    }
}
