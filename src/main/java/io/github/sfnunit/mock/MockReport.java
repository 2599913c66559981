package io.github.sfnunit.mock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The summary of {@link TaskMocks}: the calls per state and who answered them, and the stubs never used. */
final class MockReport {

    private MockReport() {}

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
        return ShouldHaveBeenCalled.times(count);
    }
}
