package io.github.sfnunit.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import java.util.List;

/** A JSON value of the execution (its output, a value inside it, a state's input or output) differed. */
final class ShouldHaveOutput extends ExecutionErrorMessage {

    private ShouldHaveOutput(Execution execution, String format, Object... arguments) {
        super(execution, format, arguments);
    }

    static ShouldHaveOutput shouldHaveOutput(Execution execution, JsonNode expected) {
        if (execution.output() == null) {
            return new ShouldHaveOutput(
                    execution,
                    "%nExpecting execution output to be equal to:%n  %s%nbut the execution has no output, its status was:%n  %s",
                    indent(JsonValues.pretty(expected)),
                    statusText(execution));
        }
        return shouldHaveJson(execution, "execution output", expected, execution.output());
    }

    /** {@code subject} names the value, e.g. {@code execution output} or {@code input of state "A" (visit 1)}. */
    static ShouldHaveOutput shouldHaveJson(Execution execution, String subject, JsonNode expected, JsonNode actual) {
        List<String> differences = JsonValues.differences(expected, actual);
        return new ShouldHaveOutput(
                execution,
                "%nExpecting %s:%n  %s%nto be equal to:%n  %s%nbut differed at:%n%s",
                subject,
                indent(JsonValues.pretty(actual)),
                indent(JsonValues.pretty(expected)),
                JsonValues.differenceLines(differences));
    }

    static ShouldHaveOutput shouldHaveVariable(
            Execution execution, String subject, String variable, JsonNode expected, JsonNode actual) {
        return new ShouldHaveOutput(
                execution,
                "%nExpecting variable %s %s to be:%n  %s%nbut was:%n  %s",
                quote(variable),
                subject,
                JsonValues.compact(expected),
                actual == null ? "<not set>" : JsonValues.compact(actual));
    }
}
