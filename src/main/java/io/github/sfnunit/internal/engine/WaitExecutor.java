package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.QueryLanguage;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.JsonPathExpression;
import io.github.sfnunit.internal.query.StatesException;
import java.time.Duration;
import java.time.Instant;

/**
 * Wait: moves the fiber on after {@code Seconds}, or at {@code Timestamp}, or as {@code SecondsPath}/{@code
 * TimestampPath} say, on the virtual clock (a wait never sleeps). A timestamp in the past continues at once.
 */
final class WaitExecutor implements StateExecutor {

    /** AWS refuses waits longer than a signed 32-bit number of seconds. */
    private static final long MAX_DELAY_SECONDS = Integer.MAX_VALUE;

    private final State.Wait wait;
    private final JsonPathExpression secondsPath;
    private final JsonPathExpression timestampPath;

    WaitExecutor(State.Wait wait) {
        this.wait = wait;
        boolean jsonPath = wait.queryLanguage() == QueryLanguage.JSONPATH;
        this.secondsPath =
                jsonPath && wait.secondsPath() != null ? JsonPathExpression.compile(wait.secondsPath()) : null;
        this.timestampPath =
                jsonPath && wait.timestampPath() != null ? JsonPathExpression.compile(wait.timestampPath()) : null;
    }

    @Override
    public void attempt(StateRun run) {
        EvaluationContext context = run.context();
        JsonNode effectiveInput = run.dataFlow().effectiveInput(run.rawInput(), context);
        Instant until = until(run.execution().now(), run.dataFlow(), effectiveInput, context);
        if (Duration.between(run.execution().now(), until).getSeconds() > MAX_DELAY_SECONDS) {
            throw runtime("Wait state delay is too long.");
        }
        run.scheduler().schedule(until, () -> run.succeed(effectiveInput, wait.next()));
    }

    /** When the wait ends, from {@code now}; fails as AWS does when a field is not a valid delay or time. */
    Instant until(Instant now, StateDataFlow flow, JsonNode input, EvaluationContext context) {
        if (secondsPath != null) {
            JsonNode value = secondsPath
                    .find(input, context)
                    .orElseThrow(() -> runtime(
                            "The SecondsPath parameter does not reference an input value: " + wait.secondsPath()));
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw runtime("The SecondsPath parameter cannot be parsed as a long value: " + wait.secondsPath()
                        + " == " + display(value));
            }
            if (value.longValue() < 0) {
                throw runtime("The SecondsPath parameter references a negative value: " + wait.secondsPath() + " == "
                        + display(value));
            }
            return Scheduler.plusSeconds(now, value.longValue());
        }
        if (timestampPath != null) {
            JsonNode value = timestampPath.find(input, context).orElse(null);
            Instant instant = value != null && value.isTextual() ? AwsTimestamps.parse(value.textValue()) : null;
            if (instant == null) {
                throw runtime("The TimestampPath parameter does not reference a valid ISO-8601 extended offset"
                        + " date-time format string: " + wait.timestampPath() + " == "
                        + (value == null ? "null" : display(value)));
            }
            return instant;
        }
        JsonNode seconds = flow.field("Seconds", wait.seconds(), null, input, context);
        if (seconds != null) {
            if (!seconds.isIntegralNumber() || seconds.longValue() < 0) {
                throw new StatesException(
                        ErrorNames.QUERY_EVALUATION_ERROR,
                        "The Seconds field must be a non-negative integer, but was " + display(seconds),
                        "Seconds");
            }
            return Scheduler.plusSeconds(now, seconds.longValue());
        }
        JsonNode timestamp = flow.field("Timestamp", wait.timestamp(), null, input, context);
        Instant instant =
                timestamp != null && timestamp.isTextual() ? AwsTimestamps.parse(timestamp.textValue()) : null;
        if (instant == null) {
            throw new StatesException(
                    ErrorNames.QUERY_EVALUATION_ERROR,
                    "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: "
                            + (timestamp == null ? "null" : display(timestamp)),
                    "Timestamp");
        }
        return instant;
    }

    private static String display(JsonNode value) {
        return value.isTextual() ? value.textValue() : JsonCodec.write(value);
    }

    private static StatesException runtime(String cause) {
        return new StatesException(ErrorNames.RUNTIME, cause);
    }
}
