package io.github.sfnunit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.internal.engine.ExecutionPlan;
import io.github.sfnunit.internal.engine.ExecutionRuntime;
import io.github.sfnunit.internal.engine.Scheduler;
import io.github.sfnunit.internal.engine.StateTransitionLimitException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An execution under the test's control. Time only moves when asked, and every method returns after all work
 * due by then ran: nothing races, nothing sleeps. Not thread-safe; drive it from one thread.
 *
 * <pre>{@code
 * RunningExecution run = machine.begin(input);
 * run.runUntilState("WaitForApproval");
 * String token = run.waitingTasks().keySet().iterator().next();
 * run.sendTaskSuccess(token, "{\"approved\":true}");
 * Execution done = run.finish();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RunningExecution {

    private final ExecutionRuntime runtime;
    private final ExecutionOptions options;
    private final VirtualClock clock;
    /** The shared clock the execution was begun on, {@code null} for none. */
    private final VirtualClock shared;
    /** The visits before this index were entered before {@link #runUntilState} last stopped. */
    private int reportedVisits;
    /** Told of the execution once it ended, {@code null} for nobody; set to {@code null} once told. */
    private Consumer<? super Execution> whenEnded;

    private RunningExecution(
            ExecutionRuntime runtime,
            ExecutionOptions options,
            VirtualClock shared,
            Consumer<? super Execution> whenEnded) {
        this.runtime = runtime;
        this.options = options;
        this.whenEnded = whenEnded;
        this.clock = VirtualClock.of(this, options.startTime());
        this.shared = shared;
        if (shared != null) {
            shared.begun(this);
            shared.reached(runtime.now());
        }
    }

    /**
     * Starts an execution of {@code plan} and runs what is due at its start time.
     *
     * @param input read and checked by {@link JsonInputs#read}; its size is checked here
     * @throws IllegalArgumentException when the input is larger than AWS's 256 KiB
     */
    static RunningExecution begin(
            ExecutionPlan plan,
            ExecutionOptions options,
            JsonNode input,
            VirtualClock shared,
            Consumer<? super Execution> whenEnded) {
        ExecutionRuntime runtime = new ExecutionRuntime(plan, options.toEngineOptions(), input);
        // StartExecution's 256 KiB, bounded by the execution's own payload limit, which remembers the bound: the first
        // state's check of the same input then walks nothing again.
        if (!runtime.inputWithinPayloadLimit()) {
            throw JsonInputs.inputTooLarge(input);
        }
        drive(() -> {
            runtime.start();
            drive(() -> runtime.runUntil(runtime.now()));
        });
        return new RunningExecution(runtime, options, shared, whenEnded);
    }

    /** Runs engine work, turning the engine's loop guard into the public exception. */
    private static void drive(Runnable work) {
        try {
            work.run();
        } catch (StateTransitionLimitException e) {
            throw new ExecutionLimitExceededException(e.getMessage(), e);
        }
    }

    /** This execution's clock: advancing it advances the execution. */
    public VirtualClock clock() {
        return clock;
    }

    Instant now() {
        return runtime.now();
    }

    public ExecutionStatus status() {
        return ExecutionResults.status(runtime.status());
    }

    public boolean isRunning() {
        return runtime.isRunning();
    }

    /** Moves the clock forward by {@code duration}, running every timer due on the way. */
    public RunningExecution advanceBy(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Virtual time only moves forward, but the duration was " + duration);
        }
        return advanceTo(Scheduler.plus(runtime.now(), duration));
    }

    /**
     * Moves the clock forward to {@code instant}, running every timer due on the way.
     *
     * @throws IllegalArgumentException when {@code instant} is before the execution's current time
     */
    public RunningExecution advanceTo(Instant instant) {
        if (instant.isBefore(runtime.now())) {
            throw new IllegalArgumentException(
                    "Virtual time only moves forward, but " + instant + " is before the execution's " + runtime.now());
        }
        drive(() -> runtime.runUntil(instant));
        if (runtime.isRunning()) {
            runtime.advanceClockTo(instant);
        }
        return moved();
    }

    /** Lets the shared clock, if any, follow this execution's time. */
    private RunningExecution moved() {
        if (shared != null) {
            shared.reached(runtime.now());
        }
        return this;
    }

    /**
     * Jumps to the next timer (a Wait, a retry back-off, a task's completion or timeout) and runs everything
     * due then.
     *
     * @throws IllegalStateException when nothing is scheduled
     */
    public RunningExecution advanceToNextTimer() {
        Instant next = runtime.nextTimerTime();
        if (next == null || !runtime.isRunning()) {
            throw new IllegalStateException(
                    "Nothing is scheduled: the execution is " + status() + waitingDescription());
        }
        drive(() -> runtime.runUntil(next));
        return moved();
    }

    /**
     * The virtual instant of the next timer (a Wait, a retry back-off, a task's completion or timeout), empty when
     * nothing is scheduled or the execution ended.
     *
     * @since 0.1.0
     */
    public Optional<Instant> nextTimer() {
        return runtime.isRunning() ? Optional.ofNullable(runtime.nextTimerTime()) : Optional.empty();
    }

    /**
     * Runs until the state named {@code stateName} is entered (moving the clock as needed), and stops there. When
     * the execution is in that state already, entered since the previous {@code runUntilState} stopped (by {@link
     * StateMachine#begin(Object)}, say), it returns at once; calling it again runs on to the state's next entry.
     *
     * @throws IllegalStateException when the execution ends or waits for a callback without entering it
     */
    public RunningExecution runUntilState(String stateName) {
        Objects.requireNonNull(stateName, "stateName");
        int found = runtime.findVisit(stateName, reportedVisits, true);
        int from = runtime.visitCount();
        while (found < 0) {
            if (!stepOnce()) {
                throw new IllegalStateException("State '" + stateName + "' was not entered: the execution is "
                        + status() + waitingDescription() + "; states entered: " + runtime.statesEntered());
            }
            found = runtime.findVisit(stateName, from, false);
        }
        reportedVisits = found + 1;
        return moved();
    }

    private boolean stepOnce() {
        try {
            return runtime.step(Instant.MAX);
        } catch (StateTransitionLimitException e) {
            throw new ExecutionLimitExceededException(e.getMessage(), e);
        }
    }

    /**
     * Completes the task waiting with {@code token} with {@code output} (JSON text, a node or a mappable object).
     *
     * @throws io.github.sfnunit.mock.TaskTimedOutException when the task timed out, was completed already, or the
     *     execution ended (AWS's {@code TaskTimedOut})
     * @throws io.github.sfnunit.mock.TaskDoesNotExistException when no task of this execution was given the token
     *     (AWS's {@code TaskDoesNotExist})
     * @throws io.github.sfnunit.mock.InvalidTokenException when the text is not a task token (AWS's {@code
     *     InvalidToken})
     */
    public RunningExecution sendTaskSuccess(String token, Object output) {
        Objects.requireNonNull(token, "token");
        drive(() -> runtime.sendTaskSuccess(token, StateMachine.toJson(output)));
        drive(() -> runtime.runUntil(runtime.now()));
        return moved();
    }

    /**
     * Fails the task waiting with {@code token}.
     *
     * @throws io.github.sfnunit.mock.TaskCallbackException as {@link #sendTaskSuccess(String, Object)}
     */
    public RunningExecution sendTaskFailure(String token, String error, String cause) {
        Objects.requireNonNull(token, "token");
        drive(() -> runtime.sendTaskFailure(token, error, cause));
        drive(() -> runtime.runUntil(runtime.now()));
        return moved();
    }

    /**
     * Records a heartbeat for the task waiting with {@code token}: its {@code HeartbeatSeconds} start again.
     *
     * @throws io.github.sfnunit.mock.TaskCallbackException as {@link #sendTaskSuccess(String, Object)}
     */
    public RunningExecution sendTaskHeartbeat(String token) {
        Objects.requireNonNull(token, "token");
        runtime.sendTaskHeartbeat(token);
        return this;
    }

    /**
     * Stops the execution as AWS's {@code StopExecution} does: it ends {@code ABORTED} with an {@code
     * ExecutionAborted} event carrying {@code error} and {@code cause} (either may be {@code null}). Does nothing
     * when the execution has ended already.
     *
     * @since 0.1.0
     */
    public RunningExecution stop(String error, String cause) {
        runtime.abort(error, cause);
        return moved();
    }

    /** The task tokens the execution waits for, each with the name of the waiting state, oldest first. */
    public Map<String, String> waitingTasks() {
        return runtime.waitingTasks();
    }

    /**
     * Runs the execution to its end and returns it.
     *
     * @throws IllegalStateException when it waits for a task callback that nobody sent
     */
    public Execution finish() {
        drive(runtime::runToQuiescence);
        moved();
        if (runtime.isRunning()) {
            throw new IllegalStateException("The execution cannot finish on its own: it is waiting"
                    + waitingDescription() + ". Send the callbacks with sendTaskSuccess/sendTaskFailure first.");
        }
        return snapshot();
    }

    /** The execution as it stands now (status {@code RUNNING} until it ends). */
    public Execution snapshot() {
        Execution execution = ExecutionResults.toExecution(runtime.result(), options.taskHandler());
        if (whenEnded != null && !runtime.isRunning()) {
            Consumer<? super Execution> listener = whenEnded;
            whenEnded = null;
            listener.accept(execution);
        }
        return execution;
    }

    private String waitingDescription() {
        Map<String, String> waiting = runtime.waitingTasks();
        return waiting.isEmpty() ? "" : " for task callbacks " + waiting;
    }
}
