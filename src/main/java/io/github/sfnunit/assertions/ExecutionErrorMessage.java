package io.github.sfnunit.assertions;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;

/**
 * Base of the sfn-unit error-message factories: the AssertJ-style message a subclass formats, then the
 * {@link ExecutionReport} of the execution (path table, end line, task calls). String arguments are inserted
 * as they are; subclasses quote names with {@link #quote(String)} where the message shows them quoted.
 */
abstract class ExecutionErrorMessage extends BasicErrorMessageFactory {

    static final String NL = ExecutionReport.NL;

    ExecutionErrorMessage(Execution execution, String format, Object... arguments) {
        super(format + "%n%n%s", withReport(execution, arguments));
    }

    private static Object[] withReport(Execution execution, Object[] arguments) {
        Object[] all = Arrays.copyOf(arguments, arguments.length + 1);
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String text) {
                all[i] = unquotedString(text);
            }
        }
        all[arguments.length] = unquotedString(ExecutionReport.render(execution));
        return all;
    }

    static String quote(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    static String quoted(Collection<String> names) {
        return names.stream().map(ExecutionErrorMessage::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    static String times(int count) {
        return count == 1 ? "1 time" : count + " times";
    }

    /** Indents every line after the first by two more spaces, for multi-line values under a heading. */
    static String indent(String text) {
        return text.replace("\r\n", "\n").replace("\n", NL + "  ");
    }

    /** The status with error and cause, one per line, as the "but was" part of status messages. */
    static String statusText(Execution execution) {
        StringBuilder text = new StringBuilder(String.valueOf(execution.status()));
        if (execution.status() != ExecutionStatus.SUCCEEDED) {
            if (execution.error() != null) {
                text.append(NL).append("  error: ").append(quote(execution.error()));
            }
            if (execution.cause() != null) {
                text.append(NL).append("  cause: ").append(quote(ExecutionReport.shortCause(execution.cause())));
            }
        }
        return text.toString();
    }

    static List<String> list(String... names) {
        return List.of(names);
    }
}
