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

    public StatesException(String error, String cause) {
        super(error + ": " + cause, null, false, false);
        this.error = error;
        this.cause = cause;
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
