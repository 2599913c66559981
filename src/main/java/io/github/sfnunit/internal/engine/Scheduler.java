package io.github.sfnunit.internal.engine;

import java.time.Instant;
import java.util.PriorityQueue;

/**
 * The discrete-event queue of one execution: timers ordered by (virtual time, sequence). Running a timer moves
 * the virtual clock to its time; nothing ever sleeps. Not thread-safe: an execution is driven by one thread at
 * a time.
 */
public final class Scheduler {

    private final PriorityQueue<Timer> queue = new PriorityQueue<>();
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
        Timer timer = new Timer(at.isBefore(now) ? now : at, sequence++, action);
        queue.add(timer);
        return timer;
    }

    /** Runs {@code action} at the current virtual time, after everything already due now. */
    public Timer scheduleNow(Runnable action) {
        return schedule(now, action);
    }

    /** The time of the next live timer, or {@code null} when there is none. */
    public Instant nextTime() {
        dropCancelled();
        Timer next = queue.peek();
        return next == null ? null : next.at;
    }

    /**
     * Runs the next live timer if it is due at or before {@code limit}, moving the clock to its time.
     *
     * @return false when no timer is due by {@code limit}
     */
    public boolean runNext(Instant limit) {
        dropCancelled();
        Timer next = queue.peek();
        if (next == null || next.at.isAfter(limit)) {
            return false;
        }
        queue.poll();
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
    }

    private void dropCancelled() {
        while (!queue.isEmpty() && queue.peek().cancelled) {
            queue.poll();
        }
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
