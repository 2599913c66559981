package io.github.sfnunit.asl;

import static io.github.sfnunit.asl.ValidationAssertions.assertErrors;
import static io.github.sfnunit.asl.ValidationAssertions.single;

import org.junit.jupiter.api.Test;

class ErrorHandlingRulesTest {

    private static String task(String retryAndCatch) {
        return "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\":"
                + " \"arn:aws:states:::lambda:invoke\", \"End\": true, " + retryAndCatch
                + "}, \"F\": {\"Type\": \"Fail\"}}}";
    }

    @Test
    void should_require_states_all_alone_and_last() {
        assertErrors(task("\"Catch\": [{\"ErrorEquals\": [\"States.ALL\", \"X\"], \"Next\": \"F\"},"
                        + " {\"ErrorEquals\": [\"Y\"], \"Next\": \"F\"}]"))
                .containsExactly(
                        "/States/T/Catch/0/ErrorEquals: \"States.ALL\" must be the only error name of its catcher",
                        "/States/T/Catch/0/ErrorEquals: a catcher with \"States.ALL\" must be the last catcher");
        assertErrors(task("\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"]}, {\"ErrorEquals\": [\"X\"]}],"
                        + " \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"F\"}]"))
                .containsExactly(
                        "/States/T/Retry/0/ErrorEquals: a retrier with \"States.ALL\" must be the last retrier");
    }

    @Test
    void should_check_retrier_ranges() {
        assertErrors(task("\"Retry\": [{\"ErrorEquals\": [\"X\"], \"MaxAttempts\": -1, \"IntervalSeconds\": 0,"
                        + " \"BackoffRate\": 0.5, \"MaxDelaySeconds\": 0, \"JitterStrategy\": \"HALF\"}],"
                        + " \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"F\"}]"))
                .containsExactly(
                        "/States/T/Retry/0/IntervalSeconds: must be an integer from 1 to 99999999, found 0",
                        "/States/T/Retry/0/MaxAttempts: must be an integer from 0 to 99999999, found -1",
                        "/States/T/Retry/0/BackoffRate: must be a number from 1 to 99999999, found 0.5",
                        "/States/T/Retry/0/MaxDelaySeconds: must be an integer from 1 to 99999999, found 0",
                        "/States/T/Retry/0/JitterStrategy: expected \"FULL\" or \"NONE\", found \"HALF\"");
    }

    @Test
    void should_require_error_equals_and_next_in_catchers() {
        assertErrors(task("\"Catch\": [{\"ErrorEquals\": []}, {\"Next\": \"F\"}]"))
                .containsExactly(
                        "/States/T/Catch/0/ErrorEquals: needs at least one error name",
                        "/States/T/Catch/0: missing required field \"Next\" (the state to go to when the catcher matches)",
                        "/States/T/Catch/1: missing required field \"ErrorEquals\" (a non-empty array of error names)");
    }

    @Test
    void should_reject_unknown_retrier_fields() {
        assertErrors(single("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true,"
                        + " \"Retry\": [{\"ErrorEquals\": [\"X\"], \"MaxAttempt\": 2}]}"))
                .containsExactly(
                        "/States/S/Retry/0/MaxAttempt: field \"MaxAttempt\" is not allowed in a retrier; did you"
                                + " mean \"MaxAttempts\"?");
    }

    @Test
    void should_reject_catcher_fields_of_the_other_language() {
        assertErrors(task("\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"F\", \"Output\": {}}]"))
                .containsExactly(
                        "/States/T/Catch/0/Output: field \"Output\" is only allowed in catchers of JSONata states,"
                                + " and this state uses JSONPath");
    }
}
