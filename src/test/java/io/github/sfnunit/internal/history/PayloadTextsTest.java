package io.github.sfnunit.internal.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnunit.asl.StateType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** State payload texts are remembered for the last values; every event must still carry its own value's text. */
class PayloadTextsTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void every_state_event_carries_the_text_of_its_own_value_when_values_repeat_and_alternate() {
        // GIVEN values entered and exited in the order x, x, y, x, z, y, null
        JsonNode x = NODES.objectNode().put("x", 1);
        JsonNode y = NODES.arrayNode().add("y");
        JsonNode z = NODES.textNode("z");
        HistoryRecorder recorder = new HistoryRecorder(HistoryOptions.defaults());
        HistoryLane root = recorder.root();

        // WHEN
        root.stateEntered(T0, StateType.PASS, "A", x);
        root.stateExited(T0, StateType.PASS, "A", x);
        root.stateEntered(T0, StateType.PASS, "B", y);
        root.stateExited(T0, StateType.PASS, "B", x);
        root.stateEntered(T0, StateType.PASS, "C", z);
        root.stateExited(T0, StateType.PASS, "C", y);
        root.stateEntered(T0, StateType.PASS, "D", null);

        // THEN
        List<String> texts = recorder.events().stream()
                .map(event -> event.details().has("input")
                        ? event.details().get("input").asText()
                        : event.details().get("output").asText())
                .toList();
        assertThat(texts).containsExactly("{\"x\":1}", "{\"x\":1}", "[\"y\"]", "{\"x\":1}", "\"z\"", "[\"y\"]", "null");
    }
}
