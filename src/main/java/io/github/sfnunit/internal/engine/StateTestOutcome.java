package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a single-state test ({@link StateTester}) found.
 *
 * @param output the state's output (SUCCEEDED, CAUGHT_ERROR); {@code null} otherwise
 * @param nextState {@code null} when the state ends its graph or failed
 * @param inspection the data-flow stages and Map settings by AWS's {@code InspectionData} names, in processing order
 * @param variables the variables after the state (the given ones and what it assigned)
 * @param retryIndex the retrier that handled the error (RETRIABLE); {@code null} otherwise
 * @param retryBackoffSeconds the back-off before that retry, without jitter
 * @param catchIndex the catcher that handled the error (CAUGHT_ERROR); {@code null} otherwise
 */
public record StateTestOutcome(
        Status status,
        JsonNode output,
        String error,
        String cause,
        String nextState,
        Map<String, JsonNode> inspection,
        Map<String, JsonNode> variables,
        Integer retryIndex,
        Double retryBackoffSeconds,
        Integer catchIndex) {

    /** AWS's {@code TestExecutionStatus}. */
    public enum Status {
        SUCCEEDED,
        FAILED,
        RETRIABLE,
        CAUGHT_ERROR
    }

    public StateTestOutcome {
        inspection = Collections.unmodifiableMap(new LinkedHashMap<>(inspection));
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }
}
