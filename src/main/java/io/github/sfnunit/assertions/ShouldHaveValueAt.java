package io.github.sfnunit.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import java.util.List;

/**
 * The value a JSONPath selects in a JSON document of the execution differed: the execution output, a state's input
 * or output, or the parameters a task was called with.
 */
final class ShouldHaveValueAt extends ExecutionErrorMessage {

    private ShouldHaveValueAt(Execution execution, String format, Object... arguments) {
        super(execution, format, arguments);
    }

    /**
     * @param subject names the document, e.g. {@code execution output} or {@code input of state "A"}
     * @param noun the document in one word for "the path selects nothing in the ...", e.g. {@code output}
     * @param document the document read, {@code null} when there is none
     * @param found what the path selected, a missing node when nothing
     * @param whyNone the end of the message when {@code document} is null, after "but", e.g. {@code the state has no
     *     output: it failed}
     */
    static ShouldHaveValueAt shouldHaveValueAt(
            Execution execution,
            String subject,
            String noun,
            String path,
            JsonNode expected,
            JsonNode document,
            JsonNode found,
            String whyNone) {
        if (document == null) {
            return new ShouldHaveValueAt(
                    execution,
                    "%nExpecting %s at:%n  %s%nto be:%n  %s%nbut %s",
                    subject,
                    quote(path),
                    JsonValues.compact(expected),
                    whyNone);
        }
        if (found.isMissingNode()) {
            return new ShouldHaveValueAt(
                    execution,
                    "%nExpecting %s at:%n  %s%nto be:%n  %s%nbut the path selects nothing in the %s:%n  %s",
                    subject,
                    quote(path),
                    JsonValues.compact(expected),
                    noun,
                    indent(JsonValues.pretty(document)));
        }
        return new ShouldHaveValueAt(
                execution,
                "%nExpecting %s at:%n  %s%nto be:%n  %s%nbut was:%n  %s",
                subject,
                quote(path),
                JsonValues.compact(expected),
                JsonValues.compact(found));
    }

    /** No call of the task state had the value at the path: lists what each call had there. */
    static ShouldHaveValueAt shouldHaveBeenCalledWithAt(
            Execution execution, String subject, String path, JsonNode expected, List<JsonNode> found) {
        if (found.isEmpty()) {
            return new ShouldHaveValueAt(
                    execution,
                    "%nExpecting %s at:%n  %s%nto be:%n  %s%nbut it was never called.",
                    subject,
                    quote(path),
                    JsonValues.compact(expected));
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < found.size(); i++) {
            values.append(i == 0 ? "" : NL + "  ")
                    .append("call ")
                    .append(i + 1)
                    .append(": ")
                    .append(JsonValues.compact(found.get(i)));
        }
        return new ShouldHaveValueAt(
                execution,
                "%nExpecting %s at:%n  %s%nto be:%n  %s%nbut its calls had there:%n  %s",
                subject,
                quote(path),
                JsonValues.compact(expected),
                values.toString());
    }
}
