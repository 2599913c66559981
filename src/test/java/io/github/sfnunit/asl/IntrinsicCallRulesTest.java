package io.github.sfnunit.asl;

import static io.github.sfnunit.asl.ValidationAssertions.assertErrors;
import static io.github.sfnunit.asl.ValidationAssertions.errorsOf;
import static io.github.sfnunit.asl.ValidationAssertions.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The validator checks intrinsic calls with the parser the engine compiles them with. */
class IntrinsicCallRulesTest {

    private static String parameter(String call) {
        return single("{\"Type\": \"Pass\", \"End\": true, \"Parameters\": {\"a.$\": \"" + call + "\"}}");
    }

    private static String nested(int calls) {
        String call = "1";
        for (int k = 0; k < calls; k++) {
            call = "States.Array(" + call + ")";
        }
        return call;
    }

    @Test
    void should_accept_ten_nested_calls_as_aws_documents() {
        assertThat(errorsOf(parameter(nested(10)))).isEmpty();
    }

    @Test
    void should_reject_eleven_nested_calls() {
        String eleven = nested(11);

        assertErrors(parameter(eleven))
                .containsExactly("/States/S/Parameters/a.$: \"" + eleven + "\" is not a valid intrinsic function"
                        + " call: more than 10 intrinsic functions are nested at position 130");
    }

    @Test
    void should_reject_a_wrong_number_of_arguments() {
        assertErrors(parameter("States.ArrayLength($.a, 2)"))
                .containsExactly("/States/S/Parameters/a.$: \"States.ArrayLength($.a, 2)\" is not a valid intrinsic"
                        + " function call: States.ArrayLength takes 1 argument, but 2 were given");
        assertErrors(parameter("States.MathRandom(1)"))
                .containsExactly("/States/S/Parameters/a.$: \"States.MathRandom(1)\" is not a valid intrinsic"
                        + " function call: States.MathRandom takes 2 to 3 arguments, but 1 were given");
    }

    @Test
    void should_reject_a_number_that_is_not_json() {
        assertErrors(parameter("States.Array(1.)"))
                .containsExactly("/States/S/Parameters/a.$: \"States.Array(1.)\" is not a valid intrinsic function"
                        + " call: expected \",\" or \")\" at position 14");
    }

    @Test
    void should_reject_a_double_quoted_string() {
        assertErrors(single(
                        "{\"Type\": \"Pass\", \"End\": true, \"Parameters\": {\"a.$\": \"States.Array(\\\"x\\\")\"}}"))
                .containsExactly("/States/S/Parameters/a.$: \"States.Array(\"x\")\" is not a valid intrinsic function"
                        + " call: expected a string in single quotes, a number, true, false, null, a path or a call at"
                        + " position 13");
    }

    @Test
    void should_check_path_arguments() {
        assertErrors(parameter("States.ArrayLength($.a[)"))
                .singleElement()
                .asString()
                .startsWith("/States/S/Parameters/a.$: \"States.ArrayLength($.a[)\" is not a valid intrinsic function"
                        + " call: \"$.a[)\" is not a valid JSONPath:");
    }
}
