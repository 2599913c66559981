package io.github.sfnunit.mock;

import static io.github.sfnunit.mock.Invocations.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceResponsesTest {

    @Test
    void sqs_send_message_default_hashes_the_body_and_carries_sdk_metadata() {
        JsonNode result = ServiceResponses.defaultFor(
                call("Send", "arn:aws:states:::sqs:sendMessage", "{\"QueueUrl\":\"q\",\"MessageBody\":\"hello\"}"));

        assertThat(fieldNames(result))
                .containsExactly("MD5OfMessageBody", "MessageId", "SdkHttpMetadata", "SdkResponseMetadata");
        assertThat(result.get("MD5OfMessageBody").asText()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(result.at("/SdkHttpMetadata/HttpStatusCode").asInt()).isEqualTo(200);
    }

    @Test
    void sns_publish_default_has_a_message_id_and_xml_metadata() {
        JsonNode result =
                ServiceResponses.defaultFor(call("Notify", "arn:aws:states:::sns:publish", "{\"Message\":\"m\"}"));

        assertThat(result.get("MessageId").asText()).hasSize(36);
        assertThat(result.at("/SdkHttpMetadata/HttpHeaders/Content-Type").asText())
                .isEqualTo("text/xml");
    }

    @Test
    void dynamodb_defaults_are_empty_with_metadata_for_optimized_and_without_for_sdk_integrations() {
        JsonNode optimized = ServiceResponses.defaultFor(call("Put", "arn:aws:states:::dynamodb:putItem", "{}"));
        JsonNode sdk = ServiceResponses.defaultFor(call("Put", "arn:aws:states:::aws-sdk:dynamodb:putItem", "{}"));

        assertThat(fieldNames(optimized)).containsExactly("SdkHttpMetadata", "SdkResponseMetadata");
        assertThat(optimized.at("/SdkHttpMetadata/HttpHeaders/Content-Length").asText())
                .isEqualTo("2");
        assertThat(sdk).isEmpty();
    }

    @Test
    void put_events_default_has_one_event_id_per_entry() {
        JsonNode result =
                ServiceResponses.defaultFor(call("Emit", "arn:aws:states:::events:putEvents", "{\"Entries\":[{},{}]}"));

        assertThat(result.get("Entries")).hasSize(2);
        assertThat(result.get("FailedEntryCount").asInt()).isZero();
    }

    @Test
    void start_execution_default_names_an_execution_of_the_state_machine() {
        JsonNode result = ServiceResponses.defaultFor(call(
                "Child",
                "arn:aws:states:::states:startExecution",
                "{\"StateMachineArn\":\"arn:aws:states:us-east-1:123456789012:stateMachine:Child\",\"Name\":\"n1\"}"));

        assertThat(result.get("ExecutionArn").asText())
                .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:Child:n1");
        assertThat(result.get("StartDate").asLong()).isEqualTo(1735689600000L);
    }

    @Test
    void sync_job_defaults_describe_a_finished_successful_job() {
        JsonNode glue = ServiceResponses.defaultFor(
                call("Etl", "arn:aws:states:::glue:startJobRun.sync", "{\"JobName\":\"etl\"}"));
        JsonNode batch = ServiceResponses.defaultFor(
                call("Batch", "arn:aws:states:::batch:submitJob.sync", "{\"JobName\":\"b\"}"));
        JsonNode ecs = ServiceResponses.defaultFor(call("Ecs", "arn:aws:states:::ecs:runTask.sync", "{}"));
        JsonNode build = ServiceResponses.defaultFor(
                call("Build", "arn:aws:states:::codebuild:startBuild.sync", "{\"ProjectName\":\"p\"}"));

        assertThat(glue.get("JobRunState").asText()).isEqualTo("SUCCEEDED");
        assertThat(batch.get("Status").asText()).isEqualTo("SUCCEEDED");
        assertThat(ecs.at("/Tasks/0/Containers/0/ExitCode").asInt()).isZero();
        assertThat(build.at("/Build/BuildStatus").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void the_same_invocation_gets_the_same_default() {
        String resource = "arn:aws:states:::sns:publish";

        assertThat(ServiceResponses.defaultFor(call("N", resource, "{}")))
                .isEqualTo(ServiceResponses.defaultFor(call("N", resource, "{}")));
        assertThat(ServiceResponses.defaultFor(call("N", resource, "{}", 1)))
                .isNotEqualTo(ServiceResponses.defaultFor(call("N", resource, "{}")));
    }

    @Test
    void should_fail_loudly_for_a_resource_without_a_known_default() {
        assertThatThrownBy(() -> ServiceResponses.defaultFor(call("X", "arn:aws:states:::aws-sdk:s3:getObject", "{}")))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("arn:aws:states:::aws-sdk:s3:getObject")
                .hasMessageContaining("thenReturn(...)");
    }

    @Test
    void then_return_default_uses_it() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Put").thenReturnDefault();

        TaskOutcome outcome = mocks.invoke(call("Put", "arn:aws:states:::aws-sdk:dynamodb:putItem", "{}"));

        assertThat(((TaskOutcome.Succeeded) outcome).result()).isEmpty();
    }

    @Test
    void a_resource_that_is_no_arn_is_refused_by_name_rather_than_taken_as_a_placeholder() {
        assertThatThrownBy(() -> ServiceResponses.submittedFor(call("Work", "activity_arn", "{}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Task resource 'activity_arn' is not an ARN");
    }

    @Test
    void submitted_is_null_for_a_request_response_task() {
        assertThat(ServiceResponses.submittedFor(call("Send", "arn:aws:states:::sqs:sendMessage", "{}")))
                .isNull();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
