package io.github.sfnunit.mock;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The texts of {@link TaskMocks}' messages: unmocked tasks, wrong call counts, summaries. */
final class MockReport {

    private MockReport() {}

    static String unmocked(TaskInvocation invocation, List<TaskStub> stubs, List<MockConfigTestCase> files) {
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
                        .append(invocation.input())
                        .append(".\n");
            }
        }
        if (stubs.isEmpty()) {
            text.append("No stubs are registered.\n");
        } else {
            // each stub is compared with what its key looks at: state name, function name or resource ARN
            List<TaskStub> closest = stubs.stream()
                    .sorted(Comparator.comparingInt(stub -> ClosestNames.distance(
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
            if (best.key().kind() == StubKey.Kind.STATE
                    && ClosestNames.distance(invocation.stateName(), best.key().value()) <= 6) {
                text.append("Did you mean '").append(best.key().value()).append("'?\n");
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

    static String wrongCallCount(String stateName, int expected, List<TaskInvocation> actual, List<MockCall> allCalls) {
        StringBuilder text = new StringBuilder();
        text.append("Expecting Task state '")
                .append(stateName)
                .append("' to be called ")
                .append(times(expected))
                .append(" but it was called ")
                .append(times(actual.size()));
        if (!actual.isEmpty()) {
            text.append(":\n");
            for (TaskInvocation invocation : actual) {
                text.append("  #")
                        .append(invocation.invocationIndex())
                        .append(" at ")
                        .append(invocation.time())
                        .append(" (retry ")
                        .append(invocation.retryCount())
                        .append(") with ")
                        .append(invocation.input())
                        .append('\n');
            }
        } else {
            text.append(".\n");
        }
        text.append(summary(allCalls, List.of()));
        return text.toString();
    }

    static String summary(List<MockCall> calls, List<UnusedStub> unused) {
        StringBuilder text = new StringBuilder("Task mocks:\n");
        if (calls.isEmpty()) {
            text.append("  no task calls\n");
        }
        Map<String, Map<String, Integer>> byState = new LinkedHashMap<>();
        for (MockCall call : calls) {
            byState.computeIfAbsent(call.invocation().stateName(), state -> new LinkedHashMap<>())
                    .merge(call.answeredBy(), 1, Integer::sum);
        }
        byState.forEach((state, answeredBy) -> {
            int total = answeredBy.values().stream().mapToInt(Integer::intValue).sum();
            text.append("  ").append(state).append(": ").append(times(total)).append(", answered by ");
            List<String> parts = answeredBy.entrySet().stream()
                    .map(entry -> entry.getKey() + " x" + entry.getValue())
                    .toList();
            text.append(String.join(", ", parts)).append('\n');
        });
        if (!unused.isEmpty()) {
            text.append("Stubs never used:\n");
            unused.forEach(stub -> text.append("  ").append(stub).append('\n'));
        }
        return text.toString();
    }

    private static String times(int count) {
        return count == 1 ? "1 time" : count + " times";
    }
}
