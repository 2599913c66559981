package io.github.sfnunit.mock;

/**
 * No task was ever given this (well-formed) token: AWS's {@code TaskDoesNotExist}.
 *
 * @since 0.1.0
 */
public final class TaskDoesNotExistException extends TaskCallbackException {
    private static final long serialVersionUID = 1L;

    public TaskDoesNotExistException(String message) {
        super(message);
    }

    @Override
    public String awsErrorType() {
        return "TaskDoesNotExist";
    }
}
