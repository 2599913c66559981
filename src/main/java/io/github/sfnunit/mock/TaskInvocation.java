package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One call the engine makes to a Task's resource: what the state sent, when, and which attempt it was.
 *
 * @param stateName the Task state's name
 * @param statePath where the state sits: its name at the top level, {@code "Outer/Branch 0/Inner"} style inside
 *     Parallel branches and {@code "Outer/Item 3/Inner"} inside Map iterations (for messages)
 * @param resource the Task's {@code Resource} ARN
 * @param parameters the effective parameters (JSONPath: after InputPath and Parameters; JSONata: Arguments)
 * @param retryCount 0 for the first attempt of this state visit, then 1, 2, ... for retries
 * @param invocationIndex 0-based count of invocations of this state in the execution so far, across retries,
 *     Map iterations and Parallel branches (the numbering of Step Functions Local mock files)
 * @param time the virtual time the task was scheduled
 * @param context the {@code $$} context object the state saw
 * @param taskToken the {@code $$.Task.Token} for {@code .waitForTaskToken} tasks and activities, else {@code null}
 */
public record TaskInvocation(
        String stateName,
        String statePath,
        String resource,
        JsonNode parameters,
        int retryCount,
        int invocationIndex,
        Instant time,
        JsonNode context,
        String taskToken) {

    /** Alias for {@link #parameters()}: what the task received. */
    public JsonNode input() {
        return parameters;
    }
}
