package io.github.sfnunit.internal.history;

/**
 * The execution reached its history event limit. AWS then fails the execution with {@link #error()} and {@link
 * #cause()}: the engine records {@link HistoryLane#executionFailed} with them, which is allowed as the last event.
 */
public final class HistoryLimitExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The error AWS reports. */
    public static final String ERROR = "States.Runtime";

    private final int maxEvents;

    public HistoryLimitExceededException(int maxEvents) {
        super(ERROR + ": " + causeFor(maxEvents), null, false, false);
        this.maxEvents = maxEvents;
    }

    /** {@code States.Runtime}. */
    public String error() {
        return ERROR;
    }

    /** AWS's cause text, e.g. {@code The execution reached the maximum number of history events (25000).} */
    public String cause() {
        return causeFor(maxEvents);
    }

    public int maxEvents() {
        return maxEvents;
    }

    static String causeFor(int maxEvents) {
        return "The execution reached the maximum number of history events (" + maxEvents + ").";
    }
}
