package io.github.sfnunit.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes recorded Task attempts as a Step Functions Local {@code MockConfigFile.json} test case: one mocked
 * response per state, entries numbered by invocation in history order ({@code "0"}, then ranges such as {@code
 * "1-2"} where consecutive answers are equal).
 */
final class MockConfigExport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MockConfigExport() {}

    static ObjectNode of(
            List<RecordedTasks.Attempt> attempts, List<HistoryEvent> events, String stateMachine, String testCase) {
        Map<String, List<RecordedTasks.Attempt>> byState = new LinkedHashMap<>();
        attempts.forEach(a ->
                byState.computeIfAbsent(a.stateName(), k -> new ArrayList<>()).add(a));
        ObjectNode root = NODES.objectNode();
        ObjectNode states = root.putObject("StateMachines")
                .putObject(stateMachine)
                .putObject("TestCases")
                .putObject(testCase);
        ObjectNode responses = root.putObject("MockedResponses");
        byState.forEach((state, stateAttempts) -> {
            String responseName = state + "Recorded";
            states.put(state, responseName);
            ObjectNode response = responses.putObject(responseName);
            List<String> skipped = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < stateAttempts.size(); i++) {
                JsonNode answer = answer(stateAttempts.get(i), events);
                if (answer == null) {
                    skipped.add(String.valueOf(i));
                    from = i + 1;
                    continue;
                }
                boolean sameAsNext =
                        i + 1 < stateAttempts.size() && answer.equals(answer(stateAttempts.get(i + 1), events));
                if (!sameAsNext) {
                    response.set(from == i ? String.valueOf(i) : from + "-" + i, answer);
                    from = i + 1;
                }
            }
            if (!skipped.isEmpty()) {
                // Step Functions Local cannot make a task time out or never answer; the call fails as unmocked
                root.put(
                        "Comment",
                        root.path("Comment").asText("") + "State '" + state + "' invocation(s) " + skipped
                                + " timed out or never answered in the recording; this format cannot say so. ");
            }
        });
        return root;
    }

    /** The {@code Return} or {@code Throw} entry of one attempt, {@code null} for one that never answered. */
    private static JsonNode answer(RecordedTasks.Attempt attempt, List<HistoryEvent> events) {
        TaskOutcome outcome = attempt.outcome();
        if (outcome instanceof TaskOutcome.Succeeded succeeded) {
            JsonNode result = succeeded.result();
            if (events.get((int) attempt.scheduledEventId() - 1).type().startsWith("LambdaFunction")) {
                // a bare function ARN's result is the Invoke response's Payload
                ObjectNode invoke = NODES.objectNode();
                invoke.put("StatusCode", 200);
                invoke.set("Payload", result);
                result = invoke;
            }
            return NODES.objectNode().set("Return", result);
        }
        if (outcome instanceof TaskOutcome.Failed failed) {
            ObjectNode thrown = NODES.objectNode();
            if (failed.error() != null) {
                thrown.put("Error", failed.error());
            }
            if (failed.cause() != null) {
                thrown.put("Cause", failed.cause());
            }
            return NODES.objectNode().set("Throw", thrown);
        }
        return null;
    }
}
