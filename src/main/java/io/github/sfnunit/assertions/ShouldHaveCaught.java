package io.github.sfnunit.assertions;

import io.github.sfnunit.Execution;
import java.util.List;

/** A state's error was not caught as the test expected, or the catcher led elsewhere. */
final class ShouldHaveCaught extends ExecutionErrorMessage {

    private ShouldHaveCaught(Execution execution, String format, Object... arguments) {
        super(execution, format, arguments);
    }

    static ShouldHaveCaught shouldHaveCaught(Execution execution, String state, String error, List<String> caught) {
        return new ShouldHaveCaught(
                execution,
                "%nExpecting state %s to have caught error:%n  %s%nbut %s",
                quote(state),
                quote(error),
                caught.isEmpty() ? "no error of it was caught." : "it caught:" + NL + "  " + quoted(caught));
    }

    static ShouldHaveCaught shouldHaveGoneTo(
            Execution execution, String state, String error, String expected, String actual) {
        return new ShouldHaveCaught(
                execution,
                "%nExpecting error %s caught in state %s to have led to:%n  %s%nbut it led to:%n  %s",
                quote(error),
                quote(state),
                quote(expected),
                quote(actual));
    }
}
