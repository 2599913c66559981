package io.github.sfnunit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskResourceTest {

    @ParameterizedTest
    @CsvSource({
        "arn:aws:states:::lambda:invoke, lambda, invoke",
        "arn:aws:states:::lambda:invoke.waitForTaskToken, lambda, invoke.waitForTaskToken",
        "arn:aws:states:::aws-sdk:dynamodb:putItem, aws-sdk:dynamodb, putItem",
        "arn:aws:states:::states:startExecution.sync:2, states, startExecution.sync:2",
        "arn:aws-us-gov:states:::sqs:sendMessage, sqs, sendMessage"
    })
    void service_integrations_split_into_resource_type_and_resource(String arn, String type, String resource) {
        TaskResource parsed = TaskResource.parse(arn);

        assertThat(parsed.kind()).isEqualTo(TaskResource.Kind.SERVICE_INTEGRATION);
        assertThat(parsed.resourceType()).isEqualTo(type);
        assertThat(parsed.resource()).isEqualTo(resource);
    }

    @Test
    void bare_lambda_and_activity_arns_are_classified() {
        assertThat(TaskResource.parse("arn:aws:lambda:us-east-1:123456789012:function:f:live")
                        .kind())
                .isEqualTo(TaskResource.Kind.LAMBDA_FUNCTION);
        assertThat(TaskResource.parse("arn:aws:states:us-east-1:123456789012:activity:a")
                        .kind())
                .isEqualTo(TaskResource.Kind.ACTIVITY);
    }

    @Test
    void suffixes_are_recognised() {
        TaskResource sync = TaskResource.parse("arn:aws:states:::glue:startJobRun.sync");
        TaskResource callback = TaskResource.parse("arn:aws:states:::sqs:sendMessage.waitForTaskToken");

        assertThat(sync.isSync()).isTrue();
        assertThat(sync.action()).isEqualTo("startJobRun");
        assertThat(callback.isWaitForTaskToken()).isTrue();
    }

    @Test
    void should_fail_with_the_text_when_the_resource_is_not_an_arn() {
        assertThatThrownBy(() -> TaskResource.parse("my-function"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'my-function' is not an ARN");
    }
}
