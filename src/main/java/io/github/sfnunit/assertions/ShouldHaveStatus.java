package io.github.sfnunit.assertions;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;

/** An execution ended with another status than expected. */
final class ShouldHaveStatus extends ExecutionErrorMessage {

    private ShouldHaveStatus(Execution execution, ExecutionStatus expected) {
        super(
                execution,
                "%nExpecting execution to have status:%n  %s%nbut was:%n  %s",
                expected.name(),
                statusText(execution));
    }

    static ShouldHaveStatus shouldHaveStatus(Execution execution, ExecutionStatus expected) {
        return new ShouldHaveStatus(execution, expected);
    }
}
