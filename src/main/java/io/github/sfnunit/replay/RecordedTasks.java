package io.github.sfnunit.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskHandler;
import io.github.sfnunit.mock.TaskInvocation;
import io.github.sfnunit.mock.TaskOutcome;
import io.github.sfnunit.mock.UnmockedTaskException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Task answers a recorded history holds, played back in the order it recorded them. Each attempt (a {@code
 * TaskScheduled}, {@code LambdaFunctionScheduled} or {@code ActivityScheduled} event) is one answer: its result,
 * error, or timeout, after the virtual time it took. Answers are keyed by where the state ran: its name, inside the
 * Map iterations that enclose it (by index); Parallel branches need no key of their own, as their states' names
 * differ. Retries are the next answers of the same key.
 */
final class RecordedTasks implements TaskHandler {

    /** Every event type that ends a Task attempt, with what it means for the answer. */
    private static final Set<String> SUCCEEDED =
            Set.of("TaskSucceeded", "LambdaFunctionSucceeded", "ActivitySucceeded");

    private static final Set<String> FAILED = Set.of(
            "TaskFailed",
            "TaskStartFailed",
            "TaskSubmitFailed",
            "LambdaFunctionFailed",
            "LambdaFunctionStartFailed",
            "LambdaFunctionScheduleFailed",
            "ActivityFailed",
            "ActivityScheduleFailed");
    private static final Set<String> TIMED_OUT = Set.of("TaskTimedOut", "LambdaFunctionTimedOut", "ActivityTimedOut");
    private static final Set<String> SCHEDULED =
            Set.of("TaskScheduled", "LambdaFunctionScheduled", "ActivityScheduled");

    /**
     * One recorded attempt.
     *
     * @param key where the state ran ({@code "Map/Item 2/State"})
     * @param scheduledEventId the id of the event that scheduled it
     * @param endEventId the id of the event that ended it, {@code 0} when the execution ended first
     * @param outcome what the rerun answers
     */
    record Attempt(String key, String stateName, long scheduledEventId, long endEventId, TaskOutcome outcome) {}

    private final Map<String, List<Attempt>> byKey;
    private final Map<String, Integer> used = new HashMap<>();

    private RecordedTasks(Map<String, List<Attempt>> byKey) {
        this.byKey = byKey;
    }

    /** The attempts of {@code events}, in order. */
    static List<Attempt> attempts(List<HistoryEvent> events) {
        Map<Long, HistoryEvent> byId = new HashMap<>();
        Map<Long, Lane> lanes = new HashMap<>();
        Lane root = new Lane("", null);
        Map<Long, HistoryEvent> ends = new HashMap<>();
        List<HistoryEvent> scheduled = new ArrayList<>();
        for (HistoryEvent event : events) {
            byId.put(event.id(), event);
            lanes.put(event.id(), lane(event, lanes, root));
            if (SCHEDULED.contains(event.type())) {
                scheduled.add(event);
            } else if (isEnd(event.type())) {
                HistoryEvent attempt = walkBack(event, byId, SCHEDULED);
                if (attempt != null) {
                    ends.putIfAbsent(attempt.id(), event);
                }
            }
        }
        List<Attempt> attempts = new ArrayList<>();
        for (HistoryEvent start : scheduled) {
            HistoryEvent entered = walkBack(start, byId, null);
            String state = entered == null ? "" : Recordings.text(entered.details(), "name");
            HistoryEvent end = ends.get(start.id());
            attempts.add(new Attempt(
                    lanes.get(start.id()).prefix + state,
                    state,
                    start.id(),
                    end == null ? 0 : end.id(),
                    outcome(start, end, events)));
        }
        return attempts;
    }

    static RecordedTasks of(List<HistoryEvent> events) {
        Map<String, List<Attempt>> byKey = new LinkedHashMap<>();
        for (Attempt attempt : attempts(events)) {
            byKey.computeIfAbsent(attempt.key(), k -> new ArrayList<>()).add(attempt);
        }
        return new RecordedTasks(byKey);
    }

    @Override
    public synchronized TaskOutcome invoke(TaskInvocation invocation) {
        String key = key(invocation.statePath());
        List<Attempt> recorded = byKey.getOrDefault(key, List.of());
        int next = used.merge(key, 1, Integer::sum) - 1;
        if (next >= recorded.size()) {
            throw new UnmockedTaskException("the recorded history has no answer for call #" + (next + 1)
                    + " of Task state '" + invocation.statePath() + "': it recorded " + recorded.size()
                    + (recorded.size() == 1 ? " call" : " calls")
                    + (key.contains("/Execution ")
                            ? " (a distributed Map's iterations run as child executions, whose histories are"
                                    + " separate)"
                            : ""));
        }
        return recorded.get(next).outcome();
    }

    /**
     * The key of an engine state path: {@code "Outer/Branch 0/Inner"} segments of Parallel branches dropped, Map
     * iterations ({@code "Map/Item 2/"}) kept.
     */
    static String key(String statePath) {
        String[] parts = statePath.split("/");
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part.matches("Branch \\d+") && !kept.isEmpty()) {
                kept.remove(kept.size() - 1);
            } else {
                kept.add(part);
            }
        }
        return String.join("/", kept);
    }

    private static boolean isEnd(String type) {
        return SUCCEEDED.contains(type) || FAILED.contains(type) || TIMED_OUT.contains(type);
    }

    /** The first earlier event on {@code event}'s chain of a type in {@code types} (any StateEntered for null). */
    private static HistoryEvent walkBack(HistoryEvent event, Map<Long, HistoryEvent> byId, Set<String> types) {
        HistoryEvent at = byId.get(event.previousEventId());
        while (at != null) {
            if (types == null ? at.type().endsWith("StateEntered") : types.contains(at.type())) {
                return at;
            }
            if (at.type().endsWith("StateEntered") || at.previousEventId() >= at.id()) {
                return null;
            }
            at = byId.get(at.previousEventId());
        }
        return null;
    }

    private static TaskOutcome outcome(HistoryEvent scheduled, HistoryEvent end, List<HistoryEvent> events) {
        Long heartbeat = Recordings.number(scheduled.details(), "heartbeatInSeconds");
        Duration took = between(scheduled.timestamp(), end == null ? null : end.timestamp());
        if (end == null) {
            // the execution ended before the task did: it never answers
            return new TaskOutcome.Pending(List.of());
        }
        if (SUCCEEDED.contains(end.type())) {
            JsonNode output = Recordings.payload(end.details(), "output");
            return new TaskOutcome.Succeeded(
                    output == null ? NullNode.getInstance() : output, took, heartbeats(heartbeat, took));
        }
        if (FAILED.contains(end.type())) {
            return new TaskOutcome.Failed(
                    Recordings.text(end.details(), "error"), causeText(end, events), took, heartbeats(heartbeat, took));
        }
        // timed out: the task never answered; the definition's own TimeoutSeconds / HeartbeatSeconds fire
        Duration beatsUntil = heartbeat == null ? Duration.ZERO : took.minusSeconds(heartbeat);
        return new TaskOutcome.Pending(heartbeats(heartbeat, beatsUntil));
    }

    /**
     * The cause of a failed attempt as text. AWS records it as text; the normalised form stores a JSON cause parsed,
     * which loses its exact spacing. The same text usually comes back later in the history (a Catch puts it in the
     * state's output), and then that text is the cause; otherwise it is the value's compact JSON.
     */
    static String causeText(HistoryEvent end, List<HistoryEvent> events) {
        JsonNode cause = end.details() == null ? null : end.details().get("cause");
        if (cause == null || cause.isNull() || cause.isTextual()) {
            return Recordings.text(end.details(), "cause");
        }
        for (HistoryEvent later : events.subList((int) Math.min(end.id(), events.size()), events.size())) {
            for (String field : List.of("input", "output")) {
                String text = textOf(Recordings.payload(later.details(), field), cause);
                if (text != null) {
                    return text;
                }
            }
        }
        return JsonCodec.write(cause);
    }

    /** A text somewhere in {@code value} whose JSON equals {@code wanted}, else {@code null}. */
    private static String textOf(JsonNode value, JsonNode wanted) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            String text = value.textValue();
            return text.startsWith("{") && wanted.equals(Recordings.decoded(text)) ? text : null;
        }
        for (JsonNode child : value) {
            String text = textOf(child, wanted);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /**
     * Heartbeats often enough that none is missed before {@code until}, the last one at {@code until} (so a task
     * that timed out misses its next heartbeat when the recorded one did).
     */
    private static List<Duration> heartbeats(Long heartbeatSeconds, Duration until) {
        if (heartbeatSeconds == null || heartbeatSeconds <= 0 || until.isNegative() || until.isZero()) {
            return List.of();
        }
        Duration step = Duration.ofMillis(Math.max(1000, heartbeatSeconds * 1000 / 2));
        List<Duration> beats = new ArrayList<>();
        for (Duration at = until; !at.isNegative() && !at.isZero(); at = at.minus(step)) {
            beats.add(0, at);
        }
        return beats;
    }

    static Duration between(Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(from)) {
            return Duration.ZERO;
        }
        return Duration.between(from, to);
    }

    /** The lane of an event: the Map iteration it ran in, found through its previous event. */
    private static Lane lane(HistoryEvent event, Map<Long, Lane> lanes, Lane root) {
        Lane lane = lanes.getOrDefault(event.previousEventId(), root);
        String type = event.type();
        if (type.equals("MapIterationStarted")) {
            lane = open(lane);
            return new Lane(lane.prefix + iteration(event), lane);
        }
        if (type.startsWith("MapIteration")) {
            String iteration = iteration(event);
            for (Lane at = lane; at != null; at = at.parent) {
                if (!at.closed && at.prefix.endsWith(iteration)) {
                    at.closed = true;
                    return open(at.parent);
                }
            }
        }
        return open(lane);
    }

    private static String iteration(HistoryEvent event) {
        return Recordings.text(event.details(), "name") + "/Item " + Recordings.number(event.details(), "index") + "/";
    }

    private static Lane open(Lane lane) {
        Lane at = lane;
        while (at.closed && at.parent != null) {
            at = at.parent;
        }
        return at;
    }

    /** A Map iteration (or the execution itself), as a prefix of the keys of the states it runs. */
    private static final class Lane {
        final String prefix;
        final Lane parent;
        boolean closed;

        Lane(String prefix, Lane parent) {
            this.prefix = prefix;
            this.parent = parent;
        }
    }
}
