package io.github.sfnunit.internal.query;

/**
 * A runtime failure that AWS reports as a state error, e.g. {@code States.Runtime}, {@code
 * States.ParameterPathFailure}, {@code States.IntrinsicFailure}, {@code States.QueryEvaluationError}. The engine
 * turns it into the state's error and cause, which Retry and Catch then see as AWS would.
 */
public final class StatesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String error;
    private final String cause;
    private final String location;

    public StatesException(String error, String cause) {
        this(error, cause, null);
    }

    /**
     * A failure of one field's expression.
     *
     * @param location the field as AWS names it in the history's {@code EvaluationFailed} event (e.g. {@code
     *     Output/result}, {@code Items}); {@code null} when AWS names none
     */
    public StatesException(String error, String cause, String location) {
        super(error + ": " + cause, null, false, false);
        this.error = error;
        this.cause = cause;
        this.location = location;
    }

    /** The field whose evaluation failed, as AWS names it in history; {@code null} when none is named. */
    public String location() {
        return location;
    }

    /** The AWS error name, e.g. {@code States.Runtime}. */
    public String error() {
        return error;
    }

    /** The cause text, exactly as AWS words it. */
    public String cause() {
        return cause;
    }
}
