package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.StateGraph;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.history.TaskResource;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a single-state test may ask of its state, checked before it runs: each refusal is an {@link
 * IllegalArgumentException} (a Map or Parallel without a mock: an {@link InvalidDefinitionException}, as AWS), in
 * AWS's words where they are known, naming the request field ({@code mock}, {@code context}, {@code
 * stateConfiguration.errorCausedByState}, ...).
 */
final class StateTestChecks {

    private static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";

    private StateTestChecks() {}

    static void check(State state, StateTestSpec spec) {
        boolean result = spec.mockResult() != null;
        boolean error = spec.mockError() != null;
        String subject = state.type().aslName() + " state '" + state.name() + "'";
        if (result && error) {
            throw refused("A test mock should have only one of the following fields: [result, errorOutput].");
        }
        if (spec.mocked() && !StateTester.hasAttempts(state)) {
            throw refused("State type '" + state.type().aslName() + "' is not supported when a mock is specified"
                    + " (mock: only a Task, Map or Parallel state can be mocked, but " + subject + " was tested)");
        }
        if (spec.context() != null && !spec.mocked()) {
            throw refused("context: may only be given together with a mock");
        }
        if (!spec.mocked()) {
            requireMockWhereAwsDoes(state, subject);
        }
        if (result) {
            checkResultShape(state, spec.mockResult(), spec.fieldValidation(), subject);
        }
        if (spec.errorCausedByState() != null) {
            checkErrorCausedByState(state, spec, subject);
        }
        if (spec.mapIterationFailureCount() != null) {
            checkIterationFailures(state, spec.mapIterationFailureCount(), subject);
        }
        boolean reads = state instanceof State.Map map && map.itemReader() != null;
        if (spec.mapItemReaderData() != null && !reads) {
            throw refused("stateConfiguration.mapItemReaderData: only applies to a Map state with an ItemReader, but "
                    + subject + " was tested");
        }
        if (reads && spec.mapItemReaderData() == null) {
            throw refused("stateConfiguration.mapItemReaderData: " + subject + " reads its items with an ItemReader:"
                    + " give the data it would read (the object's text, or the listing's JSON)");
        }
    }

    /**
     * AWS runs Map, Parallel, activities, {@code .sync} and {@code .waitForTaskToken} tasks only with a mock. A Map
     * or Parallel without one is, on AWS, an {@code InvalidDefinition} with this literal message.
     */
    private static void requireMockWhereAwsDoes(State state, String subject) {
        if (state instanceof State.Map || state instanceof State.Parallel) {
            throw new InvalidDefinitionException(
                    state.pointer(),
                    "TestState API does not support Map or Parallel states. Supported state types include: [Task,"
                            + " Wait, Pass, Succeed, Fail, Choice] (" + subject + " is tested only with a mock:"
                            + " mock.result or mock.errorOutput)");
        }
        if (state instanceof State.Task task) {
            TaskResource resource = TaskResource.parse(task.resource());
            if (resource.kind() == TaskResource.Kind.ACTIVITY || resource.isSync() || resource.isWaitForTaskToken()) {
                throw refused("mock: " + subject + " calls '" + task.resource() + "' (an activity, .sync or"
                        + " .waitForTaskToken task), which can only be tested with a mock");
            }
        }
    }

    /**
     * What sfn-unit checks of a mocked result's shape, in AWS's words. Whatever the mode: a Map's result is an
     * array (an object when it has a {@code ResultWriter}), a Parallel's an array of one element per branch. Unless
     * the mode is NONE: a Lambda invoke's result is an object whose {@code StatusCode} is a number and whose {@code
     * ExecutedVersion}, {@code FunctionError} and {@code LogResult} are strings.
     */
    private static void checkResultShape(
            State state, JsonNode result, StateTestSpec.FieldValidation mode, String subject) {
        if (state instanceof State.Map map) {
            boolean writes = map.resultWriter() != null;
            if (writes ? !result.isObject() : !result.isArray()) {
                throw refused("Mocked result must be " + (writes ? "a JSON object" : "an array") + ". (mock.result of "
                        + subject + " was " + typeOf(result) + ")");
            }
        }
        if (state instanceof State.Parallel parallel
                && (!result.isArray() || result.size() != parallel.branches().size())) {
            throw refused("Mocked result must be an array with one element per branch. (mock.result of " + subject
                    + ", which has " + parallel.branches().size() + " branches, was " + typeOf(result) + ")");
        }
        if (mode != StateTestSpec.FieldValidation.NONE
                && state instanceof State.Task task
                && task.resource().equals(LAMBDA_INVOKE)) {
            if (!result.isObject()) {
                throw refused("Mock result must be a valid JSON object. (mock.result of " + subject
                        + " (lambda:invoke: Payload, StatusCode, ...) was " + typeOf(result) + ")");
            }
            checkMember(result, "StatusCode", JsonNode::isIntegralNumber, "a number");
            for (String text : List.of("ExecutedVersion", "FunctionError", "LogResult")) {
                checkMember(result, text, JsonNode::isTextual, "a string");
            }
        }
    }

    private static void checkMember(JsonNode result, String member, Predicate<JsonNode> valid, String expected) {
        JsonNode value = result.get(member);
        if (value != null && !valid.test(value)) {
            throw refused("Mock result schema validation error: Field '" + member + "' must be " + expected
                    + " (mock.result /" + member + " was " + JsonCodec.write(value)
                    + "; fieldValidationMode NONE skips this check)");
        }
    }

    private static void checkErrorCausedByState(State state, StateTestSpec spec, String subject) {
        String name = spec.errorCausedByState();
        if (!(state instanceof State.Map || state instanceof State.Parallel) || spec.mockError() == null) {
            throw refused("stateConfiguration.errorCausedByState: only applies to a Map or Parallel state tested with"
                    + " mock.errorOutput, but " + subject + " was tested"
                    + (spec.mockError() == null ? " without mock.errorOutput" : ""));
        }
        List<StateGraph> inside = state instanceof State.Parallel parallel
                ? parallel.branches()
                : List.of(((State.Map) state).itemProcessor());
        if (inside.stream().noneMatch(graph -> contains(graph, name))) {
            throw refused("stateConfiguration.errorCausedByState: '" + name + "' is not a state inside " + subject);
        }
    }

    private static boolean contains(StateGraph graph, String name) {
        return graph.state(name) != null
                || StateTester.nestedGraphs(graph).stream().anyMatch(nested -> contains(nested, name));
    }

    private static void checkIterationFailures(State state, int failures, String subject) {
        if (!(state instanceof State.Map map)) {
            throw refused("stateConfiguration.mapIterationFailureCount: only applies to a Map state, but " + subject
                    + " was tested");
        }
        boolean tolerance = map.toleratedFailureCount() != null
                || map.toleratedFailureCountPath() != null
                || map.toleratedFailurePercentage() != null
                || map.toleratedFailurePercentagePath() != null;
        if (failures > 0 && !tolerance) {
            throw refused("stateConfiguration.mapIterationFailureCount: " + subject + " sets no ToleratedFailureCount"
                    + " or ToleratedFailurePercentage, so its first failed iteration fails it with that iteration's"
                    + " error: test that with mock.errorOutput");
        }
    }

    private static String typeOf(JsonNode value) {
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + JsonCodec.write(value);
    }

    private static IllegalArgumentException refused(String message) {
        return new IllegalArgumentException(message);
    }
}
