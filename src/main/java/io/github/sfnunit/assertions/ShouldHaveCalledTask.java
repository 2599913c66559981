package io.github.sfnunit.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.mock.TaskInvocation;
import java.util.List;

/** A Task state's resource was not called as often, or not with the input, the test expected. */
final class ShouldHaveCalledTask extends ExecutionErrorMessage {

    private ShouldHaveCalledTask(Execution execution, String format, Object... arguments) {
        super(execution, format, arguments);
    }

    static ShouldHaveCalledTask shouldHaveBeenCalled(Execution execution, String state, int expected, int actual) {
        return new ShouldHaveCalledTask(
                execution,
                "%nExpecting task state %s to have been called:%n  %s%nbut was called:%n  %s",
                quote(state),
                times(expected),
                times(actual) + (actual == 0 ? hint(execution, state) : ""));
    }

    static ShouldHaveCalledTask shouldHaveBeenCalledWith(
            Execution execution, String state, JsonNode expected, List<TaskInvocation> calls) {
        if (calls.isEmpty()) {
            return new ShouldHaveCalledTask(
                    execution,
                    "%nExpecting task state %s to have been called with input:%n  %s%nbut it was never called%s.",
                    quote(state),
                    JsonValues.compact(expected),
                    hint(execution, state));
        }
        StringBuilder inputs = new StringBuilder();
        for (int i = 0; i < calls.size(); i++) {
            inputs.append(i == 0 ? "" : NL + "  ")
                    .append(i + 1)
                    .append(": ")
                    .append(JsonValues.compact(calls.get(i).input()));
        }
        return new ShouldHaveCalledTask(
                execution,
                "%nExpecting task state %s to have been called with input:%n  %s%nbut its calls had inputs:%n  %s",
                quote(state),
                JsonValues.compact(expected),
                inputs.toString());
    }

    private static String hint(Execution execution, String state) {
        return NameSuggestion.didYouMean(
                state,
                execution.invocations().stream()
                        .map(TaskInvocation::stateName)
                        .distinct()
                        .toList());
    }
}
