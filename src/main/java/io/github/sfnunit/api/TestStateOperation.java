package io.github.sfnunit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.StateTest;
import io.github.sfnunit.StateTestResult;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import io.github.sfnunit.mock.TaskHandler;
import io.github.sfnunit.mock.TaskOutcome;
import java.util.Map;
import java.util.Set;

/**
 * TestState, as AWS's 2025 API: one state (a single state's definition, or a whole machine's with {@code
 * stateName}) run once through {@link StateMachine#testState}, with the endpoint's mocks answering a Task that has
 * no {@code mock}. The request is read here; {@link TestStateDefinition} turns the definition into a machine.
 */
final class TestStateOperation {

    /** AWS's limit on {@code input}, {@code variables}, {@code context} and the mock's {@code result}. */
    private static final int MAX_DATA = ExecutionOperations.MAX_PAYLOAD;

    private final ApiState state;

    TestStateOperation(ApiState state) {
        this.state = state;
    }

    void register(Map<String, Operation> operations) {
        operations.put(
                "TestState",
                Operation.of(
                        this::testState,
                        "definition",
                        "roleArn",
                        "input",
                        "inspectionLevel",
                        "revealSecrets",
                        "variables",
                        "stateName",
                        "mock",
                        "context",
                        "stateConfiguration"));
    }

    private ObjectNode testState(Request request) {
        String definitionText = StateMachineOperations.definitionText(request, true);
        String givenRole = request.has("roleArn") ? StateMachineOperations.roleArn(request.string("roleArn")) : null;
        String roleArn =
                givenRole != null ? givenRole : "arn:aws:iam::" + state.arns.accountId() + ":role/sfn-unit-test-state";
        String stateName = request.string("stateName", 80);
        String level = enumValue("inspectionLevel", request.string("inspectionLevel"), "INFO", "DEBUG", "TRACE");
        // Nothing to hide or reveal: sfn-unit makes no HTTP call with a connection's secrets.
        boolean revealSecrets = request.bool("revealSecrets");
        StateTest.Builder test = StateTest.builder();
        String inputText = request.string("input", MAX_DATA);
        if (inputText != null) {
            JsonNode input = ExecutionOperations.parseInput(inputText);
            if (input == null || input.isMissingNode()) {
                throw new ApiException("InvalidExecutionInput", "Invalid State Machine Execution Input: 'empty input'");
            }
            test.input(input);
        }
        JsonNode variables = json("variables", request.string("variables", MAX_DATA));
        if (variables != null) {
            if (!variables.isObject()) {
                throw ApiException.validation("variables: must be a JSON object of variable names and values, but was "
                        + variables.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            }
            variables.properties().forEach(e -> test.variable(e.getKey(), e.getValue()));
        }
        JsonNode context = json("context", request.string("context", MAX_DATA));
        if (context != null) {
            if (!context.isObject()) {
                throw ApiException.validation("context: must be a JSON object (the Context object), but was "
                        + context.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            }
            test.context(context);
        }
        boolean mocked = mock(request.node("mock"), test);
        if (mocked && revealSecrets) {
            throw ApiException.validation("TestState does not support RevealSecrets when a mock is specified.");
        }
        stateConfiguration(request.node("stateConfiguration"), test);

        TestStateDefinition definition = TestStateDefinition.read(definitionText, stateName);
        if (!mocked && givenRole == null && definition.testsATask()) {
            throw ApiException.validation("RoleArn must be specified when testing a Task state (without a mock; with"
                    + " a mock, roleArn is optional)");
        }
        StateMachine machine = compile(definition.definition(), roleArn);
        StateTestResult result;
        state.lock.lock();
        try {
            result = machine.withClock(state.clock())
                    .withTaskHandler(tasks())
                    .testState(definition.stateName(), test.build());
        } catch (IllegalArgumentException e) {
            throw ApiException.validation(e.getMessage());
        } catch (InvalidDefinitionException e) {
            // A Map or Parallel without a mock: AWS's own message, without "Invalid State Machine Definition".
            throw new ApiException("InvalidDefinition", e.errors().get(0).message());
        } catch (UnsupportedFeatureException e) {
            throw new ApiException("SfnUnit.UnsupportedFeature", "sfn-unit cannot test this yet: " + e.getMessage());
        } finally {
            state.lock.unlock();
        }
        return TestStateAnswer.render(result, level);
    }

    /**
     * What answers a Task tested without a mock: the endpoint's tasks, as for executions (its mocks, then the Lambda
     * endpoint); standalone without mocks, the unmocked error says to give a mock.
     */
    private TaskHandler tasks() {
        TaskHandler tasks = state.tasks(state.mocks());
        if (state.mocks() != null) {
            return tasks;
        }
        return invocation -> {
            TaskOutcome outcome = tasks.invoke(invocation);
            return outcome instanceof TaskOutcome.Failed failed && EndpointTasks.UNMOCKED_ERROR.equals(failed.error())
                    ? EndpointTasks.unmocked(
                            invocation,
                            "TestState was given no mock and the endpoint has no mocks: give mock.result or"
                                    + " mock.errorOutput (or serve --lambda-endpoint URL for Lambda tasks)")
                    : outcome;
        };
    }

    private StateMachine compile(StateMachineDefinition definition, String roleArn) {
        try {
            return StateMachine.from(
                    definition,
                    ExecutionOptions.builder()
                            .stateMachineName("TestState")
                            .stateMachineType(StateMachineType.STANDARD)
                            .region(state.arns.region())
                            .accountId(state.arns.accountId())
                            .roleArn(roleArn)
                            .seed(state.settings.seed())
                            .build());
        } catch (UnsupportedFeatureException e) {
            throw new ApiException(
                    "SfnUnit.UnsupportedFeature", "sfn-unit cannot run this definition yet: " + e.getMessage());
        } catch (InvalidDefinitionException e) {
            throw new ApiException("InvalidDefinition", StateMachineOperations.invalidDefinitionMessage(e.errors()));
        }
    }

    /** Reads {@code mock} into {@code test}; false when there is none. */
    private static boolean mock(JsonNode mock, StateTest.Builder test) {
        if (mock == null || mock.isNull()) {
            return false;
        }
        ObjectNode fields = object("mock", mock, Set.of("result", "errorOutput", "fieldValidationMode"));
        String result = text("mock.result", fields.get("result"));
        JsonNode errorOutput = fields.get("errorOutput");
        if (result != null && errorOutput != null && !errorOutput.isNull()) {
            throw ApiException.validation(
                    "A test mock should have only one of the following fields: [result, errorOutput].");
        }
        if (result != null) {
            try {
                test.mockResult(Wire.JSON.readTree(result));
            } catch (JsonProcessingException e) {
                throw ApiException.validation(
                        "Mocked result must be valid JSON (mock.result: " + e.getOriginalMessage() + ")");
            }
        }
        if (errorOutput != null && !errorOutput.isNull()) {
            ObjectNode error = object("mock.errorOutput", errorOutput, Set.of("error", "cause"));
            String name = text("mock.errorOutput.error", error.get("error"));
            if (name == null) {
                throw ApiException.constraint("mock.errorOutput.error", null, "Member must not be null");
            }
            test.mockError(name, text("mock.errorOutput.cause", error.get("cause")));
        }
        String mode = enumValue(
                "mock.fieldValidationMode",
                text("mock.fieldValidationMode", fields.get("fieldValidationMode")),
                "STRICT",
                "PRESENT",
                "NONE");
        test.fieldValidationMode(StateTest.FieldValidationMode.valueOf(mode));
        return true;
    }

    private static void stateConfiguration(JsonNode configuration, StateTest.Builder test) {
        if (configuration == null || configuration.isNull()) {
            return;
        }
        ObjectNode fields = object(
                "stateConfiguration",
                configuration,
                Set.of("retrierRetryCount", "errorCausedByState", "mapIterationFailureCount", "mapItemReaderData"));
        Integer retries = count("stateConfiguration.retrierRetryCount", fields.get("retrierRetryCount"));
        if (retries != null) {
            test.retrierRetryCount(retries);
        }
        Integer failures = count("stateConfiguration.mapIterationFailureCount", fields.get("mapIterationFailureCount"));
        if (failures != null) {
            test.mapIterationFailureCount(failures);
        }
        test.errorCausedByState(text("stateConfiguration.errorCausedByState", fields.get("errorCausedByState")));
        test.mapItemReaderData(text("stateConfiguration.mapItemReaderData", fields.get("mapItemReaderData")));
    }

    private static ObjectNode object(String field, JsonNode value, Set<String> members) {
        if (!(value instanceof ObjectNode object)) {
            throw ApiException.validation("1 validation error detected: '" + field + "' must be an object");
        }
        object.fieldNames().forEachRemaining(name -> {
            if (!members.contains(name)) {
                throw ApiException.validation("1 validation error detected: '" + field + "." + name
                        + "' is not a member of " + field + "; its members are " + members);
            }
        });
        return object;
    }

    private static String text(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.validation("1 validation error detected: '" + field + "' must be a string");
        }
        return value.textValue();
    }

    private static Integer count(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw ApiException.constraint(field, value, "Member must have value greater than or equal to 0");
        }
        return value.intValue();
    }

    private static String enumValue(String field, String value, String... allowed) {
        if (value == null) {
            return allowed[0];
        }
        for (String each : allowed) {
            if (each.equals(value)) {
                return value;
            }
        }
        throw ApiException.constraint(
                field, value, "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
    }

    /** A member holding JSON text; {@code null} when absent. */
    private static JsonNode json(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = Wire.JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw ApiException.validation(field + ": is empty, but must be JSON text");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.validation(field + ": is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
