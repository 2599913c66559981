package io.github.sfnunit.internal.query.jsonata;

/** An error raised by one of AWS's added JSONata functions, already worded {@code CODE: message}. */
final class JsonataFunctionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JsonataFunctionException(String message) {
        super(message, null, false, false);
    }
}
