package io.github.sfnunit.api;

/**
 * An operation refused as AWS refuses it: {@link #type()} is AWS's error type ({@code __type} on the wire), the
 * message is what follows it. Always answered with HTTP 400, never a stack trace.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String type;

    ApiException(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    String type() {
        return type;
    }

    static ApiException validation(String message) {
        return new ApiException("ValidationException", message);
    }

    /** AWS's wording for a member that breaks a constraint of the API model. */
    static ApiException constraint(String field, Object value, String constraint) {
        return validation("1 validation error detected: Value " + (value == null ? "null" : "'" + value + "'") + " at '"
                + field + "' failed to satisfy constraint: " + constraint);
    }

    static ApiException invalidArn(String arn, String why) {
        return new ApiException("InvalidArn", "Invalid Arn: '" + why + ": " + arn + "'");
    }
}
