package io.github.sfnunit.assertions;

import io.github.sfnunit.Execution;

/** An execution did not fail with the expected error (and cause). */
final class ShouldHaveFailedWith extends ExecutionErrorMessage {

    private ShouldHaveFailedWith(Execution execution, String format, Object... arguments) {
        super(execution, format, arguments);
    }

    static ShouldHaveFailedWith shouldHaveFailedWith(Execution execution, String error) {
        return new ShouldHaveFailedWith(
                execution,
                "%nExpecting execution to have failed with error:%n  %s%nbut was:%n  %s",
                quote(error),
                statusText(execution));
    }

    static ShouldHaveFailedWith shouldHaveFailedWith(Execution execution, String error, String cause) {
        return new ShouldHaveFailedWith(
                execution,
                "%nExpecting execution to have failed with error:%n  %s%nand cause:%n  %s%nbut was:%n  %s",
                quote(error),
                quote(cause),
                statusText(execution));
    }
}
