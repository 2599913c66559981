package io.github.sfnunit.internal.history;

/**
 * How an execution's history is kept.
 *
 * @param recording {@code true} to keep the events; {@code false} to only count them (event ids, which AWS quotes
 *     in some error causes, and the event limit stay exact, and nothing is allocated per event)
 * @param maxEvents the most events an execution may have, {@value HistoryRecorder#AWS_MAX_EVENTS} as AWS; {@code
 *     0} for no limit
 */
public record HistoryOptions(boolean recording, int maxEvents) {

    public HistoryOptions {
        if (maxEvents < 0) {
            throw new IllegalArgumentException("maxEvents must be 0 (no limit) or positive, but was " + maxEvents);
        }
    }

    /** Recording on, AWS's limit of 25,000 events. */
    public static HistoryOptions defaults() {
        return new HistoryOptions(true, HistoryRecorder.AWS_MAX_EVENTS);
    }

    /** Recording off (for very large runs, e.g. a Map over 100,000 items), AWS's event limit still counted. */
    public static HistoryOptions notRecording() {
        return new HistoryOptions(false, HistoryRecorder.AWS_MAX_EVENTS);
    }

    /** The same options with another event limit ({@code 0}: none). */
    public HistoryOptions withMaxEvents(int limit) {
        return new HistoryOptions(recording, limit);
    }
}
