package io.github.sfnunit.api;

import static io.github.sfnunit.api.StateMachineApiTest.ROLE;
import static io.github.sfnunit.api.StateMachineApiTest.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.VirtualClock;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ActivityDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.InvalidOutputException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

class CallbackApiTest {

    static final String CALLBACK = """
            {"StartAt": "Ship", "States": {
              "Ship": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                       "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
                       "TimeoutSeconds": 3600, "End": true}}}
            """;

    private static StepFunctionsEndpoint endpoint;
    private static SfnClient sfn;
    private TaskMocks mocks;
    private String machineArn;

    @BeforeAll
    static void serve() {
        endpoint = StepFunctionsEndpoint.builder()
                .activityPollTimeout(Duration.ofMillis(300))
                .start();
        sfn = Sdk.client(endpoint.uri());
    }

    @AfterAll
    static void stop() {
        sfn.close();
        endpoint.close();
    }

    @BeforeEach
    void fresh() {
        mocks = new TaskMocks();
        mocks.forState("Ship").thenWaitForCallback();
        endpoint.reset(VirtualClock.startingAt(START), mocks);
        machineArn = sfn.createStateMachine(
                        b -> b.name("Shipping").definition(CALLBACK).roleArn(ROLE))
                .stateMachineArn();
    }

    private String startAndGetToken() {
        sfn.startExecution(b -> b.stateMachineArn(machineArn).name("o-1"));
        return mocks.invocations("Ship").get(0).taskToken();
    }

    private ExecutionStatus status() {
        return sfn.describeExecution(
                        b -> b.executionArn(endpoint.executions().get(0).executionArn()))
                .status();
    }

    @Test
    void should_hold_a_callback_task_until_the_worker_sends_task_success() {
        String token = startAndGetToken();
        assertThat(status()).isEqualTo(ExecutionStatus.RUNNING);

        sfn.sendTaskHeartbeat(b -> b.taskToken(token));
        sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"shipped\":true}"));

        assertThat(status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(endpoint.executions().get(0).output().toString()).isEqualTo("{\"shipped\":true}");
    }

    @Test
    void should_fail_the_task_with_the_workers_error() {
        String token = startAndGetToken();

        sfn.sendTaskFailure(b -> b.taskToken(token).error("Lost").cause("in transit"));

        assertThat(status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(endpoint.executions().get(0).error()).isEqualTo("Lost");
    }

    @Test
    void should_answer_task_timed_out_for_a_task_that_already_completed() {
        String token = startAndGetToken();
        sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}"));

        assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}")))
                .isInstanceOf(TaskTimedOutException.class)
                .hasMessageStartingWith("Task Timed Out: '" + token + "'");
    }

    @Test
    void should_answer_task_timed_out_after_the_task_timed_out_on_the_clock() {
        String token = startAndGetToken();
        endpoint.advanceClockBy(Duration.ofHours(2));

        assertThat(status()).isEqualTo(ExecutionStatus.FAILED);
        assertThatThrownBy(() -> sfn.sendTaskHeartbeat(b -> b.taskToken(token)))
                .isInstanceOf(TaskTimedOutException.class);
    }

    @Test
    void should_answer_task_does_not_exist_and_invalid_token() {
        String unknown = "00000000-0000-4000-8000-000000000000";

        assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(unknown).output("{}")))
                .isInstanceOf(TaskDoesNotExistException.class)
                .hasMessageStartingWith("Task Does Not Exist: '" + unknown + "'");
        assertThatThrownBy(() -> sfn.sendTaskFailure(b -> b.taskToken("garbage")))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageStartingWith("Invalid Token: 'garbage'");
    }

    @Test
    void should_refuse_output_that_is_not_json() {
        String token = startAndGetToken();

        assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(token).output("{oops")))
                .isInstanceOf(InvalidOutputException.class);
        assertThat(status()).isEqualTo(ExecutionStatus.RUNNING);
    }

    @Test
    void should_hand_an_activity_task_to_a_polling_worker() throws Exception {
        String activityArn = sfn.createActivity(b -> b.name("pack")).activityArn();
        String definition = "{\"StartAt\":\"Pack\",\"States\":{\"Pack\":{\"Type\":\"Task\",\"Resource\":\""
                + activityArn + "\",\"End\":true}}}";
        String arn = sfn.createStateMachine(
                        b -> b.name("Packing").definition(definition).roleArn(ROLE))
                .stateMachineArn();
        // the worker polls before the task exists: the long poll picks it up when it is scheduled
        CompletableFuture<GetActivityTaskResponse> polled = CompletableFuture.supplyAsync(
                () -> sfn.getActivityTask(b -> b.activityArn(activityArn).workerName("w1")));
        Thread.sleep(50);
        String executionArn = sfn.startExecution(b -> b.stateMachineArn(arn).input("{\"item\":\"book\"}"))
                .executionArn();

        GetActivityTaskResponse task = polled.get(10, TimeUnit.SECONDS);
        if (task.taskToken() == null) {
            task = sfn.getActivityTask(b -> b.activityArn(activityArn));
        }
        String token = task.taskToken();
        sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"packed\":true}"));

        assertThat(task.input()).isEqualTo("{\"item\":\"book\"}");
        assertThat(sfn.describeExecution(b -> b.executionArn(executionArn)).output())
                .isEqualTo("{\"packed\":true}");
    }

    @Test
    void should_answer_an_empty_task_when_the_long_poll_ends() {
        String activityArn = sfn.createActivity(b -> b.name("idle")).activityArn();

        GetActivityTaskResponse task = sfn.getActivityTask(b -> b.activityArn(activityArn));

        assertThat(task.taskToken()).isNull();
    }

    @Test
    void should_create_describe_list_and_delete_activities() {
        String arn = sfn.createActivity(b -> b.name("pack")).activityArn();

        assertThat(arn).isEqualTo("arn:aws:states:us-east-1:123456789012:activity:pack");
        assertThat(sfn.describeActivity(b -> b.activityArn(arn)).name()).isEqualTo("pack");
        assertThat(sfn.describeActivity(b -> b.activityArn(arn)).creationDate()).isEqualTo(START);
        assertThat(sfn.listActivities(b -> {}).activities()).hasSize(1);
        sfn.deleteActivity(b -> b.activityArn(arn));
        assertThatThrownBy(() -> sfn.describeActivity(b -> b.activityArn(arn)))
                .isInstanceOf(ActivityDoesNotExistException.class);
    }

    @Test
    void should_tag_untag_and_list_tags_of_a_state_machine() {
        sfn.tagResource(b -> b.resourceArn(machineArn)
                .tags(
                        Tag.builder().key("team").value("orders").build(),
                        Tag.builder().key("env").value("test").build()));
        sfn.untagResource(b -> b.resourceArn(machineArn).tagKeys("env"));

        assertThat(sfn.listTagsForResource(b -> b.resourceArn(machineArn)).tags())
                .containsExactly(Tag.builder().key("team").value("orders").build());
        assertThatThrownBy(() -> sfn.listTagsForResource(
                        b -> b.resourceArn("arn:aws:states:us-east-1:123456789012:stateMachine:Nope")))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
