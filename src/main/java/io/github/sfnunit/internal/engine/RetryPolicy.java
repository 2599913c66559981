package io.github.sfnunit.internal.engine;

import io.github.sfnunit.asl.Retrier;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The retry state of one state visit: the first retrier whose {@code ErrorEquals} matches an error decides,
 * and each retrier counts its own attempts, as AWS does.
 */
final class RetryPolicy {

    private final List<Retrier> retriers;
    private final int[] attemptsUsed;

    public RetryPolicy(List<Retrier> retriers) {
        this.retriers = retriers;
        this.attemptsUsed = new int[retriers.size()];
    }

    /** A decision to retry: which retrier matched and how long to wait first. */
    public record Decision(int retrierIndex, Duration delay) {}

    /**
     * The retry for {@code error}, or {@code null} when no retrier matches or the matching one has no attempts
     * left (the error then goes to the catchers). {@code heartbeatMissed}: see {@link ErrorNames#matches(List,
     * String, boolean)}.
     */
    public Decision onError(String error, boolean heartbeatMissed, RandomGenerator jitter) {
        for (int i = 0; i < retriers.size(); i++) {
            Retrier retrier = retriers.get(i);
            if (ErrorNames.matches(retrier.errorEquals(), error, heartbeatMissed)) {
                if (attemptsUsed[i] >= retrier.maxAttempts()) {
                    return null;
                }
                attemptsUsed[i]++;
                return new Decision(i, delay(retrier, attemptsUsed[i], jitter));
            }
        }
        return null;
    }

    /** Whether {@link #onError} would retry {@code error}, without using an attempt. */
    public boolean wouldRetry(String error) {
        for (int i = 0; i < retriers.size(); i++) {
            if (ErrorNames.matches(retriers.get(i).errorEquals(), error)) {
                return attemptsUsed[i] < retriers.get(i).maxAttempts();
            }
        }
        return false;
    }

    /**
     * The wait before retry number {@code retry} (1-based) of {@code retrier}: {@code IntervalSeconds *
     * BackoffRate^(retry-1)}, capped by {@code MaxDelaySeconds}, then drawn uniformly from [0, delay] with
     * {@code JitterStrategy: FULL}. Millisecond precision.
     */
    public static Duration delay(Retrier retrier, int retry, RandomGenerator jitter) {
        double seconds = backoffSeconds(retrier, retry);
        if (retrier.jitterStrategy() == Retrier.JitterStrategy.FULL) {
            seconds = jitter.nextDouble() * seconds;
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /**
     * The back-off before retry number {@code retry} (1-based) without jitter: {@code IntervalSeconds *
     * BackoffRate^(retry-1)}, capped by {@code MaxDelaySeconds}.
     */
    static double backoffSeconds(Retrier retrier, int retry) {
        double seconds = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), retry - 1);
        if (retrier.maxDelaySeconds() != null) {
            seconds = Math.min(seconds, retrier.maxDelaySeconds());
        }
        return seconds;
    }
}
