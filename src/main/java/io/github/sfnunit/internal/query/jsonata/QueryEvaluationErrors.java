package io.github.sfnunit.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.internal.query.StatesException;

/**
 * The {@code States.QueryEvaluationError} failures of JSONata fields, with AWS's cause texts.
 *
 * <p>AWS opens every such cause with {@code An error occurred while executing the state 'S' (entered at the
 * event id #N). }; that sentence is the engine's (it knows the state and the event id), so the causes built
 * here are the rest, e.g. {@code The JSONata expression '$x' specified for the field 'Output/a' returned
 * nothing (undefined).} Use {@link #inState} to add the opening sentence.
 */
public final class QueryEvaluationErrors {

    /** The AWS error name. */
    public static final String ERROR = "States.QueryEvaluationError";

    private QueryEvaluationErrors() {}

    /** The expression evaluated to nothing where the field needs a value. */
    public static StatesException returnedNothing(String expression, String field) {
        return new StatesException(ERROR, subject(expression, field) + " returned nothing (undefined).", field);
    }

    /** The expression evaluated to a function or another value JSON cannot hold. */
    public static StatesException unsupportedResult(String expression, String field) {
        return new StatesException(ERROR, subject(expression, field) + " returned an unsupported result type.", field);
    }

    /**
     * The expression evaluated to a value of the wrong JSON type.
     *
     * @param expected AWS's name for the type the field needs, e.g. {@code array}
     */
    public static StatesException unexpectedType(String expression, String field, String expected, JsonNode value) {
        return new StatesException(
                ERROR,
                subject(expression, field) + " returned an unexpected result type. Expected '" + expected
                        + "', but was '" + JsonataValues.typeName(value) + "' for value: " + JsonCodec.write(value),
                field);
    }

    /**
     * The engine raised an error while evaluating.
     *
     * @param message {@code CODE: message} for a coded JSONata error, else the bare message
     */
    public static StatesException threwError(String expression, String field, String message) {
        boolean coded = message.matches("[A-Z]\\d{4}: .*");
        return new StatesException(
                ERROR,
                subject(expression, field) + " threw an error during evaluation" + (coded ? ". " : ": ") + message,
                field);
    }

    /**
     * The full cause AWS reports: the sentence naming the state and the event that entered it, then {@code
     * cause}.
     */
    public static String inState(String stateName, long enteredEventId, String cause) {
        return "An error occurred while executing the state '" + stateName + "' (entered at the event id #"
                + enteredEventId + "). " + cause;
    }

    private static String subject(String expression, String field) {
        return "The JSONata expression '" + expression + "' specified for the field '" + field + "'";
    }
}
