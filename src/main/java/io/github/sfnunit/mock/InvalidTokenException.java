package io.github.sfnunit.mock;

/**
 * The text is not a task token at all (empty, too long, or not of the token format): AWS's {@code InvalidToken}.
 *
 * @since 0.1.0
 */
public final class InvalidTokenException extends TaskCallbackException {
    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message);
    }

    @Override
    public String awsErrorType() {
        return "InvalidToken";
    }
}
