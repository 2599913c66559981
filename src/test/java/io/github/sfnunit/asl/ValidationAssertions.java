package io.github.sfnunit.asl;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/** Test support: the validation errors of a definition, as {@code pointer: message} lines. */
final class ValidationAssertions {

    private ValidationAssertions() {}

    static List<String> errorsOf(String definition) {
        return errorsOf(definition, StateMachineType.STANDARD);
    }

    static List<String> errorsOf(String definition, StateMachineType type) {
        InvalidDefinitionException error = catchThrowableOfType(
                InvalidDefinitionException.class, () -> new DefinitionParser(type).parse(definition));
        return error == null
                ? List.of()
                : error.errors().stream().map(ValidationError::toString).toList();
    }

    static ListAssert<String> assertErrors(String definition) {
        return Assertions.assertThat(errorsOf(definition));
    }

    /** A one-state machine around {@code state} (a JSON object body), named "S". */
    static String single(String state) {
        return "{\"StartAt\": \"S\", \"States\": {\"S\": " + state + "}}";
    }

    /** The same, in a JSONata machine. */
    static String singleJsonata(String state) {
        return "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"S\", \"States\": {\"S\": " + state + "}}";
    }
}
