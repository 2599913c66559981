package io.github.sfnunit.mock;

/**
 * A task callback ({@code sendTaskSuccess}, {@code sendTaskFailure}, {@code sendTaskHeartbeat}) was refused, as AWS
 * refuses it. {@link #awsErrorType()} is the error type AWS's {@code SendTask*} operations answer with, and the
 * served API answers with it too.
 *
 * <pre>{@code
 * try {
 *     run.sendTaskSuccess(token, "{}");
 * } catch (TaskTimedOutException e) {
 *     // the task had timed out (or ended) before the callback arrived
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public abstract sealed class TaskCallbackException extends RuntimeException
        permits TaskDoesNotExistException, TaskTimedOutException, InvalidTokenException {
    private static final long serialVersionUID = 1L;

    TaskCallbackException(String message) {
        super(message);
    }

    /**
     * Whether {@code text} has the format of sfn-unit's task tokens (a UUID, as {@code $$.Task.Token} shows it);
     * a text that has not is answered with {@link InvalidTokenException}.
     */
    public static boolean isTaskToken(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            return java.util.UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** AWS's error type: {@code TaskDoesNotExist}, {@code TaskTimedOut} or {@code InvalidToken}. */
    public abstract String awsErrorType();
}
