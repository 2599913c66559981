package io.github.sfnunit.assertions;

import io.github.sfnunit.Execution;
import java.time.Duration;

/** The execution's virtual duration differed from the expected one. */
final class ShouldHaveTakenVirtually extends ExecutionErrorMessage {

    private ShouldHaveTakenVirtually(Execution execution, Duration expected) {
        super(
                execution,
                "%nExpecting execution to have taken (virtual time):%n  %s%nbut took:%n  %s",
                DurationText.of(expected),
                DurationText.of(execution.virtualDuration()));
    }

    static ShouldHaveTakenVirtually shouldHaveTakenVirtually(Execution execution, Duration expected) {
        return new ShouldHaveTakenVirtually(execution, expected);
    }
}
