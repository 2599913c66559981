package io.github.sfnunit.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AWS Step Functions Local's mock configuration ({@code MockConfigFile.json}), validated on load:
 *
 * <pre>{@code
 * {"StateMachines": {"OrderFlow": {"TestCases": {"HappyPath": {"ChargeCard": "ChargeOk"}}}},
 *  "MockedResponses": {"ChargeOk": {"0": {"Throw": {"Error": "Lambda.TooManyRequestsException", "Cause": "slow"}},
 *                                   "1-2": {"Return": {"StatusCode": 200, "Payload": {"chargeId": "ch-1"}}}}}}
 * }</pre>
 *
 * {@link #testCase(String, String)} gives the {@link TaskHandler} for one test case; {@link TaskMocks#load} combines
 * it with stubs.
 *
 * @since 0.1.0
 */
public final class MockConfigFile {

    private final String source;
    private final Map<String, Map<String, Map<String, String>>> testCases;
    private final Map<String, MockedResponse> responses;

    private MockConfigFile(
            String source,
            Map<String, Map<String, Map<String, String>>> testCases,
            Map<String, MockedResponse> responses) {
        this.source = source;
        this.testCases = testCases;
        this.responses = responses;
    }

    /** Reads and validates a mock configuration file. */
    public static MockConfigFile load(Path path) {
        try {
            return parse(Files.readString(path), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read mock configuration file " + path, e);
        }
    }

    /**
     * Parses and validates a mock configuration.
     *
     * @param source a name for messages, e.g. the file name
     * @throws IllegalArgumentException naming the field (JSON Pointer) that is wrong and what was expected
     */
    public static MockConfigFile parse(String json, String source) {
        JsonNode root;
        try {
            root = JsonCodec.read(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        object(root, "", source);
        Map<String, MockedResponse> responses = new LinkedHashMap<>();
        JsonNode mocked = object(root.get("MockedResponses"), "/MockedResponses", source);
        mocked.properties()
                .iterator()
                .forEachRemaining(entry -> responses.put(
                        entry.getKey(),
                        MockedResponse.parse(
                                entry.getKey(),
                                entry.getValue(),
                                "/MockedResponses/" + escape(entry.getKey()),
                                source)));
        Map<String, Map<String, Map<String, String>>> machines = new LinkedHashMap<>();
        JsonNode stateMachines = object(root.get("StateMachines"), "/StateMachines", source);
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        stateMachines.properties().iterator();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> machine = it.next();
            String machinePointer = "/StateMachines/" + escape(machine.getKey());
            JsonNode cases = object(machine.getValue().get("TestCases"), machinePointer + "/TestCases", source);
            Map<String, Map<String, String>> byCase = new LinkedHashMap<>();
            cases.properties().forEach(testCase -> {
                String casePointer = machinePointer + "/TestCases/" + escape(testCase.getKey());
                Map<String, String> states = new LinkedHashMap<>();
                object(testCase.getValue(), casePointer, source).properties().forEach(state -> {
                    String statePointer = casePointer + "/" + escape(state.getKey());
                    if (!state.getValue().isTextual()) {
                        throw new IllegalArgumentException(source + " " + statePointer
                                + ": expected the name of a mocked response (a string), but was " + state.getValue());
                    }
                    String response = state.getValue().asText();
                    if (!responses.containsKey(response)) {
                        throw new IllegalArgumentException(
                                source + " " + statePointer + ": mocked response '" + response
                                        + "' is not defined in /MockedResponses (defined: " + responses.keySet() + ")");
                    }
                    states.put(state.getKey(), response);
                });
                byCase.put(testCase.getKey(), states);
            });
            machines.put(machine.getKey(), byCase);
        }
        return new MockConfigFile(source, machines, responses);
    }

    /** The state machine names the file configures. */
    public Set<String> stateMachines() {
        return testCases.keySet();
    }

    /** The test case names of a state machine. */
    public Set<String> testCases(String stateMachine) {
        return machine(stateMachine).keySet();
    }

    /**
     * The handler for one test case: it answers the states the test case maps, by the state's invocation index.
     *
     * @throws IllegalArgumentException when the file has no such state machine or test case
     */
    public MockConfigTestCase testCase(String stateMachine, String testCase) {
        Map<String, Map<String, String>> cases = machine(stateMachine);
        Map<String, String> states = cases.get(testCase);
        if (states == null) {
            throw new IllegalArgumentException(source + ": state machine '" + stateMachine + "' has no test case '"
                    + testCase + "' (it has " + cases.keySet() + ")");
        }
        Map<String, MockedResponse> byState = new LinkedHashMap<>();
        states.forEach((state, response) -> byState.put(state, responses.get(response)));
        return new MockConfigTestCase(source, stateMachine, testCase, byState);
    }

    private Map<String, Map<String, String>> machine(String stateMachine) {
        Map<String, Map<String, String>> cases = testCases.get(stateMachine);
        if (cases == null) {
            throw new IllegalArgumentException(source + ": no state machine '" + stateMachine + "' under /StateMachines"
                    + " (it has " + testCases.keySet() + ")");
        }
        return cases;
    }

    static JsonNode object(JsonNode node, String pointer, String source) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(source + " " + (pointer.isEmpty() ? "/" : pointer)
                    + ": expected an object, but was " + (node == null ? "missing" : node.getNodeType()));
        }
        return node;
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The ranges a response defines, for messages: e.g. {@code [0, 1-2]}. */
    static List<String> keys(MockedResponse response) {
        List<String> keys = new ArrayList<>();
        response.entries().forEach(entry -> keys.add(entry.key()));
        return keys;
    }
}
