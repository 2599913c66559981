package io.github.sfnunit.asl;

/**
 * One problem found in a definition.
 *
 * @param pointer JSON Pointer of the offending field in the definition, e.g. {@code /States/Charge/Next}
 *     ({@code ""} for the whole document)
 * @param stateName the name of the state the problem belongs to, {@code null} for top-level problems
 * @param message what is wrong and what was expected, e.g. {@code state "Chrge" does not exist; did you mean
 *     "Charge"?}
 * @since 0.1.0
 */
public record ValidationError(String pointer, String stateName, String message) {

    /** {@code pointer: message}, with {@code /} for the document itself. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
