package io.github.sfnunit.internal.engine;

import static io.github.sfnunit.internal.engine.EngineTestSupport.eventTypes;
import static io.github.sfnunit.internal.engine.EngineTestSupport.machine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.RunningExecution;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The history events of the integration patterns: request-response, .sync, .waitForTaskToken, activities. */
class IntegrationPatternHistoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String task(String resource) {
        return """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s",
                  "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}}, "End": true}}}
                """.formatted(resource);
    }

    private static String plainTask(String resource) {
        return """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s",
                  "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:C"},
                  "End": true}}}
                """.formatted(resource);
    }

    private static JsonNode details(Execution run, String type) throws Exception {
        HistoryEvent event = run.history().stream()
                .filter(e -> e.type().equals(type))
                .findFirst()
                .orElseThrow();
        return JSON.valueToTree(event.details());
    }

    @Test
    void a_wait_for_task_token_task_records_what_the_service_answered_when_the_message_was_submitted()
            throws Exception {
        // GIVEN an SQS callback task whose callback arrives with the mock's output
        Execution run = machine(
                        task("arn:aws:states:::sqs:sendMessage.waitForTaskToken"),
                        call -> new TaskOutcome.Succeeded(
                                JSON.createObjectNode().put("ok", true)))
                .start("{}");

        // THEN TaskSubmitted sits between TaskStarted and the outcome, with SQS's SendMessage response
        assertThat(eventTypes(run))
                .containsSubsequence("TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded");
        JsonNode submitted = details(run, "TaskSubmitted");
        assertThat(submitted.path("resourceType").asText()).isEqualTo("sqs");
        assertThat(submitted.path("resource").asText()).isEqualTo("sendMessage.waitForTaskToken");
        JsonNode output = JSON.readTree(submitted.path("output").asText());
        assertThat(output.has("MessageId")).isTrue();
        assertThat(output.has("MD5OfMessageBody")).isTrue();
    }

    @Test
    void a_failing_sync_task_is_still_submitted_first() {
        Execution run = machine(
                        plainTask("arn:aws:states:::states:startExecution.sync:2"),
                        call -> new TaskOutcome.Failed("States.TaskFailed", "child failed"))
                .start("{}");

        assertThat(eventTypes(run))
                .containsSubsequence("TaskStarted", "TaskSubmitted", "TaskFailed", "ExecutionFailed");
    }

    @Test
    void a_request_response_task_has_no_submitted_event() {
        Execution run = machine(
                        plainTask("arn:aws:states:::sqs:sendMessage"),
                        call -> new TaskOutcome.Succeeded(JSON.createObjectNode()))
                .start("{}");

        assertThat(eventTypes(run)).doesNotContain("TaskSubmitted");
    }

    @Test
    void a_sync_task_of_an_unknown_service_is_submitted_without_output() throws Exception {
        Execution run = machine(
                        plainTask("arn:aws:states:::emr-serverless:startJobRun.sync"),
                        call -> new TaskOutcome.Succeeded(JSON.createObjectNode()))
                .start("{}");

        assertThat(details(run, "TaskSubmitted").has("output")).isFalse();
    }

    @Test
    void an_activity_waits_for_its_worker_with_a_task_token_and_records_activity_events() {
        // GIVEN an activity whose worker (the test) has not answered yet
        RunningExecution running = machine(
                        task("arn:aws:states:us-east-1:123456789012:activity:approve"),
                        call -> new TaskOutcome.Pending(List.of()))
                .begin("{}");
        String token = running.waitingTasks().keySet().iterator().next();

        // WHEN the worker sends its result
        Execution run = running.sendTaskSuccess(token, "{\"done\":true}").finish();

        // THEN
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.invocations().get(0).taskToken()).isEqualTo(token);
        assertThat(run.invocations()
                        .get(0)
                        .parameters()
                        .path("MessageBody")
                        .path("token")
                        .asText())
                .isEqualTo(token);
        assertThat(eventTypes(run))
                .containsSubsequence("ActivityScheduled", "ActivityStarted", "ActivitySucceeded", "TaskStateExited");
    }

    @Test
    void a_resource_that_is_not_an_arn_is_refused_before_anything_runs_as_aws_refuses_it() {
        // GIVEN a definition whose Resource is a placeholder word, which AWS refuses at CreateStateMachine
        // (https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html: the Resource is an ARN)
        assertThatThrownBy(() ->
                        machine(plainTask("activity_arn"), call -> new TaskOutcome.Succeeded(JSON.createObjectNode())))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("/States/T/Resource: Value is not a valid resource ARN: \"activity_arn\"");
    }
}
