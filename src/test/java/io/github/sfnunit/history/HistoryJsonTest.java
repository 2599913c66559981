package io.github.sfnunit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnunit.asl.StateType;
import io.github.sfnunit.internal.history.HistoryOptions;
import io.github.sfnunit.internal.history.HistoryRecorder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryJsonTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00.123456Z");

    private List<HistoryEvent> twoEvents() {
        HistoryRecorder recorder = new HistoryRecorder(HistoryOptions.defaults());
        recorder.root()
                .executionStarted(T0, JsonNodeFactory.instance.objectNode().put("a", 1), null);
        recorder.root().stateEntered(T0, StateType.MAP, "M", JsonNodeFactory.instance.objectNode());
        recorder.root().mapStateStarted(T0, 0);
        recorder.root().mapStateSucceeded(T0);
        return recorder.events();
    }

    @Test
    void should_write_events_as_aws_cli_prints_them() {
        String json = HistoryJson.write(twoEvents());

        assertThat(json)
                .startsWith("{\"events\":[{\"timestamp\":\"2025-01-01T00:00:00.123000+00:00\","
                        + "\"type\":\"ExecutionStarted\",\"id\":1,\"previousEventId\":0,"
                        + "\"executionStartedEventDetails\":{\"input\":\"{\\\"a\\\":1}\","
                        + "\"inputDetails\":{\"truncated\":false}}}")
                .endsWith("{\"timestamp\":\"2025-01-01T00:00:00.123000+00:00\",\"type\":\"MapStateSucceeded\","
                        + "\"id\":4,\"previousEventId\":3}]}");
    }

    @Test
    void should_write_epoch_seconds_in_the_wire_style() {
        String json = HistoryJson.write(twoEvents(), HistoryJson.TimestampStyle.EPOCH_SECONDS);

        assertThat(json).startsWith("{\"events\":[{\"timestamp\":1735689600.123,");
    }

    @Test
    void should_read_back_what_it_writes() {
        List<HistoryEvent> events = twoEvents();

        List<HistoryEvent> read = HistoryJson.read(HistoryJson.writePretty(events, HistoryJson.TimestampStyle.CLI));

        assertThat(read)
                .extracting(HistoryEvent::type)
                .containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted", "MapStateSucceeded");
        assertThat(read.get(0).timestamp()).isEqualTo(Instant.parse("2025-01-01T00:00:00.123Z"));
        assertThat(read.get(0).details()).isEqualTo(events.get(0).details());
    }

    @Test
    void should_name_the_event_that_has_no_aws_shape() {
        assertThatThrownBy(() -> HistoryJson.read("{\"events\":[{\"id\":1}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/events/0");
    }
}
