package io.github.sfnunit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.history.HistoryJson;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Records executions with sfn-unit itself (the AWS-shaped history it writes, as {@code get-execution-history}
 * prints it), replays each recording against its definition, and checks that the rerun reproduces it: every kind
 * of Task answer the issue names, then what a divergence reports.
 */
class ExecutionReplayTest {

    static final Instant START = Instant.parse("2026-03-14T09:26:53.589Z");

    static StateMachineDefinition definition(String json) {
        return new DefinitionParser().parse(json.replace('\'', '"'));
    }

    /** Runs {@code definition} with {@code mocks} and returns its history as AWS's CLI prints it. */
    static String record(StateMachineDefinition definition, TaskMocks mocks, String input) {
        Execution execution = StateMachine.from(
                        definition,
                        ExecutionOptions.builder()
                                .startTime(START)
                                .taskHandler(mocks)
                                .build())
                .start(input);
        return HistoryJson.writePretty(execution.history(), HistoryJson.TimestampStyle.CLI);
    }

    static ExecutionReplay replay(StateMachineDefinition definition, String history) {
        return ExecutionReplay.of(definition, ExecutionRecording.parse(history, "history.json"));
    }

    static final String RETRY_THEN_CATCH = """
            {'StartAt': 'Charge', 'States': {
              'Charge': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                'Parameters': {'FunctionName': 'charge', 'Payload.$': '$'},
                'Retry': [{'ErrorEquals': ['Lambda.TooManyRequestsException'], 'MaxAttempts': 2,
                           'IntervalSeconds': 5}],
                'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Refund', 'ResultPath': '$.error'}],
                'Next': 'Ship'},
              'Ship': {'Type': 'Task', 'Resource': 'arn:aws:lambda:us-east-1:123456789012:function:ship',
                'End': true},
              'Refund': {'Type': 'Task', 'Resource': 'arn:aws:lambda:us-east-1:123456789012:function:refund',
                'Next': 'Failed'},
              'Failed': {'Type': 'Fail', 'Error': 'OrderFailed', 'Cause': 'charge failed'}}}""";

    @Test
    void a_failed_execution_with_retries_lambda_invoke_and_bare_function_arns_reproduces() {
        StateMachineDefinition definition = definition(RETRY_THEN_CATCH);
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge")
                .thenFail("Lambda.TooManyRequestsException", "slow down")
                .after(Duration.ofSeconds(2))
                .thenFail("Lambda.TooManyRequestsException", "slow down")
                .thenFail("Card.Declined", "{\"code\": \"insufficient_funds\"}");
        mocks.forState("Refund").thenReturn("{\"refunded\": true}").after(Duration.ofSeconds(30));
        String history = record(definition, mocks, "{\"orderId\": \"o-1\"}");

        ExecutionReplay replay = replay(definition, history);

        assertThat(replay.divergence()).isEmpty();
        assertThat(replay.reproduces()).isTrue();
        Execution rerun = replay.execution().orElseThrow();
        assertThat(rerun.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(rerun.error()).isEqualTo("OrderFailed");
        assertThat(rerun.startTime()).isEqualTo(START);
        // 2 s of the first attempt, 5 s and 10 s of backoff, 30 s of Refund: the recorded virtual time
        assertThat(rerun.virtualDuration()).isEqualTo(Duration.ofSeconds(47));
        assertThat(rerun.invocations())
                .extracting(i -> i.stateName())
                .containsExactly("Charge", "Charge", "Charge", "Refund");
        assertThat(replay.report())
                .isEqualTo("Recorded: FAILED with error OrderFailed: charge failed (19 events, 3 states entered)\n"
                        + "Rerun:    FAILED with error OrderFailed: charge failed\n"
                        + "Reproduces the recording: same path, status, error and cause.");
    }

    @Test
    void a_succeeded_execution_reproduces_its_output_and_a_changed_definition_diverges_at_the_event() {
        StateMachineDefinition definition = definition(RETRY_THEN_CATCH);
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge").thenReturn("{\"StatusCode\": 200, \"Payload\": {\"chargeId\": \"ch-1\"}}");
        mocks.forLambda("ship").thenReturn("{\"trackingId\": \"t-9\"}");
        String history = record(definition, mocks, "{\"orderId\": \"o-1\"}");
        assertThat(replay(definition, history).reproduces()).isTrue();

        StateMachineDefinition reordered = definition(RETRY_THEN_CATCH
                .replace("'Next': 'Ship'}", "'Next': 'Audit'}")
                .replace("'Refund': {", "'Audit': {'Type': 'Pass', 'Next': 'Ship'}, 'Refund': {"));
        Divergence divergence = replay(reordered, history).divergence().orElseThrow();
        assertThat(divergence.aspect()).isEqualTo("path");
        assertThat(divergence.state()).isEqualTo("Ship");
        assertThat(divergence.expected()).isEqualTo("Ship");
        assertThat(divergence.actual()).isEqualTo("Audit");
        assertThat(divergence.eventId()).isEqualTo(7);
        assertThat(divergence.describe())
                .isEqualTo("diverges at event 7 (state 'Ship'): path\n"
                        + "  expected (recorded): Ship\n"
                        + "  actual (rerun):      Audit\n"
                        + "  the rerun entered state 'Audit' where the recording entered 'Ship' (state 2 of the path)");
    }

    @Test
    void an_output_that_differs_is_reported_with_its_pointer() {
        String json = "{'StartAt': 'Get', 'States': {'Get': {'Type': 'Task',"
                + " 'Resource': 'arn:aws:states:::dynamodb:getItem', 'Parameters': {'TableName': 't'},"
                + " 'ResultSelector': {'name.$': '$.Item.name.S'}, 'End': true}}}";
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Get").thenReturn("{\"Item\": {\"name\": {\"S\": \"Ada\"}, \"age\": {\"N\": \"36\"}}}");
        String history = record(definition(json), mocks, "{}");

        ExecutionReplay replay =
                replay(definition(json.replace("'name.$': '$.Item.name.S'", "'name.$': '$.Item.age.N'")), history);

        Divergence divergence = replay.divergence().orElseThrow();
        assertThat(divergence.aspect()).isEqualTo("output");
        assertThat(divergence.eventId()).isEqualTo(7);
        assertThat(divergence.expected()).isEqualTo("{\"name\":\"Ada\"}");
        assertThat(divergence.actual()).isEqualTo("{\"name\":\"36\"}");
        assertThat(divergence.reason()).isEqualTo("the outputs differ at /name: expected \"Ada\", got \"36\"");
        assertThat(replay.toJson().path("divergence").path("eventId").asLong()).isEqualTo(7);
    }

    @Test
    void timeouts_heartbeats_and_callbacks_are_replayed_on_the_virtual_clock() {
        String json = """
                {'StartAt': 'Approve', 'States': {
                  'Approve': {'Type': 'Task', 'Resource': 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
                    'Parameters': {'QueueUrl': 'q', 'MessageBody': {'token.$': '$$.Task.Token'}},
                    'HeartbeatSeconds': 60, 'TimeoutSeconds': 3600, 'Next': 'Work'},
                  'Work': {'Type': 'Task', 'Resource': 'arn:aws:states:us-east-1:123456789012:activity:work',
                    'HeartbeatSeconds': 30, 'TimeoutSeconds': 100, 'End': true}}}""";
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Approve")
                .thenCallback("{\"approved\": true}")
                .after(Duration.ofMinutes(10))
                .withHeartbeats(
                        Duration.ofSeconds(50),
                        Duration.ofSeconds(100),
                        Duration.ofSeconds(150),
                        Duration.ofSeconds(200),
                        Duration.ofSeconds(250),
                        Duration.ofSeconds(300),
                        Duration.ofSeconds(350),
                        Duration.ofSeconds(400),
                        Duration.ofSeconds(450),
                        Duration.ofSeconds(500),
                        Duration.ofSeconds(550));
        mocks.forState("Work").thenWaitForCallback().withHeartbeats(Duration.ofSeconds(20), Duration.ofSeconds(40));
        StateMachineDefinition definition = definition(json);
        String history = record(definition, mocks, "{}");
        assertThat(history).contains("TaskSubmitted", "ActivityTimedOut");

        ExecutionReplay replay = replay(definition, history);

        assertThat(replay.divergence()).isEmpty();
        Execution rerun = replay.execution().orElseThrow();
        assertThat(rerun.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(rerun.error()).isEqualTo("States.Timeout");
        // 600 s of waiting for the callback, then the activity's last heartbeat at 40 s + 30 s
        assertThat(rerun.virtualDuration()).isEqualTo(Duration.ofSeconds(670));
    }

    @Test
    void map_iterations_are_answered_by_index_and_parallel_branches_by_state() {
        String json = """
                {'StartAt': 'Both', 'States': {'Both': {'Type': 'Parallel', 'End': true, 'Branches': [
                  {'StartAt': 'Each', 'States': {'Each': {'Type': 'Map', 'ItemsPath': '$.items', 'MaxConcurrency': 0,
                    'ItemProcessor': {'StartAt': 'Price', 'States': {'Price': {'Type': 'Task',
                      'Resource': 'arn:aws:states:::lambda:invoke',
                      'Parameters': {'FunctionName': 'price', 'Payload.$': '$'},
                      'OutputPath': '$.Payload', 'End': true}}}, 'End': true}}},
                  {'StartAt': 'Child', 'States': {'Child': {'Type': 'Task',
                    'Resource': 'arn:aws:states:::states:startExecution.sync:2',
                    'Parameters': {'StateMachineArn': 'arn:aws:states:us-east-1:123456789012:stateMachine:child',
                                   'Input': {'n': 1}},
                    'OutputPath': '$.Output', 'End': true}}}]}}}""";
        TaskMocks mocks = new TaskMocks();
        // answers depend on the item, and take longer for earlier items: the iterations finish out of order
        mocks.forState("Price").thenAnswer(invocation -> {
            int item = invocation.parameters().path("Payload").asInt();
            return "{\"StatusCode\": 200, \"Payload\": {\"item\": " + item + ", \"price\": " + (item * 10) + "}}";
        });
        mocks.forState("Child")
                .thenReturn("{\"Status\": \"SUCCEEDED\", \"Output\": {\"child\": \"done\"}}")
                .after(Duration.ofSeconds(90));
        StateMachineDefinition definition = definition(json);
        String history = record(definition, mocks, "{\"items\": [3, 1, 2]}");

        ExecutionReplay replay = replay(definition, history);

        assertThat(replay.divergence()).isEmpty();
        assertThat(replay.execution().orElseThrow().output().toString())
                .isEqualTo("[[{\"item\":3,\"price\":30},{\"item\":1,\"price\":10},{\"item\":2,\"price\":20}],"
                        + "{\"child\":\"done\"}]");
        assertThat(RecordedTasks.attempts(ExecutionRecording.parse(history, "h").events()))
                .extracting(RecordedTasks.Attempt::key)
                .containsExactlyInAnyOrder("Each/Item 0/Price", "Each/Item 1/Price", "Each/Item 2/Price", "Child");
    }

    @Test
    void a_task_call_the_recording_has_no_answer_for_is_a_divergence_not_an_exception() {
        String json = "{'StartAt': 'A', 'States': {'A': {'Type': 'Task', 'Resource': 'arn:aws:states:::sns:publish',"
                + " 'Parameters': {'Message': 'hi'}, 'End': true}}}";
        TaskMocks mocks = new TaskMocks();
        mocks.forState("A").thenReturn("{\"MessageId\": \"m-1\"}");
        String history = record(definition(json), mocks, "{}");
        // the definition now publishes until the result says it is done: a second call the recording never made
        StateMachineDefinition twice = definition("{'StartAt': 'A', 'States': {'A': {'Type': 'Task',"
                + " 'Resource': 'arn:aws:states:::sns:publish', 'Parameters': {'Message': 'hi'}, 'Next': 'Done?'},"
                + " 'Done?': {'Type': 'Choice', 'Choices': [{'Variable': '$.Done', 'IsPresent': true, 'Next': 'End'}],"
                + " 'Default': 'A'}, 'End': {'Type': 'Succeed'}}}");

        ExecutionReplay replay = replay(twice, history);

        Divergence divergence = replay.divergence().orElseThrow();
        assertThat(divergence.aspect()).isEqualTo("run");
        assertThat(divergence.reason())
                .isEqualTo("the rerun could not finish: the recorded history has no answer for call #2 of Task state"
                        + " 'A': it recorded 1 call");
    }
}
