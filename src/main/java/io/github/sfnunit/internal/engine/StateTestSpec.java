package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What a single-state test ({@link StateTester}) runs with: the engine's copy of the public {@code StateTest},
 * built by the root package.
 *
 * @param variables the workflow variables in scope when the state is entered
 * @param context the {@code $$} object as given; {@code null}: one built from {@code options}
 * @param mockResult the mocked result of a Task, Map or Parallel; {@code null}: none
 * @param mockError the mocked error; {@code null}: none
 * @param mapIterationFailureCount {@code null} when not given
 * @param options the machine's options: names, region, account, role, start time, seed and task handler
 */
public record StateTestSpec(
        JsonNode input,
        Map<String, JsonNode> variables,
        JsonNode context,
        JsonNode mockResult,
        String mockError,
        String mockCause,
        FieldValidation fieldValidation,
        int retrierRetryCount,
        String errorCausedByState,
        Integer mapIterationFailureCount,
        String mapItemReaderData,
        EngineOptions options) {

    /** How strictly a mocked result is checked against the shape of what it stands for. */
    public enum FieldValidation {
        STRICT,
        PRESENT,
        NONE
    }

    public StateTestSpec {
        variables = Map.copyOf(variables);
    }

    boolean mocked() {
        return mockResult != null || mockError != null;
    }
}
