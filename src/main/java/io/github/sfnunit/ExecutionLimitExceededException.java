package io.github.sfnunit;

/**
 * An execution went past {@link ExecutionOptions#maxStateTransitions()}: most likely a loop that never ends.
 * It fails the test, not the state machine, and names the states that were entered most.
 *
 * @since 0.1.0
 */
public class ExecutionLimitExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExecutionLimitExceededException(String message) {
        super(message);
    }

    /** The engine's own loop-guard exception, carried as the cause. */
    ExecutionLimitExceededException(String message, Throwable cause) {
        super(message, cause);
    }
}
