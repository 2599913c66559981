package io.github.sfnunit.internal.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnunit.asl.StateType;
import io.github.sfnunit.history.HistoryEvent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecordedHistoryTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final JsonNode INPUT = JsonNodeFactory.instance.objectNode().put("orderId", "o-1");

    @Test
    void details_are_built_once_on_first_read_and_then_shared() {
        // GIVEN a recorded event whose details count their builds
        HistoryRecorder recorder = new HistoryRecorder(HistoryOptions.defaults());
        AtomicInteger builds = new AtomicInteger();
        recorder.add(1, 0, T0, "PassStateEntered", "stateEnteredEventDetails", texts -> {
            builds.incrementAndGet();
            return EventDetails.stateEntered("A", texts.of(INPUT));
        });
        List<HistoryEvent> history = recorder.events();
        assertThat(builds).hasValue(0);
        assertThat(history).hasSize(1);

        // WHEN it is read twice
        HistoryEvent first = history.get(0);
        HistoryEvent again = history.get(0);

        // THEN it was built once, with the payload as text
        assertThat(builds).hasValue(1);
        assertThat(again).isSameAs(first);
        assertThat(first.details().get("input").asText()).isEqualTo("{\"orderId\":\"o-1\"}");
    }

    @Test
    void the_history_cannot_be_changed() {
        // GIVEN
        HistoryRecorder recorder = new HistoryRecorder(HistoryOptions.defaults());
        recorder.root().stateEntered(T0, StateType.PASS, "A", INPUT);
        List<HistoryEvent> history = recorder.events();

        // WHEN / THEN
        assertThatThrownBy(() -> history.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(history::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_event_recorded_later_is_not_in_a_history_taken_before() {
        // GIVEN a history taken after one event
        HistoryRecorder recorder = new HistoryRecorder(HistoryOptions.defaults());
        recorder.root().stateEntered(T0, StateType.PASS, "A", INPUT);
        List<HistoryEvent> before = recorder.events();

        // WHEN another event is recorded
        recorder.root().stateExited(T0, StateType.PASS, "A", INPUT);

        // THEN the earlier history still has one event, the new one has two
        assertThat(before).extracting(HistoryEvent::type).containsExactly("PassStateEntered");
        assertThat(recorder.events())
                .extracting(HistoryEvent::type)
                .containsExactly("PassStateEntered", "PassStateExited");
    }

    @Test
    void no_history_is_kept_when_recording_is_off() {
        HistoryRecorder recorder = new HistoryRecorder(HistoryOptions.notRecording());
        recorder.root().stateEntered(T0, StateType.PASS, "A", INPUT);

        assertThat(recorder.events()).isEmpty();
        assertThat(recorder.lastEventId()).isEqualTo(1);
    }
}
