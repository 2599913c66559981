package io.github.sfnunit.asl;

import java.util.ArrayList;
import java.util.List;

/** Collects validation errors while a definition is parsed, so that all of them can be reported at once. */
final class Problems {

    private final List<ValidationError> errors = new ArrayList<>();

    void add(String pointer, String stateName, String message) {
        errors.add(new ValidationError(pointer, stateName, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int size() {
        return errors.size();
    }

    List<ValidationError> errors() {
        return List.copyOf(errors);
    }
}
