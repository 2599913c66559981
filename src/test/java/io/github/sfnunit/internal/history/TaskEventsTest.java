package io.github.sfnunit.internal.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.history.TaskResource;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskEventsTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();

    private final HistoryRecorder recorder = new HistoryRecorder(HistoryOptions.defaults());

    @Test
    void a_service_integration_records_task_events_with_the_resource_split_as_aws() {
        // GIVEN
        TaskEvents events = new TaskEvents(recorder.root(), TaskResource.parse("arn:aws:states:::lambda:invoke"));

        // WHEN
        events.scheduled(T0, "us-east-1", EMPTY, 300L, null);
        events.started(T0, null);
        events.submitted(T0, null);
        events.failed(T0, null, null);

        // THEN
        assertThat(types()).containsExactly("TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskFailed");
        assertThat(details(0))
                .isEqualTo("{\"resourceType\":\"lambda\",\"resource\":\"invoke\",\"region\":\"us-east-1\","
                        + "\"parameters\":\"{}\",\"timeoutInSeconds\":300}");
        assertThat(details(1)).isEqualTo("{\"resourceType\":\"lambda\",\"resource\":\"invoke\"}");
        assertThat(details(3)).isEqualTo("{\"resourceType\":\"lambda\",\"resource\":\"invoke\"}");
    }

    @Test
    void a_lambda_function_by_arn_records_lambda_function_events_without_a_region_or_heartbeat() {
        // GIVEN
        TaskEvents events = new TaskEvents(
                recorder.root(), TaskResource.parse("arn:aws:lambda:us-east-1:123456789012:function:charge"));

        // WHEN
        events.scheduled(T0, "us-east-1", EMPTY, 60L, 10L);
        events.started(T0, "ignored");
        events.succeeded(T0, EMPTY);
        events.timedOut(T0, "States.Timeout", null);

        // THEN
        assertThat(types())
                .containsExactly(
                        "LambdaFunctionScheduled",
                        "LambdaFunctionStarted",
                        "LambdaFunctionSucceeded",
                        "LambdaFunctionTimedOut");
        assertThat(details(0))
                .isEqualTo("{\"resource\":\"arn:aws:lambda:us-east-1:123456789012:function:charge\","
                        + "\"input\":\"{}\",\"inputDetails\":{\"truncated\":false},\"timeoutInSeconds\":60}");
        assertThat(recorder.events().get(1).details()).isNull();
        assertThat(details(3)).isEqualTo("{\"error\":\"States.Timeout\"}");
    }

    @Test
    void an_activity_records_activity_events_with_the_worker_name() {
        // GIVEN
        TaskEvents events = new TaskEvents(
                recorder.root(), TaskResource.parse("arn:aws:states:us-east-1:123456789012:activity:approve"));

        // WHEN
        events.scheduled(T0, null, EMPTY, 600L, 30L);
        events.started(T0, "worker-1");
        events.failed(T0, "Rejected", "no");

        // THEN
        assertThat(types()).containsExactly("ActivityScheduled", "ActivityStarted", "ActivityFailed");
        assertThat(details(0))
                .isEqualTo("{\"resource\":\"arn:aws:states:us-east-1:123456789012:activity:approve\","
                        + "\"input\":\"{}\",\"inputDetails\":{\"truncated\":false},\"timeoutInSeconds\":600,"
                        + "\"heartbeatInSeconds\":30}");
        assertThat(details(1)).isEqualTo("{\"workerName\":\"worker-1\"}");
        assertThat(details(2)).isEqualTo("{\"error\":\"Rejected\",\"cause\":\"no\"}");
        assertThat(recorder.events().get(2).previousEventId()).isEqualTo(2);
    }

    private List<String> types() {
        return recorder.events().stream().map(HistoryEvent::type).toList();
    }

    private String details(int index) {
        return recorder.events().get(index).details().toString();
    }
}
