package io.github.sfnunit.internal.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfnunit.asl.StateType;
import io.github.sfnunit.history.TaskResource;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Drives a {@link HistoryRecorder} with the calls an engine would make to produce a recorded AWS history: one
 * call per recorded event, with the values the event carries. Ids and previousEventIds are left to the recorder,
 * so comparing its events with the recording checks the recorder's rules. Map iterations are assumed to run one
 * after another (as in the corpus, which records them with MaxConcurrency 1).
 */
final class CorpusHistoryReplay {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant TIME = Instant.parse("2025-01-01T00:00:00Z");
    /** The kinds whose later events carry no resource: which function or activity does not show in them. */
    private static final TaskResource LAMBDA =
            TaskResource.parse("arn:aws:lambda:us-east-1:123456789012:function:recorded");

    private static final TaskResource ACTIVITY =
            TaskResource.parse("arn:aws:states:us-east-1:123456789012:activity:recorded");

    private final HistoryRecorder recorder = new HistoryRecorder(HistoryOptions.defaults());
    private final Deque<HistoryLane> lanes = new ArrayDeque<>();

    CorpusHistoryReplay() {
        lanes.push(recorder.root());
    }

    HistoryRecorder recorder() {
        return recorder;
    }

    void replay(JsonNode event) {
        String type = event.get("type").asText();
        JsonNode d = details(event);
        HistoryLane lane = lanes.peek();
        if (type.endsWith("StateEntered")) {
            lane.stateEntered(
                    TIME, stateType(type, "StateEntered"), d.get("name").asText(), payload(d.get("input")));
            return;
        }
        if (type.endsWith("StateExited")) {
            lane.stateExited(
                    TIME,
                    stateType(type, "StateExited"),
                    d.get("name").asText(),
                    payload(d.get("output")),
                    assigned(d.get("assignedVariables")));
            return;
        }
        switch (type) {
            case "ExecutionStarted" -> lane.executionStarted(TIME, payload(d.get("input")), text(d, "roleArn"));
            case "ExecutionSucceeded" -> lane.executionSucceeded(TIME, payload(d.get("output")));
            case "ExecutionFailed" -> lane.executionFailed(TIME, text(d, "error"), text(d, "cause"));
            case "EvaluationFailed" ->
                lane.evaluationFailed(TIME, text(d, "error"), text(d, "cause"), text(d, "location"), text(d, "state"));
            case "TaskScheduled" ->
                new TaskEvents(lane, resource(d))
                        .scheduled(
                                TIME,
                                text(d, "region"),
                                payload(d.get("parameters")),
                                number(d, "timeoutInSeconds"),
                                number(d, "heartbeatInSeconds"));
            case "TaskStarted" -> new TaskEvents(lane, resource(d)).started(TIME, null);
            case "TaskSubmitted" -> new TaskEvents(lane, resource(d)).submitted(TIME, payload(d.get("output")));
            case "TaskSucceeded" -> new TaskEvents(lane, resource(d)).succeeded(TIME, payload(d.get("output")));
            case "TaskFailed" -> new TaskEvents(lane, resource(d)).failed(TIME, text(d, "error"), text(d, "cause"));
            case "TaskTimedOut" -> new TaskEvents(lane, resource(d)).timedOut(TIME, text(d, "error"), text(d, "cause"));
            case "LambdaFunctionScheduled" ->
                new TaskEvents(lane, recorded(TaskResource.Kind.LAMBDA_FUNCTION, d))
                        .scheduled(TIME, null, payload(d.get("input")), number(d, "timeoutInSeconds"), null);
            case "LambdaFunctionStarted" -> new TaskEvents(lane, LAMBDA).started(TIME, null);
            case "LambdaFunctionSucceeded" -> new TaskEvents(lane, LAMBDA).succeeded(TIME, payload(d.get("output")));
            case "LambdaFunctionFailed" ->
                new TaskEvents(lane, LAMBDA).failed(TIME, text(d, "error"), text(d, "cause"));
            case "ActivityScheduled" ->
                new TaskEvents(lane, recorded(TaskResource.Kind.ACTIVITY, d))
                        .scheduled(
                                TIME,
                                null,
                                payload(d.get("input")),
                                number(d, "timeoutInSeconds"),
                                number(d, "heartbeatInSeconds"));
            case "ActivityStarted" -> new TaskEvents(lane, ACTIVITY).started(TIME, text(d, "workerName"));
            case "ActivitySucceeded" -> new TaskEvents(lane, ACTIVITY).succeeded(TIME, payload(d.get("output")));
            case "ActivityFailed" -> new TaskEvents(lane, ACTIVITY).failed(TIME, text(d, "error"), text(d, "cause"));
            case "MapStateStarted" -> lane.mapStateStarted(TIME, d.get("length").asInt());
            case "MapIterationStarted" ->
                lanes.push(lane.mapIterationStarted(
                        TIME, d.get("name").asText(), d.get("index").asInt()));
            case "MapIterationSucceeded" -> {
                HistoryLane iteration = lanes.pop();
                lanes.peek()
                        .mapIterationSucceeded(
                                TIME,
                                iteration,
                                d.get("name").asText(),
                                d.get("index").asInt());
            }
            case "MapIterationFailed" -> {
                HistoryLane iteration = lanes.pop();
                lanes.peek()
                        .mapIterationFailed(
                                TIME,
                                iteration,
                                d.get("name").asText(),
                                d.get("index").asInt());
            }
            case "MapStateSucceeded" -> lane.mapStateSucceeded(TIME);
            case "MapStateFailed" -> lane.mapStateFailed(TIME);
            case "MapRunStarted" -> lane.mapRunStarted(TIME, text(d, "mapRunArn"));
            case "MapRunSucceeded" -> lane.mapRunSucceeded(TIME);
            case "ParallelStateStarted" -> lane.parallelStateStarted(TIME);
            case "ParallelStateFailed" -> lane.parallelStateFailed(TIME, lane);
            default -> throw new IllegalArgumentException("the replay does not know event type " + type);
        }
    }

    /** A recorded payload as a value: the corpus keeps JSON text, or the value decoded from it. */
    static JsonNode payload(JsonNode recorded) {
        if (recorded == null) {
            return null;
        }
        if (recorded.isTextual()) {
            try {
                return JSON.readTree(recorded.asText());
            } catch (Exception notJsonText) {
                return recorded;
            }
        }
        return recorded;
    }

    private static JsonNode details(JsonNode event) {
        var fields = event.properties().iterator();
        while (fields.hasNext()) {
            var field = fields.next();
            if (field.getKey().endsWith("EventDetails")) {
                return field.getValue();
            }
        }
        return JSON.createObjectNode();
    }

    private static StateType stateType(String eventType, String suffix) {
        return StateType.fromAslName(eventType.substring(0, eventType.length() - suffix.length()));
    }

    private static Map<String, JsonNode> assigned(JsonNode recorded) {
        if (recorded == null) {
            return null;
        }
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        recorded.properties().forEach(field -> variables.put(field.getKey(), payload(field.getValue())));
        return variables;
    }

    /** The resource a recorded event names as it is (the corpus holds placeholders such as "activity_arn"). */
    private static TaskResource recorded(TaskResource.Kind kind, JsonNode d) {
        String resource = text(d, "resource");
        return new TaskResource(resource, kind, null, resource);
    }

    private static TaskResource resource(JsonNode d) {
        return TaskResource.parse("arn:aws:states:::" + d.get("resourceType").asText() + ":"
                + d.get("resource").asText());
    }

    private static String text(JsonNode d, String field) {
        JsonNode value = d.get(field);
        if (value == null) {
            return null;
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static Long number(JsonNode d, String field) {
        JsonNode value = d.get(field);
        return value == null ? null : value.asLong();
    }

    static JsonNode normalized(JsonNode value) {
        JsonNode decoded = payload(value);
        if (decoded == null) {
            return TextNode.valueOf("<absent>");
        }
        // numbers compare by value, whatever node class (int, long) holds them
        return decoded.isNumber() ? payload(TextNode.valueOf(decoded.toString())) : decoded;
    }
}
