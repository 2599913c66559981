package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.internal.history.HistoryLimitExceededException;
import io.github.sfnunit.internal.history.HistoryOptions;
import io.github.sfnunit.internal.history.HistoryRecorder;
import io.github.sfnunit.internal.query.ContextObject;
import io.github.sfnunit.mock.InvalidTokenException;
import io.github.sfnunit.mock.TaskCallbackException;
import io.github.sfnunit.mock.TaskDoesNotExistException;
import io.github.sfnunit.mock.TaskInvocation;
import io.github.sfnunit.mock.TaskTimedOutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * One execution of an {@link ExecutionPlan}: its scheduler and virtual clock, history, seeded random sources,
 * state visits and task calls. Single-threaded: whoever drives it (a test, the CLI) calls it from one thread at
 * a time.
 */
public final class ExecutionRuntime {

    private final ExecutionPlan plan;
    private final EngineOptions options;
    private final JsonNode input;
    private final Scheduler scheduler;
    /** The payload size check, remembering what this execution already bounded. */
    private final PayloadLimit payloadLimit = new PayloadLimit();

    private final HistoryRecorder history;
    private final RandomGenerator jitterRandom;
    private final RandomGenerator queryRandom;
    private final RandomGenerator tokenRandom;
    private final String executionName;
    private final String executionArn;
    private final ContextObject contextObject;
    private final List<VisitRecord> visits = new ArrayList<>();
    /** States entered, counting those whose visits are not retained (see {@link #beginVisit}). */
    private int statesEnteredCount;
    /** Per state, the visits inside Map iterations not retained (EngineOptions.recordMapIterationVisits). */
    private final Map<String, int[]> notRetainedCounts = new LinkedHashMap<>();

    private final List<TaskInvocation> invocations = new ArrayList<>();
    private final Map<String, int[]> invocationCounts = new HashMap<>();
    private final Map<String, CallbackTask> callbacks = new LinkedHashMap<>();
    /** The tokens of tasks that waited and no longer do (completed, timed out, or the execution ended). */
    private final Set<String> closedTokens = new HashSet<>();

    private final Instant startTime;
    private RunStatus status = RunStatus.RUNNING;
    private JsonNode output;
    private String error;
    private String cause;
    private Instant stopTime;

    public ExecutionRuntime(ExecutionPlan plan, EngineOptions options, JsonNode input) {
        this.plan = plan;
        this.options = options;
        this.input = input;
        this.startTime = options.startTime();
        this.scheduler = new Scheduler(startTime);
        this.history = new HistoryRecorder(
                (options.historyEnabled() ? HistoryOptions.defaults() : HistoryOptions.notRecording())
                        .withMaxEvents(options.maxHistoryEvents()));
        // Separate streams, so that adding jitter to a retrier does not change the UUIDs a test sees.
        SplittableRandom seeds = new SplittableRandom(options.seed());
        this.jitterRandom = seeds.split();
        this.queryRandom = seeds.split();
        this.tokenRandom = seeds.split();
        this.executionName = options.executionName() != null ? options.executionName() : uuid(tokenRandom);
        // The Express id is drawn for every type, so that the task tokens drawn after it do not depend on the
        // machine's type; only Express ARNs spell it.
        long idMost = tokenRandom.nextLong();
        long idLeast = tokenRandom.nextLong();
        boolean express = options.stateMachineType() == StateMachineType.EXPRESS;
        this.executionArn = options.executionArn(executionName, express ? uuid(idMost, idLeast) : null);
        this.contextObject = ContextObject.forExecution(
                executionArn,
                input,
                executionName,
                options.roleArn(),
                startTime,
                express ? null : 0,
                options.stateMachineArn(),
                options.stateMachineName());
    }

    /** Records {@code ExecutionStarted} and schedules the first state; runs nothing yet. */
    public void start() {
        guarded(() -> {
            history.root().executionStarted(startTime, input, options.roleArn());
            Integer timeout = plan.definition().timeoutSeconds();
            if (timeout != null) {
                scheduler.schedule(Scheduler.plusSeconds(startTime, timeout), this::timeOut);
            }
            scheduler.deadline(Scheduler.plus(startTime, maxDuration(options.stateMachineType())), this::timeOut);
            Fiber root = new Fiber(
                    this, plan.root(), "", new RootListener(), new FiberVariables(null), contextObject, history.root());
            root.start(input);
        });
    }

    /**
     * AWS's longest execution: one year for a Standard workflow, five minutes for an Express one. Past it the
     * execution times out with {@code States.Timeout}, as AWS records it.
     */
    public static Duration maxDuration(StateMachineType type) {
        return type == StateMachineType.EXPRESS ? MAX_EXPRESS_DURATION : MAX_STANDARD_DURATION;
    }

    /** AWS's "1 year" for a Standard execution, as 365 days. */
    public static final Duration MAX_STANDARD_DURATION = Duration.ofDays(365);
    /** AWS's 5 minutes for an Express execution. */
    public static final Duration MAX_EXPRESS_DURATION = Duration.ofMinutes(5);

    /**
     * Moves the clock to {@code instant} without running timers (the caller ran those due by then); past the
     * execution's maximum duration, the execution times out there.
     */
    public void advanceClockTo(Instant instant) {
        guarded(() -> scheduler.advanceTo(instant));
    }

    /** Runs every timer due at or before {@code limit}, in order; stops early when the execution ends. */
    public void runUntil(Instant limit) {
        while (isRunning() && guardedStep(limit)) {
            // each step ran one timer
        }
    }

    /** Runs until the execution ends or nothing is scheduled any more (it waits for a callback). */
    public void runToQuiescence() {
        runUntil(Instant.MAX);
    }

    /** Runs one timer due by {@code limit}; false when none was due. */
    public boolean step(Instant limit) {
        return isRunning() && guardedStep(limit);
    }

    private boolean guardedStep(Instant limit) {
        // Not through guarded(Runnable): this runs once per step, and the lambda and its result holder were
        // allocations of every transition.
        try {
            return scheduler.runNext(limit);
        } catch (HistoryLimitExceededException e) {
            historyLimitReached(e);
            return false;
        }
    }

    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (HistoryLimitExceededException e) {
            historyLimitReached(e);
        }
    }

    private void historyLimitReached(HistoryLimitExceededException e) {
        end(RunStatus.FAILED, null, e.error(), e.cause());
        history.root().executionFailed(now(), e.error(), e.cause());
    }

    private void timeOut() {
        if (isRunning()) {
            end(RunStatus.TIMED_OUT, null, ErrorNames.TIMEOUT, null);
            history.root().executionTimedOut(now(), ErrorNames.TIMEOUT, null);
        }
    }

    private void end(RunStatus finalStatus, JsonNode finalOutput, String finalError, String finalCause) {
        status = finalStatus;
        output = finalOutput;
        error = finalError;
        cause = finalCause;
        stopTime = now();
        closedTokens.addAll(callbacks.keySet());
        callbacks.clear();
        scheduler.clear();
    }

    /** The execution's end: the root fiber's listener. */
    private final class RootListener implements FiberListener {
        @Override
        public void succeeded(JsonNode result) {
            end(RunStatus.SUCCEEDED, result, null, null);
            history.root().executionSucceeded(now(), result);
        }

        @Override
        public void failed(String failedError, String failedCause) {
            end(RunStatus.FAILED, null, failedError, failedCause);
            history.root().executionFailed(now(), failedError, failedCause);
        }
    }

    // ---- what states and executors use

    VisitRecord beginVisit(StateRun run, String statePath) {
        if (run.fiber().isChildExecution()) {
            // A distributed Map's child execution has its own history: its visits are not the parent's.
            return new VisitRecord(run.state().name(), statePath, run.state().type(), -1, now(), run.rawInput());
        }
        if (statesEnteredCount >= options.maxStateTransitions()) {
            throw new StateTransitionLimitException(loopMessage());
        }
        VisitRecord visit = new VisitRecord(
                run.state().name(), statePath, run.state().type(), statesEnteredCount, now(), run.rawInput());
        statesEnteredCount++;
        if (!options.recordMapIterationVisits() && run.fiber().isInsideMapIteration()) {
            // Asked not to keep them: a Map's memory must not grow with its items. Only the count per state is
            // kept, for the loop guard's message.
            notRetainedCounts.computeIfAbsent(run.state().name(), name -> new int[1])[0]++;
        } else {
            visits.add(visit);
        }
        return visit;
    }

    private String loopMessage() {
        Map<String, Long> counts = visits.stream()
                .collect(Collectors.groupingBy(VisitRecord::stateName, LinkedHashMap::new, Collectors.counting()));
        notRetainedCounts.forEach((name, count) -> counts.merge(name, (long) count[0], Long::sum));
        String top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(5)
                .map(e -> "'" + e.getKey() + "' " + e.getValue() + " times")
                .collect(Collectors.joining(", "));
        return "The execution entered more than " + options.maxStateTransitions()
                + " states (ExecutionOptions.maxStateTransitions); this looks like a loop that never ends."
                + " Most entered: " + top + ".";
    }

    /** Records a task call and returns its 0-based index among the calls of {@code stateName}. */
    int recordInvocationIndex(String stateName) {
        return invocationCounts.computeIfAbsent(stateName, name -> new int[1])[0]++;
    }

    void recordInvocation(TaskInvocation invocation) {
        invocations.add(invocation);
    }

    /** A new deterministic task token. */
    String newTaskToken() {
        return uuid(tokenRandom);
    }

    void registerCallback(String token, CallbackTask task) {
        callbacks.put(token, task);
    }

    void removeCallback(String token) {
        if (callbacks.remove(token) != null) {
            closedTokens.add(token);
        }
    }

    /** The tokens of the tasks waiting for a callback, in the order they started waiting. */
    public Map<String, String> waitingTasks() {
        Map<String, String> waiting = new LinkedHashMap<>();
        callbacks.forEach((token, task) -> waiting.put(token, task.stateName()));
        return waiting;
    }

    /**
     * The task waiting with {@code token}.
     *
     * @throws InvalidTokenException when {@code token} is not of the task token format
     * @throws TaskTimedOutException when the task waited once and no longer does
     * @throws TaskDoesNotExistException when no task of this execution was given {@code token}
     */
    CallbackTask callback(String token) {
        CallbackTask task = callbacks.get(token);
        if (task != null) {
            return task;
        }
        String waiting = callbacks.isEmpty() ? "No task is waiting." : "Waiting: " + waitingTasks() + ".";
        if (!TaskCallbackException.isTaskToken(token)) {
            throw new InvalidTokenException("'" + abbreviate(token) + "' is not a task token: sfn-unit's tokens are"
                    + " UUIDs, read from $$.Task.Token or RunningExecution.waitingTasks(). " + waiting);
        }
        if (closedTokens.contains(token)) {
            throw new TaskTimedOutException("The task given token '" + token + "' no longer waits: it "
                    + (isRunning()
                            ? "timed out or was completed already."
                            : "ended with its execution (" + status + ")."));
        }
        throw new TaskDoesNotExistException("No task was given token '" + token + "'. " + waiting);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 80 ? String.valueOf(text) : text.substring(0, 80) + "...";
    }

    /**
     * Stops the execution as {@code StopExecution} does: status {@code ABORTED}, an {@code ExecutionAborted}
     * event with {@code error} and {@code cause} (either may be {@code null}). Does nothing once it ended.
     */
    public void abort(String abortError, String abortCause) {
        if (isRunning()) {
            end(RunStatus.ABORTED, null, abortError, abortCause);
            history.root().executionAborted(now(), abortError, abortCause);
        }
    }

    /** Runs {@code action} now as a step of the execution (history limits apply). */
    void act(Runnable action) {
        guarded(action);
    }

    Scheduler scheduler() {
        return scheduler;
    }

    /** The time of the next timer, {@code null} when nothing is scheduled. */
    public Instant nextTimerTime() {
        return scheduler.nextTime();
    }

    /** Completes the task waiting with {@code token}, as a step of the execution. */
    public void sendTaskSuccess(String token, JsonNode taskOutput) {
        act(() -> callback(token).succeed(taskOutput));
    }

    /** Fails the task waiting with {@code token}, as a step of the execution. */
    public void sendTaskFailure(String token, String taskError, String taskCause) {
        act(() -> callback(token).fail(taskError, taskCause));
    }

    /** Records a heartbeat of the task waiting with {@code token}. */
    public void sendTaskHeartbeat(String token) {
        callback(token).heartbeat();
    }

    public Instant now() {
        return scheduler.now();
    }

    public boolean isRunning() {
        return status == RunStatus.RUNNING;
    }

    public RunStatus status() {
        return status;
    }

    EngineOptions options() {
        return options;
    }

    ExecutionPlan plan() {
        return plan;
    }

    HistoryRecorder history() {
        return history;
    }

    /** The execution's {@code $$} before any state is entered. */
    ContextObject contextObject() {
        return contextObject;
    }

    RandomGenerator jitterRandom() {
        return jitterRandom;
    }

    RandomGenerator queryRandom() {
        return queryRandom;
    }

    JsonNodeFactory json() {
        return JsonNodeFactory.instance;
    }

    /**
     * Whether the input is within AWS's 256 KiB (StartExecution refuses a larger one). Bounded by this execution's
     * payload limit, which remembers the bound, so that the first state's check of the same input walks nothing.
     */
    public boolean inputWithinPayloadLimit() {
        return payloadLimit.within(input);
    }

    /** The payload size check of this execution (its state outputs, Task results and inputs). */
    PayloadLimit payloadLimit() {
        return payloadLimit;
    }

    String executionArn() {
        return executionArn;
    }

    /**
     * Marks the kept visits from index {@code from} on whose state path starts with {@code pathPrefix} and that are
     * still open as aborted now: a sibling branch or iteration failed while they ran.
     */
    void abortOpenVisits(String pathPrefix, int from) {
        for (int i = from; i < visits.size(); i++) {
            VisitRecord visit = visits.get(i);
            if (visit.isOpen() && visit.statePath().startsWith(pathPrefix)) {
                visit.aborted(now());
            }
        }
    }

    /** How many state visits are kept so far. */
    public int visitCount() {
        return visits.size();
    }

    /**
     * The index of the first kept visit of {@code stateName} at or after {@code from}, -1 for none; with {@code
     * openOnly}, only a visit that has not ended.
     */
    public int findVisit(String stateName, int from, boolean openOnly) {
        for (int i = from; i < visits.size(); i++) {
            VisitRecord visit = visits.get(i);
            if (visit.stateName().equals(stateName) && (!openOnly || visit.isOpen())) {
                return i;
            }
        }
        return -1;
    }

    /** The names of the states entered so far, in order. */
    public List<String> statesEntered() {
        return visits.stream().map(VisitRecord::stateName).toList();
    }

    /** The execution as it stands: final once it ended, else {@code RUNNING} with what happened so far. */
    public ExecutionResult result() {
        return new ExecutionResult(
                executionArn,
                status,
                input,
                output,
                error,
                cause,
                startTime,
                stopTime != null ? stopTime : now(),
                Collections.unmodifiableList(visits),
                invocations,
                history.events());
    }

    /** The virtual time elapsed since the start. */
    Duration elapsed() {
        return Duration.between(startTime, now());
    }

    private static String uuid(RandomGenerator random) {
        long most = random.nextLong();
        return uuid(most, random.nextLong());
    }

    /** A version 4 UUID's text from two random longs. */
    private static String uuid(long randomMost, long randomLeast) {
        long most = (randomMost & ~0xF000L) | 0x4000L;
        long least = (randomLeast & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
