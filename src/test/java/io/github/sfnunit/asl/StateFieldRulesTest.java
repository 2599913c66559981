package io.github.sfnunit.asl;

import static io.github.sfnunit.asl.ValidationAssertions.assertErrors;
import static io.github.sfnunit.asl.ValidationAssertions.errorsOf;
import static io.github.sfnunit.asl.ValidationAssertions.single;
import static io.github.sfnunit.asl.ValidationAssertions.singleJsonata;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateFieldRulesTest {

    @Test
    void should_reject_an_unknown_state_type_with_a_suggestion() {
        assertErrors(single("{\"Type\": \"Tsak\", \"End\": true}"))
                .containsExactly(
                        "/States/S/Type: unknown state type \"Tsak\"; expected one of Task, Pass, Choice, Wait,"
                                + " Succeed, Fail, Parallel, Map; did you mean \"Task\"?");
    }

    @Test
    void should_reject_unknown_fields_with_a_suggestion() {
        assertErrors(single("{\"Type\": \"Pass\", \"Nxt\": \"S\", \"End\": true}"))
                .containsExactly("/States/S/Nxt: field \"Nxt\" is not allowed in a Pass state; did you mean \"Next\"?");
    }

    @Test
    void should_reject_fields_of_another_state_type() {
        assertErrors(single("{\"Type\": \"Pass\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true}"))
                .containsExactly("/States/S/Resource: field \"Resource\" is not allowed in a Pass state");
    }

    @Test
    void should_reject_jsonata_only_fields_in_a_jsonpath_state() {
        assertErrors(single("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                        + " \"Arguments\": {}, \"End\": true}"))
                .containsExactly("/States/S/Arguments: field \"Arguments\" is only allowed in JSONata states, and this"
                        + " state uses JSONPath (use \"Parameters\", or set \"QueryLanguage\": \"JSONata\" on the state or"
                        + " the state machine)");
    }

    @Test
    void should_reject_jsonpath_only_fields_in_a_jsonata_state() {
        assertErrors(singleJsonata("{\"Type\": \"Pass\", \"Parameters\": {}, \"ResultPath\": \"$.x\", \"End\": true}"))
                .containsExactly(
                        "/States/S/Parameters: field \"Parameters\" is only allowed in JSONPath states, and this state"
                                + " uses JSONata (use \"Arguments\")",
                        "/States/S/ResultPath: field \"ResultPath\" is only allowed in JSONPath states, and this state"
                                + " uses JSONata (use \"Output\" or \"Assign\")");
    }

    @Test
    void should_not_let_a_state_use_jsonpath_in_a_jsonata_machine() {
        assertErrors(singleJsonata("{\"Type\": \"Pass\", \"QueryLanguage\": \"JSONPath\", \"End\": true}"))
                .containsExactly("/States/S/QueryLanguage: a state cannot use JSONPath when the state machine's"
                        + " QueryLanguage is JSONata (set JSONPath at the top level and JSONata on the states that need"
                        + " it)");
    }

    @Test
    void should_report_wrong_field_types() {
        assertErrors(single("{\"Type\": \"Pass\", \"Comment\": 3, \"End\": \"yes\"}"))
                .contains(
                        "/States/S/End: expected a boolean, found a string",
                        "/States/S/Comment: expected a string, found a number");
    }

    @Test
    void should_check_task_timeouts() {
        assertErrors(single("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                        + " \"TimeoutSeconds\": 0, \"End\": true}"))
                .containsExactly("/States/S/TimeoutSeconds: must be an integer from 1 to 99999999, found 0");
        assertErrors(single("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                        + " \"TimeoutSeconds\": 10, \"HeartbeatSeconds\": 10, \"End\": true}"))
                .containsExactly("/States/S/HeartbeatSeconds: must be smaller than TimeoutSeconds (10), found 10");
        assertErrors(single("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                        + " \"TimeoutSeconds\": 10, \"TimeoutSecondsPath\": \"$.t\", \"End\": true}"))
                .containsExactly(
                        "/States/S/TimeoutSecondsPath: \"TimeoutSeconds\" and \"TimeoutSecondsPath\" cannot both be set");
    }

    @Test
    void should_accept_jsonata_expressions_for_timeouts_in_jsonata_states_only() {
        assertThat(errorsOf(singleJsonata("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                        + " \"TimeoutSeconds\": \"{% $states.input.t %}\", \"End\": true}")))
                .isEmpty();
        assertErrors(single("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                        + " \"TimeoutSeconds\": \"{% $states.input.t %}\", \"End\": true}"))
                .containsExactly(
                        "/States/S/TimeoutSeconds: JSONata expressions are only evaluated in JSONata states;"
                                + " this state uses JSONPath (use \"TimeoutSecondsPath\" or set \"QueryLanguage\": \"JSONata\")");
    }

    @Test
    void should_require_role_arn_in_credentials() {
        assertErrors(singleJsonata("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                        + " \"Credentials\": {}, \"End\": true}"))
                .containsExactly("/States/S/Credentials: missing required field \"RoleArn\" (the IAM role to assume)");
    }

    @Test
    void should_require_exactly_one_wait_duration() {
        assertErrors(single("{\"Type\": \"Wait\", \"Seconds\": 1, \"SecondsPath\": \"$.s\", \"End\": true}"))
                .containsExactly(
                        "/States/S: a Wait state needs exactly one of \"Seconds\", \"Timestamp\", \"SecondsPath\""
                                + " or \"TimestampPath\", found 2");
        assertErrors(single("{\"Type\": \"Wait\", \"Seconds\": -1, \"End\": true}"))
                .containsExactly("/States/S/Seconds: must be an integer from 0 to 99999999, found -1");
    }

    @Test
    void should_require_rfc3339_wait_timestamps() {
        assertErrors(single("{\"Type\": \"Wait\", \"Timestamp\": \"2016-12-05T21:29:29\", \"End\": true}"))
                .containsExactly("/States/S/Timestamp: String does not match RFC3339 timestamp: \"2016-12-05T21:29:29\""
                        + " (expected e.g. \"2016-03-14T01:59:00Z\")");
        assertThat(errorsOf(
                        single("{\"Type\": \"Wait\", \"Timestamp\": \"2016-12-05T21:29:29.5+02:00\", \"End\": true}")))
                .isEmpty();
    }

    @Test
    void should_keep_error_and_error_path_exclusive_in_fail_states() {
        assertErrors(single("{\"Type\": \"Fail\", \"Error\": \"E\", \"ErrorPath\": \"$.e\"}"))
                .containsExactly("/States/S/ErrorPath: \"Error\" and \"ErrorPath\" cannot both be set");
    }

    @Test
    void should_accept_intrinsic_functions_in_cause_path() {
        assertThat(errorsOf(single("{\"Type\": \"Fail\", \"CausePath\": \"States.Format('x {}', $.a)\"}")))
                .isEmpty();
    }

    @Test
    void should_reject_top_level_fields_nobody_knows() {
        assertErrors("{\"StartAt\": \"S\", \"Timeout\": 3, \"States\": {\"S\": {\"Type\": \"Succeed\"}}}")
                .containsExactly(
                        "/Timeout: field \"Timeout\" is not allowed at the top level of a state machine; did you"
                                + " mean \"TimeoutSeconds\"?");
    }
}
