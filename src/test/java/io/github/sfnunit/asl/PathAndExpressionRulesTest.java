package io.github.sfnunit.asl;

import static io.github.sfnunit.asl.ValidationAssertions.assertErrors;
import static io.github.sfnunit.asl.ValidationAssertions.errorsOf;
import static io.github.sfnunit.asl.ValidationAssertions.single;
import static io.github.sfnunit.asl.ValidationAssertions.singleJsonata;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathAndExpressionRulesTest {

    private static String pass(String fields) {
        return single("{\"Type\": \"Pass\", \"End\": true, " + fields + "}");
    }

    @Test
    void should_accept_paths_context_and_variables() {
        assertThat(errorsOf(pass("\"InputPath\": \"$.a[0].b\", \"OutputPath\": \"$$.Execution.Input\","
                        + " \"Parameters\": {\"v.$\": \"$myVar.x\", \"f.$\": \"$.items[?(@.n > 1)]\","
                        + " \"nested\": {\"u.$\": \"States.UUID()\"}}, \"ResultPath\": \"$.r['key']\"")))
                .isEmpty();
    }

    @Test
    void should_require_paths_to_start_with_a_dollar() {
        assertErrors(pass("\"InputPath\": \"a.b\""))
                .containsExactly("/States/S/InputPath: \"a.b\" is not a valid JSONPath: it must start with \"$\"");
    }

    @Test
    void should_reject_reference_path_operators_in_result_path() {
        assertErrors(pass("\"ResultPath\": \"$.items[*]\""))
                .containsExactly("/States/S/ResultPath: \"$.items[*]\" is not a valid reference path: only \".field\","
                        + " \"['field']\" and \"[index]\" steps are allowed (no wildcards, filters, slices or \"..\")");
        assertErrors(pass("\"ResultPath\": \"$$.Execution\""))
                .containsExactly("/States/S/ResultPath: \"$$.Execution\" is not a valid reference path: it cannot refer"
                        + " to the context object here");
    }

    @Test
    void should_check_dollar_keys_of_payload_templates() {
        assertErrors(pass("\"Parameters\": {\"a.$\": \"name\", \"b.$\": 3, \"c\": {\"d.$\": \"$.[\"}}"))
                .satisfiesExactly(
                        a -> assertThat(a)
                                .isEqualTo("/States/S/Parameters/a.$: the value of a field ending in \".$\" must be a"
                                        + " path (starting with \"$\") or an intrinsic function call (States.Xxx(...)),"
                                        + " found \"name\""),
                        b -> assertThat(b)
                                .isEqualTo("/States/S/Parameters/b.$: the value of a field ending in \".$\" must be a"
                                        + " string holding a path or an intrinsic function call, found a number"),
                        c -> assertThat(c).startsWith("/States/S/Parameters/c/d.$: \"$.[\" is not a valid JSONPath:"));
    }

    @Test
    void should_check_intrinsic_function_syntax() {
        assertErrors(pass("\"Parameters\": {\"a.$\": \"States.Fromat('{}', $.x)\"}"))
                .containsExactly(
                        "/States/S/Parameters/a.$: \"States.Fromat('{}', $.x)\" is not a valid intrinsic function"
                                + " call: unknown function \"States.Fromat\"; did you mean \"States.Format\"?");
        assertErrors(pass("\"Parameters\": {\"a.$\": \"States.Format('{}', $.x\"}"))
                .containsExactly(
                        "/States/S/Parameters/a.$: \"States.Format('{}', $.x\" is not a valid intrinsic function"
                                + " call: \"States.Format(\" is not closed with \")\"");
        assertThat(errorsOf(pass("\"Parameters\": {\"a.$\": \"States.Format('it\\\\'s {} {}', States.ArrayLength($.l),"
                        + " -1.5)\"}")))
                .isEmpty();
    }

    @Test
    void should_check_jsonata_syntax() {
        assertThat(errorsOf(singleJsonata(
                        "{\"Type\": \"Pass\", \"End\": true, \"Output\": {\"a\": \"{% $states.input.( %}\"}}")))
                .singleElement()
                .asString()
                .startsWith("/States/S/Output/a: invalid JSONata expression \"$states.input.(\":");
    }

    @Test
    void should_check_variable_names_in_assign() {
        assertErrors(pass("\"Assign\": {\"1st\": 1, \"ok_name\": 2, \"bad-name\": 3, \"states\": 4, \"x.$\": \"$.a\"}"))
                .containsExactly(
                        "/States/S/Assign/1st: variable name \"1st\" must start with a letter or \"_\"",
                        "/States/S/Assign/bad-name: variable name \"bad-name\" can only contain letters, digits and \"_\","
                                + " found \"-\"",
                        "/States/S/Assign/states: \"states\" is reserved for $states and cannot be a variable name");
    }

    @Test
    void should_not_use_dollar_keys_in_jsonata_assign() {
        assertErrors(singleJsonata("{\"Type\": \"Pass\", \"End\": true, \"Assign\": {\"x.$\": \"$.a\"}}"))
                .containsExactly(
                        "/States/S/Assign/x.$: JSONata states do not use \".$\" keys: write \"x\": \"{% expression"
                                + " %}\" instead");
    }
}
