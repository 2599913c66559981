package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.List;

/**
 * An error raised inside a Lambda function, as its runtime reports it. AWS uses {@code errorType} as the Task's
 * error and the runtime's JSON as its cause:
 *
 * <ul>
 *   <li>{@link Runtime#PYTHON}: {@code {"errorMessage":..,"errorType":..,"requestId":..,"stackTrace":[..]}} (the
 *       shape of the conformance recordings);
 *   <li>{@link Runtime#NODEJS}: {@code {"errorType":..,"errorMessage":..,"trace":[..]}}.
 * </ul>
 *
 * @param trace stack trace lines; empty for none
 * @since 0.1.0
 */
public record FunctionError(String errorType, String errorMessage, Runtime runtime, List<String> trace) {

    /**
     * The Lambda runtime family, which decides the cause's JSON shape.
     *
     * @since 0.1.0
     */
    public enum Runtime {
        PYTHON,
        NODEJS
    }

    public FunctionError {
        if (errorType == null || errorType.isEmpty()) {
            throw new IllegalArgumentException("A function error needs an errorType, e.g. \"ValueError\"");
        }
        errorMessage = errorMessage == null ? "" : errorMessage;
        trace = List.copyOf(trace);
    }

    /** A Python function's error, e.g. {@code FunctionError.python("ValueError", "bad order")}. */
    public static FunctionError python(String errorType, String errorMessage) {
        return new FunctionError(errorType, errorMessage, Runtime.PYTHON, List.of());
    }

    /** A Node.js function's error, e.g. {@code FunctionError.nodejs("Error", "bad order")}. */
    public static FunctionError nodejs(String errorType, String errorMessage) {
        return new FunctionError(errorType, errorMessage, Runtime.NODEJS, List.of());
    }

    /** The same error with these stack trace lines. */
    public FunctionError withTrace(List<String> lines) {
        return new FunctionError(errorType, errorMessage, runtime, lines);
    }

    /** The cause text AWS shows for this error in {@code invocation}. */
    public String causeJson(TaskInvocation invocation) {
        ObjectNode cause = JsonNodeFactory.instance.objectNode();
        if (runtime == Runtime.PYTHON) {
            cause.put("errorMessage", errorMessage);
            cause.put("errorType", errorType);
            cause.put("requestId", DeterministicIds.uuid(invocation, "lambda-request"));
            trace.forEach(cause.putArray("stackTrace")::add);
        } else {
            cause.put("errorType", errorType);
            cause.put("errorMessage", errorMessage);
            trace.forEach(cause.putArray("trace")::add);
        }
        return JsonCodec.write(cause);
    }
}
