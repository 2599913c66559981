package io.github.sfnunit.internal.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.history.HistoryEvent;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An execution's events as an immutable list whose event details are built on first read. Recording only keeps
 * what each event needs (ids, type, the payload values); writing payloads as JSON text, most of the cost of
 * recording, waits until a test, a report or an export reads the history, and never happens when nothing does.
 * Safe to read from any thread.
 */
public final class RecordedHistory extends AbstractList<HistoryEvent> implements RandomAccess {

    /** One recorded event before its details are built. */
    record Pending(
            long id, long previousEventId, Instant timestamp, String type, String detailsKey, DetailsBuilder details) {}

    private final List<Pending> pending;
    private List<HistoryEvent> events;

    RecordedHistory(List<Pending> pending) {
        this.pending = List.copyOf(pending);
    }

    @Override
    public HistoryEvent get(int index) {
        return events().get(index);
    }

    @Override
    public int size() {
        return pending.size();
    }

    private synchronized List<HistoryEvent> events() {
        if (events == null) {
            PayloadTexts texts = new PayloadTexts();
            HistoryEvent[] built = new HistoryEvent[pending.size()];
            for (int i = 0; i < built.length; i++) {
                Pending event = pending.get(i);
                ObjectNode details =
                        event.details() == null ? null : event.details().build(texts);
                built[i] = new HistoryEvent(
                        event.id(),
                        event.previousEventId(),
                        event.timestamp(),
                        event.type(),
                        event.detailsKey(),
                        details);
            }
            events = List.of(built);
        }
        return events;
    }
}
