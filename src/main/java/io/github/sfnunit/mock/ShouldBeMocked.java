package io.github.sfnunit.mock;

import io.github.sfnunit.asl.Suggestions;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.Comparator;
import java.util.List;

/**
 * The message of {@link UnmockedTaskException}: the call nobody answered, the stubs whose condition refused it,
 * the stubs that exist (closest first, with sfn-unit's one "did you mean" hint), the mock files, and how to mock it.
 */
final class ShouldBeMocked {

    private ShouldBeMocked() {}

    static String shouldBeMocked(TaskInvocation invocation, List<TaskStub> stubs, List<MockConfigTestCase> files) {

        StringBuilder text = new StringBuilder();
        text.append("No mock answers Task state '")
                .append(invocation.stateName())
                .append("' (resource ")
                .append(invocation.resource());
        LambdaFunctionName function = StubKey.calledFunction(invocation);
        if (function != null) {
            text.append(", function '").append(function.name()).append('\'');
        }
        text.append(", invocation #").append(invocation.invocationIndex());
        if (!invocation.statePath().equals(invocation.stateName())) {
            text.append(", at ").append(invocation.statePath());
        }
        text.append(").\n");
        for (TaskStub stub : stubs) {
            if (stub.keyMatchesButConditionRefuses(invocation)) {
                text.append(stub.describe())
                        .append(" (registered at ")
                        .append(stub.registeredAt())
                        .append(") did not accept the input ")
                        .append(JsonCodec.write(invocation.input()))
                        .append(".\n");
            }
        }
        if (stubs.isEmpty()) {
            text.append("No stubs are registered.\n");
        } else {
            // each stub is compared with what its key looks at: state name, function name or resource ARN
            List<TaskStub> closest = stubs.stream()
                    .sorted(Comparator.comparingInt(stub -> Suggestions.distance(
                            stub.key().comparedText(invocation), stub.key().value())))
                    .toList();
            text.append("Stubs that exist, closest first:\n");
            for (TaskStub stub : closest) {
                text.append("  ")
                        .append(stub.describe())
                        .append("  registered at ")
                        .append(stub.registeredAt())
                        .append('\n');
            }
            TaskStub best = closest.get(0);
            if (best.key().kind() == StubKey.Kind.STATE) {
                Suggestions.didYouMean(
                                invocation.stateName(), List.of(best.key().value()))
                        .ifPresent(hint ->
                                text.append('D').append(hint, 1, hint.length()).append('\n'));
            }
        }
        for (MockConfigTestCase file : files) {
            text.append(file.describe())
                    .append(" maps only ")
                    .append(file.states())
                    .append(".\n");
        }
        text.append("To mock it: mocks.forState(\"")
                .append(invocation.stateName())
                .append("\").thenReturn(\"{...}\")");
        return text.toString();
    }
}
