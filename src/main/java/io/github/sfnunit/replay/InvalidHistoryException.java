package io.github.sfnunit.replay;

/**
 * A document that cannot be replayed: not an execution history, a truncated or reordered one, or the history of
 * another definition. The message names the event (by id) or the JSON Pointer that is wrong and what was expected.
 *
 * @since 0.1.0
 */
public final class InvalidHistoryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The id of the event the problem is at, {@code 0} when it is not at one event. */
    private final long eventId;

    InvalidHistoryException(long eventId, String message) {
        super(message);
        this.eventId = eventId;
    }

    /** The id of the event the problem is at, {@code 0} when it is about the document as a whole. */
    public long eventId() {
        return eventId;
    }
}
