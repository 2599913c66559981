package io.github.sfnunit.mock;

/**
 * The task given this token no longer waits: it timed out, was already completed, or its execution ended. AWS
 * answers {@code TaskTimedOut} in all these cases.
 *
 * @since 0.1.0
 */
public final class TaskTimedOutException extends TaskCallbackException {
    private static final long serialVersionUID = 1L;

    public TaskTimedOutException(String message) {
        super(message);
    }

    @Override
    public String awsErrorType() {
        return "TaskTimedOut";
    }
}
