package io.github.sfnunit.internal.query.jsonata;

/**
 * A JSONata expression that does not parse. The message is the jsonata-js message without its code, as AWS
 * shows it when it refuses a definition; the validator adds the JSON Pointer of the field.
 */
public final class JsonataSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String expression;
    private final String code;
    private final int position;
    private final String pointer;

    JsonataSyntaxException(String expression, String code, String message, int position) {
        this(expression, code, message, position, "");
    }

    private JsonataSyntaxException(String expression, String code, String message, int position, String pointer) {
        super(message);
        this.expression = expression;
        this.code = code;
        this.position = position;
        this.pointer = pointer;
    }

    /** The same error, located at {@code pointer} (relative to the state, e.g. {@code /Output/items/0}). */
    JsonataSyntaxException at(String newPointer) {
        return new JsonataSyntaxException(expression, code, getMessage(), position, newPointer);
    }

    /**
     * Where the expression is, as a JSON Pointer relative to the state ({@code /Output/items/0}); empty when
     * the expression was compiled on its own.
     */
    public String pointer() {
        return pointer;
    }

    /** The expression text (inside the braces). */
    public String expression() {
        return expression;
    }

    /** The JSONata error code, e.g. {@code S0207}, or {@code null}. */
    public String code() {
        return code;
    }

    /** The character offset in the expression where parsing failed, or -1 when unknown. */
    public int position() {
        return position;
    }
}
