package io.github.sfnunit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.StateType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One entry into a state during an execution, with everything that happened until it was left.
 *
 * @param stateName the state's name
 * @param statePath where it sits: the name at the top level, {@code "Outer/Branch 0/Inner"} inside a Parallel
 *     branch, {@code "Outer/Item 3/Inner"} inside a Map iteration
 * @param sequence 0-based order of entry in the execution
 * @param exitedTime {@code null} when the state never exited (the execution failed or stopped in it)
 * @param input the state's raw input
 * @param output the state's output, {@code null} when it failed
 * @param attempts for Task, Parallel and Map states, one entry per attempt; empty for the others
 * @param caught the catcher that handled the state's error, {@code null} when none did
 * @param error the error the state ended with when uncaught, else {@code null}
 * @param cause the cause that goes with {@code error}, else {@code null}
 * @param variables the variables visible after the state (its assignments applied)
 * @param next the state that followed, {@code null} when none did
 * @param choiceRule for a Choice state that matched a rule: that rule's index in {@code Choices}; {@code null}
 *     when it took its {@code Default}, matched nothing, or the state is not a Choice
 * @param abortedTime when the state was stopped while it ran because a sibling Parallel branch or Map iteration
 *     failed (AWS records {@code TaskStateAborted}, {@code WaitStateAborted}, ...), else {@code null}; the state
 *     then neither exited nor failed, and a Task's attempt that was running then is not in {@code attempts}
 * @since 0.1.0
 */
public record StateVisit(
        String stateName,
        String statePath,
        StateType type,
        int sequence,
        Instant enteredTime,
        Instant exitedTime,
        JsonNode input,
        JsonNode output,
        List<Attempt> attempts,
        CaughtError caught,
        String error,
        String cause,
        Map<String, JsonNode> variables,
        String next,
        Integer choiceRule,
        Instant abortedTime) {

    public StateVisit {
        attempts = List.copyOf(attempts);
        variables = Map.copyOf(variables);
    }

    /**
     * One attempt of a Task, Parallel or Map state.
     *
     * @param retryCount 0 for the first attempt
     * @param error the error this attempt failed with, {@code null} when it succeeded
     * @param retrierIndex the index in {@code Retry} of the retrier that retried the attempt, {@code null} when it
     *     was not retried: it succeeded, no retrier matched its error, or the one that matched had used up its
     *     {@code MaxAttempts}
     * @param retryDelay the virtual delay before the next attempt, {@code null} when there was none
     * @since 0.1.0
     */
    public record Attempt(
            int retryCount,
            Instant startedTime,
            Instant endedTime,
            String error,
            String cause,
            Integer retrierIndex,
            Duration retryDelay) {}

    /**
     * The catcher that handled a state's error: its index in {@code Catch} and where it went.
     *
     * @since 0.1.0
     */
    public record CaughtError(String error, String cause, int catcherIndex, String next) {}
}
