package io.github.sfnunit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link StateMachine#testState(String, StateTest)} found, shaped as AWS's TestState answer.
 *
 * @param status how the state ended
 * @param output the state's output (SUCCEEDED; CAUGHT_ERROR: the catcher's output); {@code null} otherwise
 * @param error the error (FAILED, RETRIABLE, CAUGHT_ERROR); {@code null} otherwise
 * @param cause the error's cause, may be {@code null}
 * @param nextState where the execution would go: {@code Next}, a Choice rule's or {@code Default}, the catcher's
 *     {@code Next}, the state itself when RETRIABLE; {@code null} when the state ends its graph or FAILED
 * @param inspectionData the values of processing, by AWS's {@code InspectionData} names in processing order:
 *     {@code input}, {@code afterInputPath}, {@code afterParameters} or {@code afterArguments}, {@code result},
 *     {@code afterResultSelector}, {@code afterResultPath}; for a Map also {@code afterItemsPath}, {@code
 *     afterItemSelector}, {@code afterItemBatcher}, {@code toleratedFailureCount}, {@code
 *     toleratedFailurePercentage}, {@code maxConcurrency}. A stage the state does not reach or does not have is absent ({@code afterParameters}
 *     only for Pass, Task and Parallel; {@code afterArguments} only for Task and Parallel).
 * @param variables the variables after the state: the given ones and what it assigned
 * @param errorDetails which retrier or catcher handled the error; {@code null} when none did
 * @since 0.1.0
 */
public record StateTestResult(
        Status status,
        JsonNode output,
        String error,
        String cause,
        String nextState,
        Map<String, JsonNode> inspectionData,
        Map<String, JsonNode> variables,
        ErrorDetails errorDetails) {

    /**
     * AWS's {@code TestExecutionStatus}.
     *
     * @since 0.1.0
     */
    public enum Status {
        /** The state ended normally. */
        SUCCEEDED,
        /** The state failed, and neither a retrier (with attempts left) nor a catcher handled the error. */
        FAILED,
        /** A retrier with attempts left matched the error: the state would run again. */
        RETRIABLE,
        /** A catcher matched the error: the execution would go on at its {@code Next}. */
        CAUGHT_ERROR
    }

    /**
     * AWS's {@code InspectionErrorDetails}: the retrier ({@code retryIndex} and the back-off before the retry,
     * without jitter) or the catcher ({@code catchIndex}) that handled the error.
     *
     * @since 0.1.0
     */
    public record ErrorDetails(Integer retryIndex, Double retryBackoffIntervalSeconds, Integer catchIndex) {}

    public StateTestResult {
        inspectionData = Collections.unmodifiableMap(new LinkedHashMap<>(inspectionData));
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** One value of {@link #inspectionData()}, e.g. {@code inspection("afterResultSelector")}. */
    public Optional<JsonNode> inspection(String name) {
        return Optional.ofNullable(inspectionData.get(name));
    }
}
