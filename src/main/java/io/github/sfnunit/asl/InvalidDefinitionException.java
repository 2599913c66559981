package io.github.sfnunit.asl;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A definition that AWS Step Functions would refuse at {@code CreateStateMachine} time (or that could not be
 * read at all). Carries every problem found, not only the first.
 *
 * @since 0.1.0
 */
public class InvalidDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationError> errors;

    public InvalidDefinitionException(List<ValidationError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    /** A single problem that is not tied to a state, e.g. a file that is not JSON. */
    public InvalidDefinitionException(String pointer, String message) {
        this(List.of(new ValidationError(pointer, null, message)));
    }

    /** Every problem, in the order found (definition order). */
    public List<ValidationError> errors() {
        return errors;
    }

    private static String describe(List<ValidationError> errors) {
        String header = errors.size() == 1
                ? "The state machine definition is invalid:"
                : "The state machine definition has " + errors.size() + " problems:";
        return errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n", header + "\n", ""));
    }
}
