package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.StateGraph;
import io.github.sfnunit.history.TaskResource;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a single-state test may ask of its state, checked before it runs: each refusal is an {@link
 * IllegalArgumentException} whose message starts with the request field it is about ({@code mock}, {@code
 * context}, {@code stateConfiguration.errorCausedByState}, ...).
 */
final class StateTestChecks {

    private static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";

    private StateTestChecks() {}

    static void check(State state, StateTestSpec spec) {
        boolean result = spec.mockResult() != null;
        boolean error = spec.mockError() != null;
        String subject = state.type().aslName() + " state '" + state.name() + "'";
        if (result && error) {
            throw refused("mock: give either result or errorOutput, not both");
        }
        if (spec.mocked() && !StateTester.hasAttempts(state)) {
            throw refused("mock: only a Task, Map or Parallel state can be mocked, but " + subject + " was tested");
        }
        if (spec.context() != null && !spec.mocked()) {
            throw refused("context: may only be given together with a mock");
        }
        if (!spec.mocked()) {
            requireMockWhereAwsDoes(state, subject);
        }
        if (result && spec.fieldValidation() != StateTestSpec.FieldValidation.NONE) {
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

    /** AWS runs Map, Parallel, activities, {@code .sync} and {@code .waitForTaskToken} tasks only with a mock. */
    private static void requireMockWhereAwsDoes(State state, String subject) {
        if (state instanceof State.Map || state instanceof State.Parallel) {
            throw refused("mock: " + subject + " can only be tested with a mock (mock.result or mock.errorOutput)");
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
     * What sfn-unit checks of a mocked result's shape: a Map's or Parallel's result is an array (STRICT: one
     * element per Parallel branch); a Lambda invoke's result is an object whose {@code StatusCode} is an integer
     * and whose {@code ExecutedVersion}, {@code FunctionError} and {@code LogResult} are strings.
     */
    private static void checkResultShape(
            State state, JsonNode result, StateTestSpec.FieldValidation mode, String subject) {
        if (state instanceof State.Map || state instanceof State.Parallel) {
            if (!result.isArray()) {
                throw refused(
                        "mock.result: the result of " + subject + " must be a JSON array, but was " + typeOf(result));
            }
            if (state instanceof State.Parallel parallel
                    && mode == StateTestSpec.FieldValidation.STRICT
                    && result.size() != parallel.branches().size()) {
                throw refused("mock.result: " + subject + " has "
                        + parallel.branches().size()
                        + " branches, so its result must have as many elements, but had " + result.size()
                        + " (fieldValidationMode NONE skips this check)");
            }
        }
        if (state instanceof State.Task task && task.resource().equals(LAMBDA_INVOKE)) {
            if (!result.isObject()) {
                throw refused("mock.result: the result of " + subject + " (lambda:invoke) must be a JSON object"
                        + " (Payload, StatusCode, ...), but was " + typeOf(result));
            }
            checkMember(result, "StatusCode", JsonNode::isIntegralNumber, "an integer", subject);
            for (String text : List.of("ExecutedVersion", "FunctionError", "LogResult")) {
                checkMember(result, text, JsonNode::isTextual, "a string", subject);
            }
        }
    }

    private static void checkMember(
            JsonNode result, String member, Predicate<JsonNode> valid, String expected, String subject) {
        JsonNode value = result.get(member);
        if (value != null && !valid.test(value)) {
            throw refused("mock.result: /" + member + " of the lambda:invoke result of " + subject + " must be "
                    + expected + ", but was " + value + " (fieldValidationMode NONE skips this check)");
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
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + value;
    }

    private static IllegalArgumentException refused(String message) {
        return new IllegalArgumentException(message);
    }
}
