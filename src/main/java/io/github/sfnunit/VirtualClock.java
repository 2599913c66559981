package io.github.sfnunit;

import io.github.sfnunit.internal.engine.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Virtual time. Nothing sleeps and the wall clock is never read: time jumps forward when nothing is left to do
 * before the next timer, so a {@code Wait} of a day, a retry back-off or a task's virtual duration takes no real
 * time. There are two kinds of clock:
 *
 * <ul>
 *   <li><b>An execution's clock</b>, {@link RunningExecution#clock()}: it starts at the execution's start time and
 *       follows that execution alone. Advancing it advances the execution.
 *   <li><b>A shared clock</b>, {@link #startingAt(Instant)}, given to machines with {@link
 *       StateMachine#withClock(VirtualClock)} (the JUnit extension injects one per test): every execution begun
 *       on it starts at its current time, and it follows the latest time any of them reached. Advancing it
 *       advances every execution begun on it that is still running, and moves the start of the next ones.
 * </ul>
 *
 * <pre>{@code
 * VirtualClock clock = VirtualClock.startingAt(Instant.parse("2025-03-01T09:00:00Z"));
 * StateMachine onClock = machine.withClock(clock);
 * onClock.start(input);                 // runs from 09:00; the clock follows it to its end
 * clock.advanceBy(Duration.ofDays(1));  // the next execution starts a day later
 * onClock.start(input);
 * }</pre>
 *
 * <p>Reading a clock is thread-safe. Advancing one drives executions, which are not: advance a clock from the
 * thread that drives its executions.
 *
 * @since 0.1.0
 */
public final class VirtualClock {

    /** Where every execution starts unless configured: 2024-01-01T00:00:00Z. */
    public static final Instant DEFAULT_START = Instant.parse("2024-01-01T00:00:00Z");

    private final Instant startTime;
    /** The execution this clock follows; {@code null} for a shared clock. */
    private final RunningExecution execution;
    /** A shared clock's time: the latest instant it was advanced to or an execution on it reached. */
    private final AtomicReference<Instant> shared;
    /** The executions begun on a shared clock that may still be running. */
    private final List<RunningExecution> begun = new ArrayList<>();

    private VirtualClock(Instant startTime, RunningExecution execution) {
        this.startTime = startTime;
        this.execution = execution;
        this.shared = execution == null ? new AtomicReference<>(startTime) : null;
    }

    /** A shared clock at {@code startTime}, for {@link StateMachine#withClock(VirtualClock)}. */
    public static VirtualClock startingAt(Instant startTime) {
        return new VirtualClock(checkStartTime(startTime), null);
    }

    /**
     * Refuses a start time outside [1970-01-01T00:00:00Z, 9998-12-31T23:59:59Z]: every timestamp of an execution
     * (which lasts at most a year) must be one AWS can write, as epoch milliseconds and with a four-digit year.
     */
    static Instant checkStartTime(Instant startTime) {
        Objects.requireNonNull(startTime, "startTime");
        if (startTime.isBefore(Scheduler.EARLIEST_START) || startTime.isAfter(Scheduler.LATEST_START)) {
            throw new IllegalArgumentException("The virtual start time " + startTime + " is outside the range"
                    + " sfn-unit supports, " + Scheduler.EARLIEST_START + " to " + Scheduler.LATEST_START);
        }
        return startTime;
    }

    /** The clock of {@code execution}. */
    static VirtualClock of(RunningExecution execution, Instant startTime) {
        return new VirtualClock(startTime, execution);
    }

    /** The current virtual time. */
    public Instant now() {
        return execution != null ? execution.now() : shared.get();
    }

    /** The virtual instant the execution started, or the shared clock was made at. */
    public Instant startTime() {
        return startTime;
    }

    /** The virtual time elapsed since {@link #startTime()}. */
    public Duration elapsed() {
        return Duration.between(startTime, now());
    }

    /**
     * Moves this clock forward by {@code duration}, running every timer due on the way in the executions it
     * drives.
     *
     * @throws IllegalArgumentException when {@code duration} is negative
     */
    public VirtualClock advanceBy(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Virtual time only moves forward, but the duration was " + duration);
        }
        return advanceTo(Scheduler.plus(now(), duration));
    }

    /**
     * Moves this clock forward to {@code instant}, running every timer due on the way in the executions it drives.
     *
     * @throws IllegalArgumentException when {@code instant} is before {@link #now()}
     */
    public VirtualClock advanceTo(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        Instant now = now();
        if (instant.isBefore(now)) {
            throw new IllegalArgumentException(
                    "Virtual time only moves forward, but " + instant + " is before the clock's " + now);
        }
        if (execution != null) {
            execution.advanceBy(Duration.between(now, instant));
            return this;
        }
        for (RunningExecution running : stillRunning()) {
            if (running.now().isBefore(instant)) {
                running.advanceTo(instant);
            }
        }
        reached(instant);
        return this;
    }

    /** Whether this is a shared clock rather than an execution's. */
    boolean isShared() {
        return execution == null;
    }

    /** A shared clock's note that an execution on it began. */
    void begun(RunningExecution running) {
        synchronized (begun) {
            begun.removeIf(previous -> !previous.isRunning());
            begun.add(running);
        }
    }

    /** A shared clock's note that one of its executions reached {@code instant}. */
    void reached(Instant instant) {
        shared.accumulateAndGet(instant, (current, next) -> next.isAfter(current) ? next : current);
    }

    private List<RunningExecution> stillRunning() {
        synchronized (begun) {
            begun.removeIf(running -> !running.isRunning());
            return List.copyOf(begun);
        }
    }

    @Override
    public String toString() {
        return "VirtualClock[" + now() + "]";
    }
}
