package io.github.sfnunit.asl;

import static io.github.sfnunit.asl.ValidationAssertions.assertErrors;
import static io.github.sfnunit.asl.ValidationAssertions.errorsOf;
import static io.github.sfnunit.asl.ValidationAssertions.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The validator checks paths with the syntax the engine compiles them with. */
class PathRulesTest {

    private static String pass(String fields) {
        return single("{\"Type\": \"Pass\", \"End\": true, " + fields + "}");
    }

    @Test
    void should_accept_the_reference_paths_the_engine_writes_to() {
        assertThat(errorsOf(pass("\"ResultPath\": \"$.a['b c'][0].d\""))).isEmpty();
    }

    @Test
    void should_reject_a_reference_path_the_engine_cannot_write_to() {
        assertErrors(pass("\"ResultPath\": \"$.a b\""))
                .containsExactly("/States/S/ResultPath: \"$.a b\" is not a valid reference path: only \".field\","
                        + " \"['field']\" and \"[index]\" steps are allowed (no wildcards, filters, slices or \"..\")");
        assertErrors(pass("\"ResultPath\": \"$.a['b','c']\""))
                .containsExactly("/States/S/ResultPath: \"$.a['b','c']\" is not a valid reference path: only"
                        + " \".field\", \"['field']\" and \"[index]\" steps are allowed (no wildcards, filters, slices"
                        + " or \"..\")");
        assertErrors(pass("\"ResultPath\": \"$.a[0\""))
                .containsExactly("/States/S/ResultPath: \"$.a[0\" is not a valid reference path: \"[\" is not closed");
    }

    @Test
    void should_reject_a_variable_name_that_starts_with_a_digit() {
        assertErrors(pass("\"InputPath\": \"$1x\""))
                .containsExactly("/States/S/InputPath: \"$1x\" is not a valid JSONPath: expected \".\" or \"[\" after"
                        + " \"$\"");
    }
}
