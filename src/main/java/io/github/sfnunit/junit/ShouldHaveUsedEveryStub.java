package io.github.sfnunit.junit;

import io.github.sfnunit.mock.UnusedStub;
import java.util.List;

/** The message of strict mocks, when a test that otherwise passed left stubs that answered no call. */
final class ShouldHaveUsedEveryStub {

    private ShouldHaveUsedEveryStub() {}

    static String shouldHaveUsedEveryStub(List<UnusedStub> unused) {
        StringBuilder message = new StringBuilder("Strict mocks: ")
                .append(unused.size() == 1 ? "1 stub answered no call" : unused.size() + " stubs answered no call")
                .append(". Remove ")
                .append(unused.size() == 1 ? "it" : "them")
                .append(", or turn strict mocks off (@StateMachineTest(strictMocks = false)):");
        for (UnusedStub stub : unused) {
            message.append(System.lineSeparator()).append("  ").append(stub);
        }
        return message.toString();
    }
}
