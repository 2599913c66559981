package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;

/**
 * What a {@link TaskHandler} says a task does: succeed with a result, fail with an error, or stay pending
 * until the test sends a callback. {@code duration} is virtual: the engine applies the outcome that long after
 * the task started, so {@code TimeoutSeconds} and {@code HeartbeatSeconds} are judged against it; {@code
 * heartbeats} are the offsets from the start at which the task sends heartbeats.
 *
 * @since 0.1.0
 */
public sealed interface TaskOutcome {

    Duration duration();

    List<Duration> heartbeats();

    /**
     * The task succeeded; {@code result} is the raw service result, before ResultSelector.
     *
     * @since 0.1.0
     */
    record Succeeded(JsonNode result, Duration duration, List<Duration> heartbeats) implements TaskOutcome {
        public Succeeded {
            heartbeats = List.copyOf(heartbeats);
        }

        public Succeeded(JsonNode result) {
            this(result, Duration.ZERO, List.of());
        }
    }

    /**
     * The task failed with {@code error} and {@code cause} (either may be {@code null}).
     *
     * @since 0.1.0
     */
    record Failed(String error, String cause, Duration duration, List<Duration> heartbeats) implements TaskOutcome {
        public Failed {
            heartbeats = List.copyOf(heartbeats);
        }

        public Failed(String error, String cause) {
            this(error, cause, Duration.ZERO, List.of());
        }
    }

    /**
     * No outcome yet: the execution waits (for a {@code .waitForTaskToken} task or an activity) until the test
     * sends task success, failure or heartbeats for {@link TaskInvocation#taskToken()}, or a timeout fires.
     *
     * @param heartbeats heartbeats the task sends at these offsets from its start
     * @param heartbeatEvery when not {@code null}, the task also sends a heartbeat every this long from its start
     *     until it ends (a callback arrives or it times out)
     *
     * @since 0.1.0
     */
    record Pending(List<Duration> heartbeats, Duration heartbeatEvery) implements TaskOutcome {
        public Pending {
            heartbeats = List.copyOf(heartbeats);
            if (heartbeatEvery != null && (heartbeatEvery.isNegative() || heartbeatEvery.isZero())) {
                throw new IllegalArgumentException("heartbeatEvery must be > 0, but was " + heartbeatEvery);
            }
        }

        /** Waits, sending heartbeats at these offsets from the task's start only. */
        public Pending(List<Duration> heartbeats) {
            this(heartbeats, null);
        }

        @Override
        public Duration duration() {
            return Duration.ZERO;
        }
    }
}
