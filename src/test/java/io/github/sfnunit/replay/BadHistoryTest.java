package io.github.sfnunit.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of document that cannot be replayed gets an error naming the event and what was expected. */
class BadHistoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static StateMachineDefinition definition;
    private static ArrayNode events;

    @BeforeAll
    static void record() throws Exception {
        definition = ExecutionReplayTest.definition(ExecutionReplayTest.RETRY_THEN_CATCH);
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge").thenReturn("{\"StatusCode\": 200, \"Payload\": {}}");
        mocks.forLambda("ship").thenReturn("{}").after(Duration.ofSeconds(3));
        events = (ArrayNode) JSON.readTree(ExecutionReplayTest.record(definition, mocks, "{}"))
                .get("events");
        assertThat(events).hasSize(12);
    }

    private static String page(JsonNode eventArray) {
        ObjectNode page = JSON.createObjectNode();
        page.set("events", eventArray);
        return page.toString();
    }

    private static ArrayNode copy() {
        return events.deepCopy();
    }

    @Test
    void pages_concatenated_in_order_and_a_reversed_history_are_read() {
        ArrayNode first = JSON.createArrayNode();
        ArrayNode second = JSON.createArrayNode();
        for (int i = 0; i < events.size(); i++) {
            (i < 5 ? first : second).add(events.get(i));
        }
        ObjectNode firstPage = JSON.createObjectNode();
        firstPage.set("events", first);
        firstPage.put("nextToken", "AAAA");
        String pages = firstPage.toPrettyString() + "\n" + page(second);
        assertThat(ExecutionReplay.of(definition, ExecutionRecording.parse(pages, "h.json"))
                        .reproduces())
                .isTrue();

        ArrayNode reversed = JSON.createArrayNode();
        for (int i = events.size() - 1; i >= 0; i--) {
            reversed.add(events.get(i));
        }
        assertThat(ExecutionRecording.parse(page(reversed), "h.json").statesEntered())
                .extracting(ExecutionRecording.EnteredState::name)
                .containsExactly("Charge", "Ship");
    }

    @Test
    void a_history_of_another_definition_names_the_state_it_enters() {
        StateMachineDefinition other = ExecutionReplayTest.definition(
                "{'StartAt': 'Charge', 'States': {'Charge': {'Type': 'Pass', 'Next': 'Bill'},"
                        + " 'Bill': {'Type': 'Succeed'}}}");
        assertThatThrownBy(() -> ExecutionReplay.of(other, ExecutionRecording.parse(page(events), "h.json")))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessage("h.json: event 2 enters state 'Charge' as a Task state, but the definition's 'Charge' is"
                        + " a Pass state: this is the history of another definition (or of an older version of it)");
        StateMachineDefinition renamed =
                ExecutionReplayTest.definition(ExecutionReplayTest.RETRY_THEN_CATCH.replace("'Ship'", "'Deliver'"));
        assertThatThrownBy(() -> ExecutionReplay.of(renamed, ExecutionRecording.parse(page(events), "h.json")))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessage("h.json: event 7 (TaskStateEntered) enters state 'Ship', which the definition does not"
                        + " have (it has Charge, Deliver, Refund, Failed): this is the history of another definition"
                        + " (or of an older version of it)")
                .extracting(e -> ((InvalidHistoryException) e).eventId())
                .isEqualTo(7L);
    }

    @Test
    void a_truncated_history_says_where_it_ends() {
        ArrayNode cut = copy();
        cut.remove(11);
        cut.remove(10);
        assertThatThrownBy(() -> ExecutionRecording.parse(page(cut), "h.json"))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessage("h.json: the history ends at event 10 (LambdaFunctionSucceeded) without ExecutionAborted/"
                        + "ExecutionFailed/ExecutionSucceeded/ExecutionTimedOut: it is truncated (pages missing) or"
                        + " the execution was still running when exported");

        ArrayNode missingPage = copy();
        for (int i = 0; i < 4; i++) {
            missingPage.remove(4);
        }
        assertThatThrownBy(() -> ExecutionRecording.parse(page(missingPage), "h.json"))
                .hasMessage("h.json: event 9 (LambdaFunctionStarted) follows event 4: events 5..8 are missing"
                        + " (concatenate every nextToken page)");

        ArrayNode noFirstPage = copy();
        noFirstPage.remove(0);
        assertThatThrownBy(() -> ExecutionRecording.parse(page(noFirstPage), "h.json"))
                .hasMessage("h.json: event 2 (TaskStateEntered) comes first; expected event 1 ExecutionStarted: the"
                        + " first page is missing");
    }

    @Test
    void events_out_of_order_name_the_event() {
        ArrayNode swapped = copy();
        JsonNode fifth = swapped.get(4);
        swapped.set(4, swapped.get(5));
        swapped.set(5, fifth);
        assertThatThrownBy(() -> ExecutionRecording.parse(page(swapped), "h.json"))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessage("h.json: event 6 (TaskStateExited) follows event 4: events are out of order; expected"
                        + " event 5 (concatenate the pages in the order the nextToken chain gives them)");
    }

    @Test
    void an_express_execution_log_is_not_an_execution_history() {
        String log = "{\"id\":\"1\",\"type\":\"ExecutionStarted\",\"details\":{\"input\":\"{}\"},"
                + "\"previous_event_id\":\"0\",\"event_timestamp\":\"1700000000000\","
                + "\"execution_arn\":\"arn:aws:states:us-east-1:123456789012:express:flow:e-1:x\"}\n"
                + "{\"id\":\"2\",\"type\":\"ExecutionSucceeded\",\"details\":{\"output\":\"{}\"},"
                + "\"previous_event_id\":\"1\",\"event_timestamp\":\"1700000000001\","
                + "\"execution_arn\":\"arn:aws:states:us-east-1:123456789012:express:flow:e-1:x\"}";
        assertThatThrownBy(() -> ExecutionRecording.parse(log, "express.log"))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessageStartingWith("express.log: this is an Express execution's log (CloudWatch Logs records")
                .hasMessageContaining("not an execution history")
                .hasMessageEndingWith("run the same definition as a Standard state machine and export a Standard"
                        + " execution's history with `aws stepfunctions get-execution-history --execution-arn ARN"
                        + " --output json > history.json`");
    }

    @Test
    void other_documents_and_missing_data_are_refused_with_what_to_export() {
        assertThatThrownBy(() -> ExecutionRecording.parse("{\"executions\": []}", "h.json"))
                .hasMessage("h.json: is not an execution history: expected {\"events\": [...]} (one page or several)"
                        + " or an array of events; export a Standard execution's history with `aws stepfunctions"
                        + " get-execution-history --execution-arn ARN --output json > history.json`");
        assertThatThrownBy(() -> ExecutionRecording.parse("{\"events\": [", "h.json"))
                .hasMessageStartingWith("h.json: not valid JSON: ");
        ArrayNode noData = copy();
        ((ObjectNode) noData.get(0).get("executionStartedEventDetails")).remove("input");
        ExecutionRecording recording = ExecutionRecording.parse(page(noData), "h.json");
        assertThatThrownBy(recording::input)
                .hasMessage("h.json: event 1 (ExecutionStarted) carries no input: the history was exported without"
                        + " execution data; export it again without --no-include-execution-data, or give the input"
                        + " (--input)");
        assertThat(ExecutionReplay.of(definition, recording.withInput(JSON.createObjectNode()))
                        .reproduces())
                .isTrue();
    }
}
