package io.github.sfnunit.internal.engine;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * The discrete-event queue of one execution: timers ordered by (virtual time, sequence). Running a timer moves
 * the virtual clock to its time; nothing ever sleeps. Not thread-safe: an execution is driven by one thread at
 * a time.
 */
final class Scheduler {

    private final PriorityQueue<Timer> queue = new PriorityQueue<>();
    /**
     * Timers due at the instant they were scheduled (most transitions), in scheduling order. The clock never goes
     * back, so this is already sorted by (time, sequence): taking the smaller head of it and of {@link #queue}
     * gives exactly the order one priority queue would, without a heap insertion per transition.
     */
    private final ArrayDeque<Timer> dueNow = new ArrayDeque<>();

    private Instant now;
    private long sequence;

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
        if (time.isAfter(now)) {
            now = time;
        }
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
