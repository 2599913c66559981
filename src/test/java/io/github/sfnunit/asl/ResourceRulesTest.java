package io.github.sfnunit.asl;

import static io.github.sfnunit.asl.ValidationAssertions.errorsOf;
import static io.github.sfnunit.asl.ValidationAssertions.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceRulesTest {

    private static String task(String resource) {
        return single("{\"Type\": \"Task\", \"Resource\": \"" + resource + "\", \"End\": true}");
    }

    @Test
    void should_accept_optimized_sdk_lambda_and_placeholder_resources() {
        for (String resource : new String[] {
            "arn:aws:states:::lambda:invoke.waitForTaskToken",
            "arn:aws:states:::states:startExecution.sync:2",
            "arn:aws:states:::aws-sdk:dynamodb:query",
            "arn:aws:lambda:us-east-1:123456789012:function:f",
            "arn:aws:states:us-east-1:123456789012:activity:a",
            "activity_arn"
        }) {
            assertThat(errorsOf(task(resource))).as(resource).isEmpty();
        }
    }

    @Test
    void should_reject_an_action_the_optimized_integration_does_not_have() {
        assertThat(errorsOf(task("arn:aws:states:::dynamodb:query")))
                .containsExactly(
                        "/States/S/Resource: The resource provided arn:aws:states:::dynamodb:query is not"
                                + " recognized: the optimized dynamodb integration has no \"query\" action (it has deleteItem,"
                                + " getItem, putItem, updateItem; use arn:aws:states:::aws-sdk:dynamodb:query for any SDK action)");
    }

    @Test
    void should_reject_an_unknown_optimized_service() {
        assertThat(errorsOf(task("arn:aws:states:::lamda:invoke")))
                .containsExactly("/States/S/Resource: The resource provided arn:aws:states:::lamda:invoke is not"
                        + " recognized: \"lamda\" is not an optimized integration; did you mean \"lambda\"? (use"
                        + " arn:aws:states:::aws-sdk:lamda:invoke for an SDK integration)");
    }

    @Test
    void should_refuse_callbacks_sync_and_activities_in_express_machines() {
        assertThat(errorsOf(task("arn:aws:states:::sns:publish.waitForTaskToken"), StateMachineType.EXPRESS))
                .containsExactly(
                        "/States/S/Resource: Express state machine does not support '.waitForTaskToken' service"
                                + " integration: \"arn:aws:states:::sns:publish.waitForTaskToken\"");
        assertThat(errorsOf(task("arn:aws:states:::states:startExecution.sync:2"), StateMachineType.EXPRESS))
                .containsExactly(
                        "/States/S/Resource: Express state machine does not support '.sync' service integration:"
                                + " \"arn:aws:states:::states:startExecution.sync:2\"");
        assertThat(errorsOf(task("arn:aws:states:us-east-1:123456789012:activity:a"), StateMachineType.EXPRESS))
                .containsExactly("/States/S/Resource: Express state machine does not support Activity ARN:"
                        + " \"arn:aws:states:us-east-1:123456789012:activity:a\"");
    }
}
