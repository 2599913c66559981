package io.github.sfnunit.assertions;

import io.github.sfnunit.Execution;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** A state's attempts and retries differed from what the test expected. */
final class ShouldHaveAttempts extends ExecutionErrorMessage {

    private ShouldHaveAttempts(Execution execution, String format, Object... arguments) {
        super(execution, format, arguments);
    }

    static ShouldHaveAttempts shouldHaveBeenAttempted(Execution execution, String state, int expected, int actual) {
        return new ShouldHaveAttempts(
                execution,
                "%nExpecting state %s to have been attempted:%n  %s%nbut was attempted:%n  %s",
                quote(state),
                times(expected),
                times(actual));
    }

    static ShouldHaveAttempts shouldHaveBeenRetriedOn(
            Execution execution, String state, String error, List<String> retriedOn) {
        return new ShouldHaveAttempts(
                execution,
                "%nExpecting state %s to have been retried on error:%n  %s%nbut %s",
                quote(state),
                quote(error),
                retriedOn.isEmpty() ? "it was never retried." : "it was retried on:" + NL + "  " + quoted(retriedOn));
    }

    static ShouldHaveAttempts shouldNotHaveBeenRetried(Execution execution, String state, List<String> retriedOn) {
        return new ShouldHaveAttempts(
                execution,
                "%nExpecting state %s not to have been retried%nbut it was retried on:%n  %s",
                quote(state),
                quoted(retriedOn));
    }

    static ShouldHaveAttempts shouldHaveRetryDelays(
            Execution execution, String state, List<Duration> expected, List<Duration> actual) {
        return new ShouldHaveAttempts(
                execution,
                "%nExpecting state %s to have had retry delays (virtual time):%n  %s%nbut had:%n  %s",
                quote(state),
                durations(expected),
                durations(actual));
    }

    private static String durations(List<Duration> durations) {
        return durations.stream().map(DurationText::of).collect(Collectors.joining(", ", "[", "]"));
    }
}
