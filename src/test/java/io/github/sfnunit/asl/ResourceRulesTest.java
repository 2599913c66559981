package io.github.sfnunit.asl;

import static io.github.sfnunit.asl.ValidationAssertions.errorsOf;
import static io.github.sfnunit.asl.ValidationAssertions.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceRulesTest {

    private static String task(String resource) {
        return single("{\"Type\": \"Task\", \"Resource\": \"" + resource + "\", \"End\": true}");
    }

    @Test
    void should_accept_optimized_sdk_lambda_and_activity_resources() {
        for (String resource : new String[] {
            "arn:aws:states:::lambda:invoke.waitForTaskToken",
            "arn:aws:states:::states:startExecution.sync:2",
            "arn:aws:states:::aws-sdk:dynamodb:query",
            "arn:aws:lambda:us-east-1:123456789012:function:f",
            "arn:aws:states:us-east-1:123456789012:activity:a",
            "arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST",
            "arn:aws:lambda:us-gov-west-1:123456789012:function:f:live",
            "arn:aws-cn:lambda:cn-north-1:123456789012:function:f",
            "arn:aws:states:::http:invoke"
        }) {
            assertThat(errorsOf(task(resource))).as(resource).isEmpty();
        }
    }

    @Test
    void should_reject_an_action_the_optimized_integration_does_not_have() {
        assertThat(errorsOf(task("arn:aws:states:::dynamodb:query")))
                .containsExactly(
                        "/States/S/Resource: The resource provided arn:aws:states:::dynamodb:query is not"
                                + " recognized. The value is not a valid resource ARN, or the resource is not available in this"
                                + " region. The optimized dynamodb integration has no \"query\" action (it has deleteItem,"
                                + " getItem, putItem, updateItem; use arn:aws:states:::aws-sdk:dynamodb:query for any SDK action)");
    }

    @Test
    void should_reject_an_unknown_optimized_service() {
        assertThat(errorsOf(task("arn:aws:states:::lamda:invoke")))
                .containsExactly("/States/S/Resource: The resource provided arn:aws:states:::lamda:invoke is not"
                        + " recognized. The value is not a valid resource ARN, or the resource is not available in this"
                        + " region. \"lamda\" is not an optimized integration; did you mean \"lambda\"? (use"
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "arn:aws:lambda:...:function:Process | \"...\" is not a region such as us-east-1",
                "activity_arn | expected arn:<partition>:<service>:<region>:<account-id>:<resource>, e.g."
                        + " arn:aws:lambda:us-east-1:123456789012:function:MyFunction",
                "arn:aws:lambda:us-east-1:1:function:f | \"1\" is not a 12-digit account id",
                "arn:<partition>:states:::dynamodb:query | \"<partition>\" is not a partition such as aws, aws-cn or"
                        + " aws-us-gov",
                "arn:aws:Lambda:us-east-1:123456789012:function:f | \"Lambda\" is not a service name such as lambda"
                        + " or states",
                "arn:aws:lambda:::function:f | a Lambda function ARN names its region and account id, e.g."
                        + " arn:aws:lambda:us-east-1:123456789012:function:MyFunction",
                "arn:aws:states:::activity:a | an activity ARN names its region and account id, e.g."
                        + " arn:aws:states:us-east-1:123456789012:activity:MyActivity",
                "arn:aws:lambda:us-east-1:123456789012:function: | \"function:\" is not function:<name> or"
                        + " function:<name>:<version or alias>",
                "arn:aws:lambda:us-east-1:123456789012: | the resource part after the account id is empty or has"
                        + " white space",
                "${ChargeFunctionArn} | the placeholder ${ChargeFunctionArn} has no value: give it one in the"
                        + " template's DefinitionSubstitutions or the test's substitutions"
            })
    void should_refuse_a_resource_that_is_not_a_valid_resource_arn_as_aws_does(String resource, String why) {
        assertThat(errorsOf(task(resource)))
                .containsExactly(
                        "/States/S/Resource: Value is not a valid resource ARN: \"" + resource + "\" (" + why + ")");
    }

    @Test
    void should_refuse_a_well_formed_arn_that_a_task_cannot_call() {
        assertThat(errorsOf(task("arn:aws:sns:us-east-1:123456789012:MyTopic")))
                .containsExactly("/States/S/Resource: The resource provided arn:aws:sns:us-east-1:123456789012:MyTopic"
                        + " is not recognized. The value is not a valid resource ARN, or the resource is not available"
                        + " in this region. (a Task calls a Lambda function ARN, an activity ARN, or a service"
                        + " integration arn:aws:states:::<service>:<action>)");
    }

    @Test
    void should_report_every_invalid_resource_at_once() {
        String definition = "{\"StartAt\": \"A\", \"States\": {"
                + "\"A\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:lambda:...:function:A\", \"Next\": \"B\"},"
                + "\"B\": {\"Type\": \"Task\", \"Resource\": \"b\", \"Next\": \"C\"},"
                + "\"C\": {\"Type\": \"Pass\", \"Next\": \"Nowhere\"}, \"D\": {\"Type\": \"Succeed\"}}}";
        assertThat(errorsOf(definition))
                .hasSize(4)
                .anySatisfy(e -> assertThat(e).startsWith("/States/A/Resource: Value is not a valid resource ARN"))
                .anySatisfy(e -> assertThat(e).startsWith("/States/B/Resource: Value is not a valid resource ARN"))
                .anySatisfy(e -> assertThat(e).startsWith("/States/C/Next:"))
                .anySatisfy(e -> assertThat(e).startsWith("/States/D:"));
    }
}
