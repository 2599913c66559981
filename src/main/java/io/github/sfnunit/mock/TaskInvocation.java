package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One call the engine makes to a Task's resource: what the state sent, when, and which attempt it was. A value:
 * two invocations are equal when all their parts are.
 *
 * <p>The {@code $$} context object is built on the first call of {@link #context()}: most mocks never read it,
 * and building it for every call was a quarter of a mocked Task's cost in the benchmarks.
 *
 * @since 0.1.0
 */
public final class TaskInvocation {

    private final String stateName;
    private final String statePath;
    private final String resource;
    private final JsonNode parameters;
    private final int retryCount;
    private final int invocationIndex;
    private final Instant time;
    private final String taskToken;
    /** Builds {@link #context} on its first read; {@code null} once it did (or when it was given). */
    private Supplier<JsonNode> contextSource;

    private JsonNode context;

    /**
     * @param stateName the Task state's name
     * @param statePath where the state sits: its name at the top level, {@code "Outer/Branch 0/Inner"} style
     *     inside Parallel branches and {@code "Outer/Item 3/Inner"} inside Map iterations (for messages)
     * @param resource the Task's {@code Resource} ARN
     * @param parameters the effective parameters (JSONPath: after InputPath and Parameters; JSONata: Arguments)
     * @param retryCount 0 for the first attempt of this state visit, then 1, 2, ... for retries
     * @param invocationIndex 0-based count of invocations of this state in the execution so far, across retries,
     *     Map iterations and Parallel branches (the numbering of Step Functions Local mock files)
     * @param time the virtual time the task was scheduled
     * @param context the {@code $$} context object the state saw
     * @param taskToken the {@code $$.Task.Token} for {@code .waitForTaskToken} tasks and activities, else {@code
     *     null}
     */
    public TaskInvocation(
            String stateName,
            String statePath,
            String resource,
            JsonNode parameters,
            int retryCount,
            int invocationIndex,
            Instant time,
            JsonNode context,
            String taskToken) {
        this(stateName, statePath, resource, parameters, retryCount, invocationIndex, time, taskToken, null);
        this.context = context;
    }

    /**
     * As the constructor, with the context object built by {@code context} on its first read: for the engine only,
     * which reaches it through a private lookup ({@code internal.engine.TaskInvocations}), so that this laziness
     * stays out of the public API.
     */
    private TaskInvocation(
            String stateName,
            String statePath,
            String resource,
            JsonNode parameters,
            int retryCount,
            int invocationIndex,
            Instant time,
            String taskToken,
            Supplier<JsonNode> context) {
        this.stateName = stateName;
        this.statePath = statePath;
        this.resource = resource;
        this.parameters = parameters;
        this.retryCount = retryCount;
        this.invocationIndex = invocationIndex;
        this.time = time;
        this.contextSource = context;
        this.taskToken = taskToken;
    }

    /** The Task state's name. */
    public String stateName() {
        return stateName;
    }

    /**
     * Where the state sits: its name at the top level, {@code "Outer/Branch 0/Inner"} style inside Parallel
     * branches and {@code "Outer/Item 3/Inner"} inside Map iterations.
     */
    public String statePath() {
        return statePath;
    }

    /** The Task's {@code Resource} ARN. */
    public String resource() {
        return resource;
    }

    /** The effective parameters (JSONPath: after InputPath and Parameters; JSONata: Arguments). */
    public JsonNode parameters() {
        return parameters;
    }

    /** Alias for {@link #parameters()}: what the task received. */
    public JsonNode input() {
        return parameters;
    }

    /** 0 for the first attempt of this state visit, then 1, 2, ... for retries. */
    public int retryCount() {
        return retryCount;
    }

    /** 0-based count of invocations of this state in the execution so far (the numbering of mock files). */
    public int invocationIndex() {
        return invocationIndex;
    }

    /** The virtual time the task was scheduled. */
    public Instant time() {
        return time;
    }

    /** The {@code $$} context object the state saw. */
    public synchronized JsonNode context() {
        if (contextSource != null) {
            context = contextSource.get();
            contextSource = null;
        }
        return context;
    }

    /** The {@code $$.Task.Token} for {@code .waitForTaskToken} and {@code .sync} tasks and activities, else {@code null}. */
    public String taskToken() {
        return taskToken;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaskInvocation that
                && retryCount == that.retryCount
                && invocationIndex == that.invocationIndex
                && Objects.equals(stateName, that.stateName)
                && Objects.equals(statePath, that.statePath)
                && Objects.equals(resource, that.resource)
                && Objects.equals(parameters, that.parameters)
                && Objects.equals(time, that.time)
                && Objects.equals(taskToken, that.taskToken)
                && Objects.equals(context(), that.context());
    }

    @Override
    public int hashCode() {
        return Objects.hash(stateName, statePath, resource, parameters, retryCount, invocationIndex, time, taskToken);
    }

    @Override
    public String toString() {
        return "TaskInvocation[stateName=" + stateName + ", statePath=" + statePath + ", resource=" + resource
                + ", parameters=" + JsonCodec.write(parameters) + ", retryCount=" + retryCount + ", invocationIndex="
                + invocationIndex + ", time=" + time + ", context=" + JsonCodec.write(context()) + ", taskToken="
                + taskToken + "]";
    }
}
