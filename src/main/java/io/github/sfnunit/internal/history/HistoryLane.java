package io.github.sfnunit.internal.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.StateType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of causality in an execution's history: the top level, a Parallel branch or a Map iteration. Each
 * method records one AWS event at the given virtual time and returns its id; {@code previousEventId} follows what
 * AWS records:
 *
 * <ul>
 *   <li>events of a lane chain to the lane's previous event;
 *   <li>{@code ExecutionStarted} and the first state's entry both point to event 0;
 *   <li>an {@code EvaluationFailed} raised while entering a state (not a Wait) points where the entry points;
 *   <li>a Map iteration and a Parallel branch start from the {@code MapStateStarted}/{@code ParallelStateStarted}
 *       event; an iteration's end event, the next iteration's start and {@code MapStateFailed} point to the
 *       iteration's last event; {@code MapStateSucceeded} and {@code MapStateExited} both point to the last {@code
 *       MapIterationSucceeded} (for a Distributed Map: {@code MapRunSucceeded}; AWS's recordings sometimes point
 *       the exit to {@code MapRunStarted} instead, a race in AWS that the recorder does not imitate);
 *   <li>{@code ParallelStateSucceeded} and {@code ParallelStateExited} both point to the last branch's last event;
 *       {@code ParallelStateFailed} to the failed branch's last event.
 * </ul>
 *
 * <p>The events of a Task's calls are {@link TaskEvents}'s, chained on the state's lane. Payloads are recorded as
 * JSON text with {@code {"truncated": false}} details, as AWS. A {@code null} error or cause is left out of the
 * details. When recording is off every method only counts, and lane-creating methods
 * return this lane.
 */
public final class HistoryLane {

    private static final long NONE = -1;

    private final HistoryRecorder recorder;
    private long cursor;
    private long enteredPrevious = NONE;
    private long mapCompletion = NONE;

    HistoryLane(HistoryRecorder recorder, long cursor) {
        this.recorder = recorder;
        this.cursor = cursor;
    }

    /** The id of the event the lane's next event will point to. */
    public long previousEventId() {
        return cursor;
    }

    // ---- execution

    /** {@code ExecutionStarted}; the first state's entry then also points to event 0. */
    public long executionStarted(Instant time, JsonNode input, String roleArn) {
        long id = recorder.nextId(false);
        if (recorder.isRecording()) {
            addLazily(
                    id,
                    cursor,
                    time,
                    "ExecutionStarted",
                    "executionStartedEventDetails",
                    texts -> EventDetails.executionStarted(input, roleArn));
        }
        return id;
    }

    public long executionSucceeded(Instant time, JsonNode output) {
        return ending(time, "ExecutionSucceeded", "executionSucceededEventDetails", output);
    }

    public long executionFailed(Instant time, String error, String cause) {
        return ending(time, "ExecutionFailed", "executionFailedEventDetails", error, cause);
    }

    public long executionTimedOut(Instant time, String error, String cause) {
        return ending(time, "ExecutionTimedOut", "executionTimedOutEventDetails", error, cause);
    }

    public long executionAborted(Instant time, String error, String cause) {
        return ending(time, "ExecutionAborted", "executionAbortedEventDetails", error, cause);
    }

    // ---- states

    /** {@code <Type>StateEntered}, e.g. {@code TaskStateEntered}, {@code FailStateEntered}. */
    public long stateEntered(Instant time, StateType type, String name, JsonNode input) {
        long previous = cursor;
        long id = recorder.nextId(false);
        if (recorder.isRecording()) {
            addLazily(
                    id,
                    previous,
                    time,
                    EventTypes.entered(type),
                    "stateEnteredEventDetails",
                    texts -> EventDetails.stateEntered(name, texts.of(input)));
        }
        cursor = id;
        enteredPrevious = type == StateType.WAIT ? NONE : previous;
        return id;
    }

    /** {@code <Type>StateExited} without assigned variables. */
    public long stateExited(Instant time, StateType type, String name, JsonNode output) {
        return stateExited(time, type, name, output, null);
    }

    /**
     * {@code <Type>StateExited}.
     *
     * @param assignedVariables the variables the state's {@code Assign} set, in order; {@code null} or empty when
     *     none
     */
    public long stateExited(
            Instant time, StateType type, String name, JsonNode output, Map<String, JsonNode> assignedVariables) {
        long id = recorder.nextId(false);
        if (recorder.isRecording()) {
            Map<String, JsonNode> assigned = assignedVariables == null || assignedVariables.isEmpty()
                    ? null
                    : new LinkedHashMap<>(assignedVariables);
            addLazily(
                    id,
                    cursor,
                    time,
                    EventTypes.exited(type),
                    "stateExitedEventDetails",
                    texts -> EventDetails.stateExited(name, texts.of(output), assigned));
        }
        return chain(id);
    }

    /** {@code TaskStateAborted}, {@code WaitStateAborted}, {@code MapStateAborted}, {@code ParallelStateAborted}. */
    public long stateAborted(Instant time, StateType type) {
        return bare(time, EventTypes.aborted(type));
    }

    /**
     * {@code EvaluationFailed}: an expression, path or template of the state failed.
     *
     * @param location the field that failed, e.g. {@code Arguments}, {@code Output}; {@code null} when AWS names
     *     none
     */
    public long evaluationFailed(Instant time, String error, String cause, String location, String stateName) {
        long previous = enteredPrevious == NONE ? cursor : enteredPrevious;
        long id = recorder.nextId(false);
        if (recorder.isRecording()) {
            add(
                    id,
                    previous,
                    time,
                    "EvaluationFailed",
                    "evaluationFailedEventDetails",
                    EventDetails.evaluationFailed(error, cause, location, stateName));
        }
        return chain(id);
    }

    // ---- Map

    /** {@code MapStateStarted} with the number of items; also starts each retry of the Map state. */
    public long mapStateStarted(Instant time, int length) {
        mapCompletion = NONE;
        return lazily(
                time,
                "MapStateStarted",
                "mapStateStartedEventDetails",
                texts -> EventDetails.object().put("length", length));
    }

    /** {@code MapIterationStarted}; returns the iteration's lane, for its states' events. */
    public HistoryLane mapIterationStarted(Instant time, String mapStateName, int index) {
        long id = recorder.nextId(false);
        if (!recorder.isRecording()) {
            return this;
        }
        add(
                id,
                cursor,
                time,
                "MapIterationStarted",
                "mapIterationStartedEventDetails",
                EventDetails.mapIteration(mapStateName, index));
        return new HistoryLane(recorder, id);
    }

    public long mapIterationSucceeded(Instant time, HistoryLane iteration, String mapStateName, int index) {
        return iterationEnded(
                time, "MapIterationSucceeded", "mapIterationSucceededEventDetails", iteration, mapStateName, index);
    }

    public long mapIterationFailed(Instant time, HistoryLane iteration, String mapStateName, int index) {
        return iterationEnded(
                time, "MapIterationFailed", "mapIterationFailedEventDetails", iteration, mapStateName, index);
    }

    public long mapIterationAborted(Instant time, HistoryLane iteration, String mapStateName, int index) {
        return iterationEnded(
                time, "MapIterationAborted", "mapIterationAbortedEventDetails", iteration, mapStateName, index);
    }

    /** {@code MapStateSucceeded}; the following {@code MapStateExited} points where this event points. */
    public long mapStateSucceeded(Instant time) {
        long previous = mapCompletion == NONE ? cursor : mapCompletion;
        long id = recorder.nextId(false);
        if (recorder.isRecording()) {
            add(id, previous, time, "MapStateSucceeded", null, null);
        }
        cursor = previous;
        enteredPrevious = NONE;
        return id;
    }

    public long mapStateFailed(Instant time) {
        return bare(time, "MapStateFailed");
    }

    /** {@code MapRunStarted} of a Distributed Map. */
    public long mapRunStarted(Instant time, String mapRunArn) {
        return lazily(
                time,
                "MapRunStarted",
                "mapRunStartedEventDetails",
                texts -> EventDetails.object().put("mapRunArn", mapRunArn));
    }

    public long mapRunSucceeded(Instant time) {
        return mapRunEnded(time, "MapRunSucceeded", null, null, null);
    }

    public long mapRunFailed(Instant time, String error, String cause) {
        return mapRunEnded(time, "MapRunFailed", "mapRunFailedEventDetails", error, cause);
    }

    public long mapRunAborted(Instant time) {
        return mapRunEnded(time, "MapRunAborted", null, null, null);
    }

    // ---- Parallel

    /** {@code ParallelStateStarted}; also starts each retry of the Parallel state (after {@link #continueFrom}). */
    public long parallelStateStarted(Instant time) {
        return bare(time, "ParallelStateStarted");
    }

    /** A new lane for one branch, starting from this lane's last event ({@code ParallelStateStarted}). */
    public HistoryLane branch() {
        return recorder.isRecording() ? new HistoryLane(recorder, cursor) : this;
    }

    /** {@code ParallelStateSucceeded} when {@code lastBranch} finished last; the exit then points there too. */
    public long parallelStateSucceeded(Instant time, HistoryLane lastBranch) {
        continueFrom(lastBranch);
        long id = recorder.nextId(false);
        if (recorder.isRecording()) {
            add(id, cursor, time, "ParallelStateSucceeded", null, null);
        }
        return id;
    }

    /** {@code ParallelStateFailed} because {@code failedBranch} failed. */
    public long parallelStateFailed(Instant time, HistoryLane failedBranch) {
        continueFrom(failedBranch);
        return bare(time, "ParallelStateFailed");
    }

    public long parallelStateAborted(Instant time) {
        return bare(time, "ParallelStateAborted");
    }

    /**
     * Makes this lane's next event point to {@code other}'s last event: used when a Parallel state is retried after
     * a branch failed (the new {@code ParallelStateStarted} points to that branch's last event).
     */
    public void continueFrom(HistoryLane other) {
        cursor = other.cursor;
        enteredPrevious = NONE;
    }

    // ---- shared shapes

    private long ending(Instant time, String type, String key, JsonNode output) {
        return chained(time, type, key, texts -> EventDetails.output(output), true);
    }

    private long ending(Instant time, String type, String key, String error, String cause) {
        return chained(time, type, key, texts -> EventDetails.errorAndCause(error, cause), true);
    }

    long bare(Instant time, String type) {
        return eagerly(time, type, null, null);
    }

    long withOutput(Instant time, String type, String key, JsonNode output) {
        return lazily(time, type, key, texts -> EventDetails.output(output));
    }

    long withError(Instant time, String type, String key, String error, String cause) {
        return lazily(time, type, key, texts -> EventDetails.errorAndCause(error, cause));
    }

    private long iterationEnded(
            Instant time, String type, String key, HistoryLane iteration, String mapStateName, int index) {
        long id = recorder.nextId(false);
        if (recorder.isRecording()) {
            add(id, iteration.cursor, time, type, key, EventDetails.mapIteration(mapStateName, index));
        }
        cursor = iteration.cursor;
        enteredPrevious = NONE;
        mapCompletion = id;
        return id;
    }

    private long mapRunEnded(Instant time, String type, String key, String error, String cause) {
        long id = recorder.nextId(false);
        if (recorder.isRecording()) {
            add(id, cursor, time, type, key, key == null ? null : EventDetails.errorAndCause(error, cause));
        }
        mapCompletion = id;
        enteredPrevious = NONE;
        return id;
    }

    /** An event chained on this lane whose details {@code details} builds when the history is read. */
    long lazily(Instant time, String type, String key, DetailsBuilder details) {
        return chained(time, type, key, details, false);
    }

    /** An event chained on this lane with {@code details} at hand. */
    long eagerly(Instant time, String type, String key, ObjectNode details) {
        return chained(time, type, key, details == null ? null : texts -> details, false);
    }

    /** Records an event after this lane's last one; {@code ending} for an execution's last event. */
    private long chained(Instant time, String type, String key, DetailsBuilder details, boolean ending) {
        long id = recorder.nextId(ending);
        if (recorder.isRecording()) {
            recorder.add(id, cursor, time, type, key, details);
        }
        return chain(id);
    }

    private long chain(long id) {
        cursor = id;
        enteredPrevious = NONE;
        return id;
    }

    private void add(long id, long previous, Instant time, String type, String key, ObjectNode details) {
        recorder.add(id, previous, time, type, key, details == null ? null : texts -> details);
    }

    /** An event whose details are built only when the history is read (payloads become text then). */
    private void addLazily(long id, long previous, Instant time, String type, String key, DetailsBuilder details) {
        recorder.add(id, previous, time, type, key, details);
    }
}
