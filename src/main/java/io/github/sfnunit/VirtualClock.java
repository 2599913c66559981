package io.github.sfnunit;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The virtual time of an execution. It starts at {@link ExecutionOptions#startTime()} ({@link #DEFAULT_START}
 * unless configured, never the wall clock) and jumps forward when nothing is left to do before the next timer:
 * a {@code Wait} of a day, a retry back-off or a task's virtual duration takes no real time.
 *
 * <pre>{@code
 * RunningExecution run = machine.begin("{}");
 * run.advanceBy(Duration.ofMinutes(5));
 * assertEquals(VirtualClock.DEFAULT_START.plusSeconds(300), run.clock().now());
 * }</pre>
 */
public final class VirtualClock {

    /** Where every execution starts unless configured: 2024-01-01T00:00:00Z. */
    public static final Instant DEFAULT_START = Instant.parse("2024-01-01T00:00:00Z");

    private final Instant startTime;
    private final Supplier<Instant> now;

    /**
     * @param startTime the instant the execution started
     * @param now reads the execution's current virtual time
     */
    public VirtualClock(Instant startTime, Supplier<Instant> now) {
        this.startTime = startTime;
        this.now = now;
    }

    /** The current virtual time. */
    public Instant now() {
        return now.get();
    }

    /** The virtual instant the execution started. */
    public Instant startTime() {
        return startTime;
    }

    /** The virtual time elapsed since the start. */
    public Duration elapsed() {
        return Duration.between(startTime, now());
    }

    @Override
    public String toString() {
        return "VirtualClock[" + now() + "]";
    }
}
