package io.github.sfnunit.asl;

import java.util.List;

/**
 * One entry of a state's {@code Retry} array, with AWS's defaults filled in (IntervalSeconds 1, MaxAttempts 3,
 * BackoffRate 2.0, no MaxDelaySeconds, no jitter).
 *
 * @param maxDelaySeconds {@code null} when the retrier sets no cap
 * @since 0.1.0
 */
public record Retrier(
        List<String> errorEquals,
        int intervalSeconds,
        int maxAttempts,
        double backoffRate,
        Integer maxDelaySeconds,
        JitterStrategy jitterStrategy,
        String comment) {

    public static final int DEFAULT_INTERVAL_SECONDS = 1;
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final double DEFAULT_BACKOFF_RATE = 2.0;

    public Retrier {
        errorEquals = List.copyOf(errorEquals);
    }

    /**
     * {@code "JitterStrategy"}: {@code FULL} draws each delay uniformly from [0, computed delay].
     *
     * @since 0.1.0
     */
    public enum JitterStrategy {
        NONE,
        FULL
    }
}
