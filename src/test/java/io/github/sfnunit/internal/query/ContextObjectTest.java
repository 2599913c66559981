package io.github.sfnunit.internal.query;

import static io.github.sfnunit.internal.query.QueryTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContextObjectTest {

    private static final ContextObject EXECUTION = ContextObject.forExecution(
            "arn:aws:states:us-east-1:111111111111:execution:machine:run-1",
            json("{'message': 'TestMessage'}"),
            "run-1",
            "arn:aws:iam::111111111111:role/r",
            Instant.parse("2025-01-01T00:00:00Z"),
            0,
            "arn:aws:states:us-east-1:111111111111:stateMachine:machine",
            "machine");

    @Test
    void the_context_object_has_aws_shape_and_field_order() {
        // WHEN
        JsonNode context = EXECUTION
                .enterState("QueryValues1", Instant.parse("2025-01-01T00:00:01.5Z"))
                .toJson();

        // THEN
        assertThat(context)
                .isEqualTo(json("{'Execution': {'Id': 'arn:aws:states:us-east-1:111111111111:execution:machine:run-1',"
                        + " 'Input': {'message': 'TestMessage'}, 'StartTime': '2025-01-01T00:00:00.000Z',"
                        + " 'Name': 'run-1', 'RoleArn': 'arn:aws:iam::111111111111:role/r', 'RedriveCount': 0},"
                        + " 'StateMachine': {'Id': 'arn:aws:states:us-east-1:111111111111:stateMachine:machine',"
                        + " 'Name': 'machine'},"
                        + " 'State': {'Name': 'QueryValues1', 'EnteredTime': '2025-01-01T00:00:01.500Z'}}"));
        assertThat(context.fieldNames()).toIterable().containsExactly("Execution", "StateMachine", "State");
        assertThat(context.get("Execution").fieldNames())
                .toIterable()
                .containsExactly("Id", "Input", "StartTime", "Name", "RoleArn", "RedriveCount");
    }

    @Test
    void an_express_execution_has_no_redrive_count() {
        JsonNode context = ContextObject.forExecution(
                        "arn:aws:states:us-east-1:111111111111:express:machine:run-1:id",
                        json("{}"),
                        "run-1",
                        "arn:aws:iam::111111111111:role/r",
                        Instant.parse("2025-01-01T00:00:00Z"),
                        null,
                        "arn:aws:states:us-east-1:111111111111:stateMachine:machine",
                        "machine")
                .toJson();

        assertThat(context.get("Execution").fieldNames())
                .toIterable()
                .containsExactly("Id", "Input", "StartTime", "Name", "RoleArn");
    }

    @Test
    void a_task_state_adds_retry_count_and_token() {
        JsonNode context = EXECUTION
                .enterState("Task", Instant.EPOCH)
                .withRetryCount(2)
                .withTaskToken("token-1")
                .toJson();

        assertThat(context.get("State").get("RetryCount").intValue()).isEqualTo(2);
        assertThat(context.get("Task")).isEqualTo(json("{'Token': 'token-1'}"));
    }

    @Test
    void a_map_iteration_adds_the_item_and_keeps_it_for_later_states() {
        JsonNode context = EXECUTION
                .withMapItem(3, json("'Pikachu'"), ContextObject.STATE_DATA)
                .enterState("Inner", Instant.EPOCH)
                .toJson();

        assertThat(context.get("Map"))
                .isEqualTo(json("{'Item': {'Index': 3, 'Value': 'Pikachu', 'Source': 'STATE_DATA'}}"));
    }

    @Test
    void without_map_item_drops_the_map_part() {
        JsonNode context = EXECUTION
                .withMapItem(0, json("1"), ContextObject.STATE_DATA)
                .withoutMapItem()
                .toJson();

        assertThat(context.has("Map")).isFalse();
    }

    @Test
    void timestamps_have_millisecond_precision_in_utc() {
        assertThat(ContextObject.timestamp(Instant.parse("2016-12-05T21:29:29.123456Z")))
                .isEqualTo("2016-12-05T21:29:29.123Z");
    }

    @Test
    void retry_count_needs_an_entered_state() {
        assertThatThrownBy(() -> EXECUTION.withRetryCount(0)).isInstanceOf(IllegalStateException.class);
    }
}
