package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/** Turns a stub's {@link Answer} into the {@link TaskOutcome} the engine gets, shaping Lambda results as AWS. */
final class StubAnswers {

    private StubAnswers() {}

    static TaskOutcome outcome(
            Answer answer, StubKey.Kind kind, TaskInvocation invocation, Function<Object, JsonNode> toJson) {
        if (answer instanceof Answer.Return r) {
            return succeeded(shape(kind, invocation, r.value()), answer);
        }
        if (answer instanceof Answer.ReturnDefault) {
            JsonNode result = kind == StubKey.Kind.LAMBDA
                    ? LambdaResponses.taskResult(invocation, null)
                    : ServiceResponses.defaultFor(invocation);
            return succeeded(result, answer);
        }
        if (answer instanceof Answer.Fail f) {
            return new TaskOutcome.Failed(
                    f.error(), f.cause(), answer.duration(), answer.heartbeats().before(answer.duration()));
        }
        if (answer instanceof Answer.FailFunction f) {
            return new TaskOutcome.Failed(
                    f.error().errorType(),
                    f.error().causeJson(invocation),
                    answer.duration(),
                    answer.heartbeats().before(answer.duration()));
        }
        if (answer instanceof Answer.AwaitCallback) {
            return new TaskOutcome.Pending(
                    answer.heartbeats().offsets(), answer.heartbeats().every());
        }
        return computed((Answer.Compute) answer, kind, invocation, toJson);
    }

    private static TaskOutcome computed(
            Answer.Compute compute, StubKey.Kind kind, TaskInvocation invocation, Function<Object, JsonNode> toJson) {
        Object result = compute.function().apply(invocation);
        if (result instanceof TaskOutcome outcome) {
            return outcome;
        }
        return succeeded(shape(kind, invocation, toJson.apply(result)), compute);
    }

    private static JsonNode shape(StubKey.Kind kind, TaskInvocation invocation, JsonNode value) {
        return kind == StubKey.Kind.LAMBDA ? LambdaResponses.taskResult(invocation, value) : value;
    }

    private static TaskOutcome succeeded(JsonNode result, Answer answer) {
        return new TaskOutcome.Succeeded(
                result, answer.duration(), answer.heartbeats().before(answer.duration()));
    }
}
