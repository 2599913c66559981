package io.github.sfnunit.internal.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * The discrete-event queue of one execution: timers ordered by (virtual time, sequence). Running a timer moves
 * the virtual clock to its time; nothing ever sleeps. Not thread-safe: an execution is driven by one thread at
 * a time.
 *
 * <p>All virtual-time arithmetic of the engine goes through {@link #plus(Instant, Duration)} and {@link
 * #plusSeconds(Instant, long)}: they saturate at {@link Instant#MAX} instead of throwing, so that a Wait of {@code
 * Long.MAX_VALUE} seconds or a back-off of {@code 2^99999999} seconds is only "very late". No such timer ever
 * runs: the execution's {@linkplain #deadline(Instant, Runnable) deadline} (AWS's maximum duration) comes first.
 */
public final class Scheduler {

    /** The earliest instant an execution may start at: the Unix epoch. */
    public static final Instant EARLIEST_START = Instant.EPOCH;
    /**
     * The latest instant an execution may start at, so that its longest run (one year) and every timestamp AWS
     * writes in its history keep a four-digit year.
     */
    public static final Instant LATEST_START = Instant.parse("9998-12-31T23:59:59Z");

    private final PriorityQueue<Timer> queue = new PriorityQueue<>();
    /**
     * Timers due at the instant they were scheduled (most transitions), in scheduling order. The clock never goes
     * back, so this is already sorted by (time, sequence): taking the smaller head of it and of {@link #queue}
     * gives exactly the order one priority queue would, without a heap insertion per transition.
     */
    private final ArrayDeque<Timer> dueNow = new ArrayDeque<>();

    private Instant now;
    private long sequence;
    private Instant deadline = Instant.MAX;
    private Runnable atDeadline;

    public Scheduler(Instant start) {
        this.now = start;
    }

    /** The current virtual time. */
    public Instant now() {
        return now;
    }

    /** Runs {@code action} at {@code at} (or now, when {@code at} is in the past), after the earlier timers. */
    public Timer schedule(Instant at, Runnable action) {
        boolean due = !at.isAfter(now);
        Timer timer = new Timer(due ? now : at, sequence++, action);
        if (due) {
            dueNow.add(timer);
        } else {
            queue.add(timer);
        }
        return timer;
    }

    /** Runs {@code action} at the current virtual time, after everything already due now. */
    public Timer scheduleNow(Runnable action) {
        return schedule(now, action);
    }

    /**
     * Runs {@code action} when the clock would move past {@code at} (the execution's maximum duration): before any
     * later timer, or when the clock is advanced beyond it. Unlike a timer it keeps nothing running: an execution
     * waiting for a callback with nothing scheduled stays waiting.
     */
    public void deadline(Instant at, Runnable action) {
        this.deadline = at;
        this.atDeadline = action;
    }

    private static final long MAX_NANO = 999_999_999L;

    /** {@code instant + duration}, or {@link Instant#MAX} when that is later than the latest instant. */
    public static Instant plus(Instant instant, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Virtual time only moves forward, but the duration was " + duration);
        }
        // Compared in epoch seconds: Duration.between(instant, Instant.MAX) overflows nanoseconds inside the JDK and
        // throws and catches an ArithmeticException on every call, which made every execution 20 times slower.
        long roomSeconds = Instant.MAX.getEpochSecond() - instant.getEpochSecond();
        long seconds = duration.getSeconds();
        boolean pastMax = seconds > roomSeconds
                || (seconds == roomSeconds && (long) instant.getNano() + duration.getNano() > MAX_NANO);
        return pastMax ? Instant.MAX : instant.plus(duration);
    }

    /** {@code instant + seconds}, saturating like {@link #plus(Instant, Duration)}. */
    public static Instant plusSeconds(Instant instant, long seconds) {
        return plus(instant, Duration.ofSeconds(seconds));
    }

    /** The time of the next live timer, or {@code null} when there is none. */
    public Instant nextTime() {
        Timer next = peekLive();
        return next == null ? null : next.at;
    }

    /**
     * Runs the next live timer if it is due at or before {@code limit}, moving the clock to its time.
     *
     * @return false when no timer is due by {@code limit}
     */
    public boolean runNext(Instant limit) {
        Timer next = peekLive();
        if (atDeadline != null && next != null && next.at.isAfter(deadline) && !deadline.isAfter(limit)) {
            return reachDeadline();
        }
        if (next == null || next.at.isAfter(limit)) {
            return false;
        }
        if (next == dueNow.peek()) {
            dueNow.poll();
        } else {
            queue.poll();
        }
        now = next.at;
        next.action.run();
        return true;
    }

    /** Moves the clock forward to {@code time} without running anything (never backwards). */
    public void advanceTo(Instant time) {
        if (time.isAfter(deadline) && atDeadline != null) {
            reachDeadline();
        } else if (time.isAfter(now)) {
            now = time;
        }
    }

    private boolean reachDeadline() {
        Runnable action = atDeadline;
        atDeadline = null;
        if (deadline.isAfter(now)) {
            now = deadline;
        }
        action.run();
        return true;
    }

    /** Drops every pending timer (the execution ended). */
    public void clear() {
        queue.clear();
        dueNow.clear();
    }

    /** The earliest live timer of both queues by (time, sequence), dropping cancelled heads; null when none. */
    private Timer peekLive() {
        while (!queue.isEmpty() && queue.peek().cancelled) {
            queue.poll();
        }
        while (!dueNow.isEmpty() && dueNow.peek().cancelled) {
            dueNow.poll();
        }
        Timer fromQueue = queue.peek();
        Timer fromDueNow = dueNow.peek();
        if (fromQueue == null) {
            return fromDueNow;
        }
        return fromDueNow == null || fromQueue.compareTo(fromDueNow) < 0 ? fromQueue : fromDueNow;
    }

    /** A scheduled action; {@link #cancel()} makes sure it never runs. */
    public static final class Timer implements Comparable<Timer> {
        private final Instant at;
        private final long sequence;
        private final Runnable action;
        private boolean cancelled;

        private Timer(Instant at, long sequence, Runnable action) {
            this.at = at;
            this.sequence = sequence;
            this.action = action;
        }

        public Instant at() {
            return at;
        }

        public void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Timer other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
