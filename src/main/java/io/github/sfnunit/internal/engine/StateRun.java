package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.Catcher;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.StateType;
import io.github.sfnunit.internal.query.ContextObject;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.StatesException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One visit of a fiber to a state, from entering it until it is left, with its retries. Executors do their
 * type's work and end each attempt with {@link #succeed} or {@link #fail}; this class applies the output
 * processing, {@code Assign}, {@code Retry} and {@code Catch}, records the history events and moves the fiber on.
 */
final class StateRun {

    private static final String STATE_CAUSE_PREFIX = "An error occurred while executing the state '";

    private final Fiber fiber;
    private final CompiledState compiled;
    private final JsonNode rawInput;
    private final ExecutionRuntime execution;
    private final RetryPolicy retryPolicy;
    private Instant enteredTime;
    private long enteredEventId;
    private VisitRecord visit;
    private int retryCount;
    private Instant attemptStartedTime;
    private boolean done;
    private EvaluationContext cachedContext;
    private int cachedContextRetryCount;

    StateRun(Fiber fiber, CompiledState compiled, JsonNode rawInput) {
        this.fiber = fiber;
        this.compiled = compiled;
        this.rawInput = rawInput;
        this.execution = fiber.execution();
        // Most states have no Retry: no per-visit retry state for them.
        this.retryPolicy = compiled.state().retry().isEmpty()
                ? null
                : new RetryPolicy(compiled.state().retry());
    }

    void begin() {
        enteredTime = execution.now();
        attemptStartedTime = enteredTime;
        String path = fiber.pathPrefix() + compiled.name();
        visit = execution.beginVisit(this, path);
        enteredEventId = fiber.lane().stateEntered(enteredTime, state().type(), state().name(), rawInput);
        if (!execution.isRunning()) {
            return;
        }
        attempt();
    }

    private void attempt() {
        try {
            compiled.executor().attempt(this);
        } catch (StatesException e) {
            fail(e);
        }
    }

    public State state() {
        return compiled.state();
    }

    public CompiledState compiled() {
        return compiled;
    }

    public StateDataFlow dataFlow() {
        return compiled.dataFlow();
    }

    public JsonNode rawInput() {
        return rawInput;
    }

    public Fiber fiber() {
        return fiber;
    }

    public ExecutionRuntime execution() {
        return execution;
    }

    public Scheduler scheduler() {
        return execution.scheduler();
    }

    public int retryCount() {
        return retryCount;
    }

    public Instant enteredTime() {
        return enteredTime;
    }

    /** The id of this visit's {@code ...StateEntered} event, which AWS quotes in some causes. */
    public long enteredEventId() {
        return enteredEventId;
    }

    /** True once the visit ended (left, caught or failed); late timers of the visit then do nothing. */
    public boolean isDone() {
        return done || fiber.isEnded() || !execution.isRunning();
    }

    /** What expressions of this state see: {@code $$}, the fiber's variables and the seeded random. */
    public EvaluationContext context() {
        return context(null);
    }

    /** The evaluation context with {@code $$.Task.Token} set (for callback tasks and activities). */
    public EvaluationContext context(String taskToken) {
        // Built once per attempt, not once per use: input and output processing both ask for it, and building
        // $$ (JSON objects, a timestamp text) was a third of a Pass transition's cost in the benchmarks.
        if (taskToken == null
                && cachedContext != null
                && cachedContextRetryCount == retryCount
                && cachedContext.variables() == fiber.variables()) {
            return cachedContext;
        }
        EvaluationContext context = buildContext(taskToken);
        if (taskToken == null) {
            cachedContext = context;
            cachedContextRetryCount = retryCount;
        }
        return context;
    }

    private EvaluationContext buildContext(String taskToken) {
        // $$ is built only when an expression (or a task's mock, maybe after the execution) reads it, so the lambda
        // holds what the attempt's $$ is made of, not this run, whose fields move on.
        ContextObject fiberContext = fiber.context();
        String name = state().name();
        Instant entered = enteredTime;
        Integer attemptRetryCount = hasAttempts() ? retryCount : null;
        return EvaluationContext.lazy(
                () -> contextJson(fiberContext, name, entered, attemptRetryCount, taskToken),
                fiber.variables(),
                execution.queryRandom());
    }

    private JsonNode contextJson(
            ContextObject fiberContext, String name, Instant entered, Integer attemptRetryCount, String taskToken) {
        ContextObject contextObject = fiberContext.enterState(name, entered);
        if (attemptRetryCount != null) {
            contextObject = contextObject.withRetryCount(attemptRetryCount);
        }
        if (taskToken != null) {
            contextObject = contextObject.withTaskToken(taskToken);
        }
        return contextObject.toJson();
    }

    /** Records that a Choice matched its rule at {@code index} in {@code Choices}. */
    void choseRule(int index) {
        visit.choseRule(index);
    }

    /**
     * Ends the attempt successfully: computes the output from {@code result} ({@link StateDataFlow#output}),
     * applies the state's {@code Assign} and goes to {@code next} (the graph ends when it is {@code null}).
     */
    public void succeed(JsonNode result, String next) {
        succeed(result, next, compiled.state().dataFlow().assign());
    }

    /** As {@link #succeed(JsonNode, String)}, with the {@code Assign} object to apply (a Choice's matched rule). */
    public void succeed(JsonNode result, String next, JsonNode assign) {
        succeed(result, next, assign, null);
    }

    /**
     * As {@link #succeed(JsonNode, String, JsonNode)}, with the JSONata {@code Output} field to apply (a Choice's
     * matched rule; {@code null}: the state's own).
     */
    public void succeed(JsonNode result, String next, JsonNode assign, JsonNode outputField) {
        if (isDone()) {
            return;
        }
        try {
            EvaluationContext context = context();
            Map<String, JsonNode> assignments = dataFlow().assignments(assign, rawInput, result, context);
            VariableLimits.check(assignments, fiber.variables(), compiled.name());
            JsonNode output = dataFlow().output(rawInput, result, outputField, context);
            String resultField = dataFlow().resultField();
            if (resultField != null) {
                execution.payloadLimit().rememberCopyWithField(output, rawInput, resultField);
            }
            execution.payloadLimit().checkStateResult(output, compiled.name());
            recordAttempt(null, null, null, null);
            leave(output, next, assignments);
        } catch (StatesException e) {
            fail(e);
        }
    }

    /**
     * Whether {@link #fail(String, String)} with {@code error} would schedule a retry: Map and Parallel record
     * their {@code ...StateFailed} event only when the state does not start over.
     */
    public boolean willRetry(String error) {
        return !isDone() && retryPolicy != null && retryPolicy.wouldRetry(error);
    }

    /** Ends the attempt with an AWS runtime failure raised while processing this state. */
    public void fail(StatesException failure) {
        String cause = stateCause(failure.error(), failure.cause());
        recordEvaluationFailure(failure, cause);
        fail(failure.error(), cause);
    }

    /**
     * AWS records an {@code EvaluationFailed} event, naming the field, when a state's JSONata evaluation fails. A
     * Map whose {@code Items} fail records it itself, as its {@code MapStateFailed} follows.
     */
    public void recordEvaluationFailure(StatesException failure, String cause) {
        if (ErrorNames.QUERY_EVALUATION_ERROR.equals(failure.error()) && !isDone()) {
            fiber.lane().evaluationFailed(execution.now(), failure.error(), cause, failure.location(), state().name());
        }
    }

    /**
     * Ends the attempt with {@code error}: the first matching retrier schedules another attempt, else the first
     * matching catcher leaves the state, else the fiber fails.
     */
    public void fail(String error, String cause) {
        fail(error, cause, false);
    }

    /**
     * Ends the attempt with {@code States.Timeout}: its {@code TimeoutSeconds} passed, or, when {@code
     * heartbeatMissed}, its {@code HeartbeatSeconds} without a heartbeat (which {@code States.HeartbeatTimeout} in
     * {@code ErrorEquals} matches as well).
     */
    public void timedOut(boolean heartbeatMissed) {
        fail(ErrorNames.TIMEOUT, null, heartbeatMissed);
    }

    private void fail(String error, String cause, boolean heartbeatMissed) {
        if (isDone()) {
            return;
        }
        RetryPolicy.Decision retry =
                retryPolicy == null ? null : retryPolicy.onError(error, heartbeatMissed, execution.jitterRandom());
        if (retry != null) {
            recordAttempt(error, cause, retry.retrierIndex(), retry.delay());
            retryCount++;
            scheduler().schedule(Scheduler.plus(execution.now(), retry.delay()), () -> {
                if (!isDone()) {
                    attemptStartedTime = execution.now();
                    attempt();
                }
            });
            return;
        }
        recordAttempt(error, cause, null, null);
        List<Catcher> catchers = compiled.state().catchers();
        for (int i = 0; i < catchers.size(); i++) {
            Catcher catcher = catchers.get(i);
            if (ErrorNames.matches(catcher.errorEquals(), error, heartbeatMissed)) {
                catchWith(i, catcher, error, cause);
                return;
            }
        }
        failUncaught(error, cause);
    }

    /** Ends the visit and the fiber with {@code error}, bypassing Retry and Catch (a Fail state). */
    public void failUncaught(String error, String cause) {
        if (isDone()) {
            return;
        }
        done = true;
        visit.failed(error, cause, fiber.variables().snapshot());
        fiber.fail(error, cause);
    }

    /** The cause as AWS words it for this state: runtime errors name the state and its entered event. */
    public String stateCause(String error, String cause) {
        if (ErrorNames.causeNamesTheState(error) && cause != null && !cause.startsWith(STATE_CAUSE_PREFIX)) {
            return STATE_CAUSE_PREFIX + compiled.name() + "' (entered at the event id #" + enteredEventId + "). "
                    + cause;
        }
        return cause;
    }

    private void catchWith(int index, Catcher catcher, String error, String cause) {
        try {
            ObjectNode errorOutput = execution.json().objectNode();
            errorOutput.put("Error", error);
            errorOutput.put("Cause", cause);
            EvaluationContext context = context();
            Map<String, JsonNode> assignments =
                    dataFlow().assignments(catcher.assign(), rawInput, errorOutput, context);
            VariableLimits.check(assignments, fiber.variables(), compiled.name());
            JsonNode output = dataFlow().caughtOutput(rawInput, errorOutput, catcher, context);
            execution.payloadLimit().checkStateResult(output, compiled.name());
            visit.caught(new VisitRecord.Caught(error, cause, index, catcher.next()));
            leave(output, catcher.next(), assignments);
        } catch (StatesException e) {
            String failureCause = stateCause(e.error(), e.cause());
            recordEvaluationFailure(e, failureCause);
            failUncaught(e.error(), failureCause);
        }
    }

    private void leave(JsonNode output, String next, Map<String, JsonNode> assignments) {
        done = true;
        if (!assignments.isEmpty()) {
            fiber.variables().assign(assignments);
        }
        visit.exited(execution.now(), output, next, fiber.variables().snapshot());
        if (compiled.state().type() != StateType.FAIL) {
            fiber.lane().stateExited(execution.now(), state().type(), state().name(), output, assignments);
        }
        if (!execution.isRunning()) {
            return;
        }
        fiber.transition(next, output);
    }

    private void recordAttempt(String error, String cause, Integer retrierIndex, Duration delay) {
        if (!hasAttempts()) {
            return;
        }
        visit.attempt(new VisitRecord.Attempt(
                retryCount, attemptStartedTime, execution.now(), error, cause, retrierIndex, delay));
    }

    private boolean hasAttempts() {
        StateType type = compiled.state().type();
        return type == StateType.TASK || type == StateType.PARALLEL || type == StateType.MAP;
    }
}
