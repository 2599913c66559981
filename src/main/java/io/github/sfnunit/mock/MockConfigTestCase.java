package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.history.TaskResource;
import java.util.Map;
import java.util.Set;

/**
 * One test case of a {@link MockConfigFile}: answers the states it maps, as Step Functions Local does. The
 * response is chosen by {@link TaskInvocation#invocationIndex()} (retries and Map iterations count). A {@code
 * Return} is the service's raw response; for a Task calling a bare Lambda function ARN, the state's result is the
 * response's {@code Payload}. An invocation index the response does not define fails with {@link
 * UnmockedTaskException}.
 *
 * @since 0.1.0
 */
public final class MockConfigTestCase implements TaskHandler {

    private final String source;
    private final String stateMachine;
    private final String testCase;
    private final Map<String, MockedResponse> byState;

    MockConfigTestCase(String source, String stateMachine, String testCase, Map<String, MockedResponse> byState) {
        this.source = source;
        this.stateMachine = stateMachine;
        this.testCase = testCase;
        this.byState = Map.copyOf(byState);
    }

    /** {@code true} when the test case maps the invocation's state. */
    public boolean handles(TaskInvocation invocation) {
        return byState.containsKey(invocation.stateName());
    }

    /** The states the test case maps. */
    public Set<String> states() {
        return byState.keySet();
    }

    @Override
    public TaskOutcome invoke(TaskInvocation invocation) {
        MockedResponse response = byState.get(invocation.stateName());
        if (response == null) {
            throw new UnmockedTaskException(describe() + " maps no response to Task state '" + invocation.stateName()
                    + "' (it maps " + byState.keySet() + ")");
        }
        MockedResponse.Entry entry = response.entryFor(invocation.invocationIndex());
        if (entry == null) {
            throw new UnmockedTaskException(describe() + ": mocked response '" + response.name() + "' of Task state '"
                    + invocation.stateName() + "' has no entry for invocation #" + invocation.invocationIndex()
                    + " (0-based, retries and Map iterations count); it defines " + MockConfigFile.keys(response));
        }
        if (entry.isThrow()) {
            return new TaskOutcome.Failed(entry.error(), entry.cause());
        }
        return new TaskOutcome.Succeeded(result(invocation, entry.returned()));
    }

    /** How messages name this handler, e.g. {@code MockConfigFile.json test case 'HappyPath' of 'OrderFlow'}. */
    public String describe() {
        return source + " test case '" + testCase + "' of '" + stateMachine + "'";
    }

    private static JsonNode result(TaskInvocation invocation, JsonNode returned) {
        if (isBareLambda(invocation) && returned.isObject() && returned.has("Payload")) {
            return returned.get("Payload");
        }
        return returned;
    }

    private static boolean isBareLambda(TaskInvocation invocation) {
        try {
            return TaskResource.parse(invocation.resource()).kind() == TaskResource.Kind.LAMBDA_FUNCTION;
        } catch (IllegalArgumentException notAnArn) {
            return false;
        }
    }
}
