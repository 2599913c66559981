package io.github.sfnunit.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A recorded execution read from its history: the {@code GetExecutionHistory} document of {@code aws stepfunctions
 * get-execution-history --output json} (one page, several pages one after another, or reversed), the console's
 * export (an array of events), or the normalised form of the shared conformance corpus. It holds what the
 * execution started with (input, start time), how it ended (status, output or error and cause), the states it
 * entered, and the answer of every Task attempt, from which {@link #taskAnswers()} replays them.
 *
 * <pre>{@code
 * ExecutionRecording recording = ExecutionRecording.read(Path.of("history.json"));
 * ExecutionReplay replay = ExecutionReplay.of(StateMachine.from(definition), recording);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExecutionRecording {

    /**
     * One state the execution entered.
     *
     * @param eventId the id of its {@code ...StateEntered} event
     * @param name the state's name
     * @param type the state's type as the event names it, e.g. {@code Task}
     * @since 0.1.0
     */
    public record EnteredState(long eventId, String name, String type) {}

    /**
     * A Task call the recording never saw answered: it timed out, or the execution ended first.
     *
     * @param stateName the Task state
     * @param invocationIndex the call's 0-based number among the state's calls, in history order (as Step
     *     Functions Local mock files number them)
     * @param scheduledEventId the id of the event that scheduled it
     * @since 0.1.0
     */
    public record UnansweredCall(String stateName, int invocationIndex, long scheduledEventId) {}

    private final String source;
    private final List<HistoryEvent> events;
    private final List<EnteredState> statesEntered;
    private final JsonNode inputOverride;

    private ExecutionRecording(String source, List<HistoryEvent> events, JsonNode inputOverride) {
        this.source = source;
        this.events = events;
        this.inputOverride = inputOverride;
        List<EnteredState> entered = new ArrayList<>();
        for (HistoryEvent event : events) {
            if (event.type().endsWith("StateEntered")) {
                entered.add(new EnteredState(
                        event.id(),
                        Recordings.text(event.details(), "name"),
                        event.type().substring(0, event.type().length() - "StateEntered".length())));
            }
        }
        this.statesEntered = List.copyOf(entered);
        checkPayloads();
    }

    /**
     * Reads a history file.
     *
     * @throws InvalidHistoryException naming the event (or the place in the file) that is wrong and what was
     *     expected, when the file is not one whole execution history
     */
    public static ExecutionRecording read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new InvalidHistoryException(0, file + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * Parses a history document.
     *
     * @param source how messages name the document, e.g. its file name
     * @throws InvalidHistoryException naming the event that is wrong and what was expected
     */
    public static ExecutionRecording parse(String json, String source) {
        return new ExecutionRecording(source, HistoryReader.read(json, source), null);
    }

    /** How messages name the recording (its file name). */
    public String source() {
        return source;
    }

    /** The events, in order, as read (payloads as the document holds them). */
    public List<HistoryEvent> events() {
        return events;
    }

    /**
     * The execution's input: the one {@code ExecutionStarted} recorded, or the one given to {@link
     * #withInput(JsonNode)}.
     *
     * @throws InvalidHistoryException when the history holds no input (exported without execution data, or cut by
     *     AWS for its size) and none was given
     */
    public JsonNode input() {
        if (inputOverride != null) {
            return inputOverride;
        }
        HistoryEvent started = events.get(0);
        if (started.details() == null || !started.details().has("input")) {
            throw new InvalidHistoryException(
                    1,
                    source + ": event 1 (ExecutionStarted) carries no input: the history was exported without"
                            + " execution data; export it again without --no-include-execution-data, or give the"
                            + " input (--input)");
        }
        if (Recordings.truncated(started.details())) {
            throw new InvalidHistoryException(
                    1,
                    source + ": event 1 (ExecutionStarted) holds an input AWS truncated (over 256 KiB); give the"
                            + " execution's input (--input)");
        }
        return Recordings.payload(started.details(), "input");
    }

    /**
     * The same recording replayed with another input: for a history whose input is missing (exported without
     * execution data) or truncated, or to see what the recorded answers do with another input.
     */
    public ExecutionRecording withInput(JsonNode input) {
        return new ExecutionRecording(source, events, java.util.Objects.requireNonNull(input, "input"));
    }

    /** When the execution started, or {@code null} when the document's timestamps are placeholders. */
    public Instant startTime() {
        return events.get(0).timestamp();
    }

    /** The recorded status, from the last event. */
    public ExecutionStatus status() {
        return switch (last().type()) {
            case "ExecutionSucceeded" -> ExecutionStatus.SUCCEEDED;
            case "ExecutionFailed" -> ExecutionStatus.FAILED;
            case "ExecutionTimedOut" -> ExecutionStatus.TIMED_OUT;
            default -> ExecutionStatus.ABORTED;
        };
    }

    /** The output of a succeeded execution, else {@code null}. */
    public JsonNode output() {
        return status() == ExecutionStatus.SUCCEEDED ? Recordings.payload(last().details(), "output") : null;
    }

    /** The error of a failed, timed-out or aborted execution, else {@code null}. */
    public String error() {
        return status() == ExecutionStatus.SUCCEEDED ? null : Recordings.text(last().details(), "error");
    }

    /** The cause that goes with {@link #error()}, as text. */
    public String cause() {
        return status() == ExecutionStatus.SUCCEEDED ? null : Recordings.text(last().details(), "cause");
    }

    /** The states entered, in the order of their events. */
    public List<EnteredState> statesEntered() {
        return statesEntered;
    }

    /**
     * A fresh handler that answers each Task call with what the recording holds for it, in order: results, errors
     * and causes, timeouts (the task never answers, so the definition's own {@code TimeoutSeconds} or {@code
     * HeartbeatSeconds} fire), the heartbeats that kept a long task alive, and the virtual time each attempt took.
     * Lambda functions (bare ARNs and {@code lambda:invoke}), callbacks of {@code .waitForTaskToken} tasks,
     * activities and nested {@code startExecution.sync} results are answered alike; Map iterations by their index.
     * A call the recording has no answer for fails with {@link io.github.sfnunit.mock.UnmockedTaskException}.
     */
    public TaskHandler taskAnswers() {
        return RecordedTasks.of(events);
    }

    /**
     * The recording as one test case of a Step Functions Local {@code MockConfigFile.json}: {@code {"StateMachines":
     * {stateMachine: {"TestCases": {testCase: {state: response}}}}, "MockedResponses": {...}}}, responses numbered
     * by invocation in the order the history recorded them. The file format has no virtual durations or timeouts: a
     * timed-out attempt is left out (noted under {@code "Comment"} of the response).
     */
    public ObjectNode mockConfig(String stateMachine, String testCase) {
        return MockConfigExport.of(RecordedTasks.attempts(events), events, stateMachine, testCase);
    }

    /** The Task calls that never got an answer (timed out, or cut short by the execution's end), in order. */
    public List<UnansweredCall> unansweredCalls() {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        List<UnansweredCall> calls = new ArrayList<>();
        for (RecordedTasks.Attempt attempt : RecordedTasks.attempts(events)) {
            int index = counts.merge(attempt.stateName(), 1, Integer::sum) - 1;
            if (attempt.outcome() instanceof io.github.sfnunit.mock.TaskOutcome.Pending) {
                calls.add(new UnansweredCall(attempt.stateName(), index, attempt.scheduledEventId()));
            }
        }
        return calls;
    }

    /**
     * Checks that this is a history of {@code definition}: every state it enters is in the definition, with the
     * same type.
     *
     * @throws InvalidHistoryException naming the first event that enters a state the definition does not have
     */
    public void checkMatches(StateMachineDefinition definition) {
        DefinitionStates states = DefinitionStates.of(definition.source());
        for (EnteredState entered : statesEntered) {
            String type = states.typeOf(entered.name());
            if (type == null) {
                throw new InvalidHistoryException(
                        entered.eventId(),
                        source + ": event " + entered.eventId() + " (" + entered.type() + "StateEntered) enters state '"
                                + entered.name() + "', which the definition does not have"
                                + states.suggestion(entered.name())
                                + ": this is the history of another definition (or of an older version of it)");
            }
            if (!type.equals(entered.type())) {
                throw new InvalidHistoryException(
                        entered.eventId(),
                        source + ": event " + entered.eventId() + " enters state '" + entered.name() + "' as a "
                                + entered.type() + " state, but the definition's '" + entered.name() + "' is a "
                                + type + " state: this is the history of another definition (or of an older version"
                                + " of it)");
            }
        }
    }

    HistoryEvent last() {
        return events.get(events.size() - 1);
    }

    private void checkPayloads() {
        for (HistoryEvent event : events.subList(1, events.size())) {
            if (Recordings.truncated(event.details())) {
                throw new InvalidHistoryException(
                        event.id(),
                        source + ": event " + event.id() + " (" + event.type() + ") holds a payload AWS truncated"
                                + " (over 256 KiB): the recording cannot give the value the rerun needs");
            }
        }
    }
}
