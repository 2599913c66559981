package io.github.sfnunit.mock;

import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.List;

/**
 * The message of {@link TaskMocks#verify}, in the layout of the assertions' {@code invoked(..)} (AssertJ's):
 * what was expected, what was found, then each call of the state and the mocks' summary.
 */
final class ShouldHaveBeenCalled {

    private static final String NL = System.lineSeparator();

    private ShouldHaveBeenCalled() {}

    static String shouldHaveBeenCalled(String stateName, int expected, List<TaskInvocation> calls, List<MockCall> all) {
        StringBuilder text = new StringBuilder()
                .append(NL)
                .append("Expecting task state \"")
                .append(stateName)
                .append("\" to have been called:")
                .append(NL)
                .append("  ")
                .append(times(expected))
                .append(NL)
                .append("but was called:")
                .append(NL)
                .append("  ")
                .append(times(calls.size()));
        for (TaskInvocation call : calls) {
            text.append(NL)
                    .append("  #")
                    .append(call.invocationIndex())
                    .append(" at ")
                    .append(call.time())
                    .append(" (retry ")
                    .append(call.retryCount())
                    .append(") with ")
                    .append(JsonCodec.write(call.input()));
        }
        return text.append(NL)
                .append(NL)
                .append(MockReport.summary(all, List.of()))
                .toString();
    }

    static String times(int count) {
        return count == 1 ? "1 time" : count + " times";
    }
}
