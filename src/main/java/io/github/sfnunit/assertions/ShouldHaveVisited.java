package io.github.sfnunit.assertions;

import io.github.sfnunit.Execution;
import java.util.List;

/** States the test expected were never entered, or not as often as expected. */
final class ShouldHaveVisited extends ExecutionErrorMessage {

    private ShouldHaveVisited(Execution execution, String format, Object... arguments) {
        super(execution, format, arguments);
    }

    static ShouldHaveVisited shouldHaveVisited(Execution execution, List<String> expected, List<String> missing) {
        StringBuilder lines = new StringBuilder();
        for (String name : missing) {
            lines.append(lines.length() == 0 ? "" : NL + "  ")
                    .append(quote(name))
                    .append(NameSuggestion.didYouMean(name, execution.statesEntered()));
        }
        return new ShouldHaveVisited(
                execution,
                "%nExpecting execution to have visited:%n  %s%nbut these states were never entered:%n  %s",
                quoted(expected),
                lines.toString());
    }

    static ShouldHaveVisited shouldHaveBeenEntered(Execution execution, String state, String expected, int actual) {
        String hint = actual == 0 ? NameSuggestion.didYouMean(state, execution.statesEntered()) : "";
        return new ShouldHaveVisited(
                execution,
                "%nExpecting state %s to have been entered:%n  %s%nbut was entered:%n  %s",
                quote(state),
                expected,
                times(actual) + hint);
    }

    static ShouldHaveVisited shouldHaveVisitedInOrder(Execution execution, List<String> expected, int firstUnmatched) {
        String name = expected.get(firstUnmatched);
        String reason;
        if (!execution.statesEntered().contains(name)) {
            reason = quote(name) + " was never entered" + NameSuggestion.didYouMean(name, execution.statesEntered());
        } else {
            reason = quote(name) + " was not entered after " + quote(expected.get(firstUnmatched - 1));
        }
        return new ShouldHaveVisited(
                execution, "%nExpecting execution to have visited in order:%n  %s%nbut %s.", quoted(expected), reason);
    }

    static ShouldHaveVisited shouldHaveVisitedExactly(Execution execution, List<String> expected) {
        return new ShouldHaveVisited(
                execution,
                "%nExpecting execution to have visited exactly:%n  %s%nbut entered:%n  %s",
                quoted(expected),
                quoted(execution.statesEntered()));
    }

    static ShouldHaveVisited shouldNeverHaveVisited(Execution execution, List<String> expected, List<String> entered) {
        StringBuilder lines = new StringBuilder();
        for (String name : entered) {
            int count = (int)
                    execution.statesEntered().stream().filter(name::equals).count();
            lines.append(lines.length() == 0 ? "" : NL + "  ")
                    .append(quote(name))
                    .append(' ')
                    .append(times(count));
        }
        return new ShouldHaveVisited(
                execution,
                "%nExpecting execution to never have visited:%n  %s%nbut entered:%n  %s",
                quoted(expected),
                lines.toString());
    }

    static ShouldHaveVisited shouldHaveEndedAt(Execution execution, String expected, String actual) {
        return new ShouldHaveVisited(
                execution,
                "%nExpecting execution to have ended at state:%n  %s%nbut %s",
                quote(expected),
                actual == null ? "no state was entered." : "it ended at:" + NL + "  " + quote(actual));
    }

    static ShouldHaveVisited shouldHaveGoneTo(Execution execution, String subject, String expected, String actual) {
        return new ShouldHaveVisited(
                execution,
                "%nExpecting %s to have gone to:%n  %s%nbut %s",
                subject,
                quote(expected),
                actual == null
                        ? "it went nowhere (it ended the execution, its branch, or failed)."
                        : "it went to:" + NL + "  " + quote(actual));
    }
}
