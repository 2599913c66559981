package io.github.sfnunit.internal.history;

import io.github.sfnunit.history.HistoryEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Records one execution's history as AWS's GetExecutionHistory shows it. The engine records through {@link
 * HistoryLane}s: {@link #root()} for the execution's top level, and one lane per Parallel branch and Map iteration,
 * which is how {@code previousEventId} follows AWS's rules inside concurrent work.
 *
 * <p>Event ids are counted even when recording is off, so error causes that quote them ("entered at the event id
 * #2") and the event limit stay exact; with recording off, nothing is allocated per event.
 *
 * <pre>{@code
 * HistoryRecorder recorder = new HistoryRecorder(HistoryOptions.defaults());
 * HistoryLane root = recorder.root();
 * root.executionStarted(t0, input, roleArn);
 * root.stateEntered(t0, StateType.PASS, "Hello", input);
 * root.stateExited(t0, StateType.PASS, "Hello", output);
 * root.executionSucceeded(t0, output);
 * String json = HistoryJson.write(recorder.events());
 * }</pre>
 *
 * <p>Not thread-safe: one execution, driven from one thread.
 */
public final class HistoryRecorder {

    /** AWS's hard limit of events in one execution's history. */
    public static final int AWS_MAX_EVENTS = 25_000;

    private final boolean recording;
    private final int maxEvents;
    private final List<RecordedHistory.Pending> events;
    private final HistoryLane root;
    private long lastId;

    public HistoryRecorder(HistoryOptions options) {
        this.recording = options.recording();
        this.maxEvents = options.maxEvents();
        // Sized for a small workflow's events (a three-Task execution records about twenty), so that most
        // executions never grow the list.
        this.events = recording ? new ArrayList<>(32) : Collections.emptyList();
        this.root = new HistoryLane(this, 0);
    }

    /** The lane of the execution's top level; its first event is {@code ExecutionStarted}. */
    public HistoryLane root() {
        return root;
    }

    /** {@code true} when events are kept, {@code false} when they are only counted. */
    public boolean isRecording() {
        return recording;
    }

    /** The id of the last event (counted also when not recording), 0 before the first. */
    public long lastEventId() {
        return lastId;
    }

    /**
     * The events so far, in id order; empty when not recording. Immutable; the details of the events are built
     * when the list is first read ({@link RecordedHistory}).
     */
    public List<HistoryEvent> events() {
        return recording ? new RecordedHistory(events) : List.of();
    }

    /**
     * Takes the next event id. AWS's rule at the limit: the last allowed event may only be the one that ends the
     * execution; anything else fails the execution, which the engine then records as {@code ExecutionFailed}.
     */
    long nextId(boolean endsExecution) {
        long next = lastId + 1;
        if (maxEvents > 0 && (next > maxEvents || (next == maxEvents && !endsExecution))) {
            throw new HistoryLimitExceededException(maxEvents);
        }
        lastId = next;
        return next;
    }

    void add(long id, long previousEventId, Instant timestamp, String type, String detailsKey, DetailsBuilder details) {
        events.add(new RecordedHistory.Pending(id, previousEventId, timestamp, type, detailsKey, details));
    }
}
