package io.github.sfnunit.lint;

import io.github.sfnunit.asl.Retrier;
import io.github.sfnunit.asl.State;
import java.util.List;

/**
 * The rule on Retry: a {@code States.ALL} retrier with no {@code MaxDelaySeconds} whose back-off grows large. ({@code
 * States.ALL} out of last place is refused by the parser and reported by {@link Lint#refused}.)
 */
final class ErrorHandlingRules {

    /** More attempts than this on everything, without a cap, is "large". */
    static final int LARGE_MAX_ATTEMPTS = 10;

    /** A single back-off longer than this, without a cap, is "large". */
    static final double LARGE_DELAY_SECONDS = 3600;

    private ErrorHandlingRules() {}

    static void check(State state, List<LintFinding> found) {
        List<Retrier> retry = state.retry();
        for (int i = 0; i < retry.size(); i++) {
            Retrier retrier = retry.get(i);
            if (!retrier.errorEquals().contains("States.ALL") || retrier.maxDelaySeconds() != null) {
                continue;
            }
            double longest = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), retrier.maxAttempts() - 1);
            double total = 0;
            for (int attempt = 0; attempt < retrier.maxAttempts(); attempt++) {
                total += retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), attempt);
            }
            if (retrier.maxAttempts() > LARGE_MAX_ATTEMPTS || longest > LARGE_DELAY_SECONDS) {
                found.add(TaskRules.finding(
                        LintRule.RETRY_ALL_UNCAPPED,
                        state,
                        "/Retry/" + i,
                        "retries every error (States.ALL) " + retrier.maxAttempts()
                                + " times without MaxDelaySeconds: the last back-off is " + seconds(longest)
                                + " and all of them add up to " + seconds(total)
                                + ", also for errors that retrying cannot fix; set MaxDelaySeconds, fewer"
                                + " MaxAttempts, or retry only the transient errors by name"));
            }
        }
    }

    private static String seconds(double value) {
        return value >= 1e9 ? String.format(java.util.Locale.ROOT, "%.3g s", value) : Math.round(value) + " s";
    }
}
