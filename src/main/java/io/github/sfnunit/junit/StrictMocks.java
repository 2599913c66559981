package io.github.sfnunit.junit;

import io.github.sfnunit.mock.TaskMocks;
import io.github.sfnunit.mock.UnusedStub;
import java.util.List;

/** Strict mocks, as Mockito's strict stubs: a test that otherwise passed fails when a stub answered no call. */
final class StrictMocks {

    private StrictMocks() {}

    static void verifyAllStubsUsed(TaskMocks mocks) {
        List<UnusedStub> unused = mocks.unusedStubs();
        if (unused.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("Strict mocks: ")
                .append(unused.size() == 1 ? "1 stub answered no call" : unused.size() + " stubs answered no call")
                .append(". Remove ")
                .append(unused.size() == 1 ? "it" : "them")
                .append(", or turn strict mocks off (@StateMachineTest(strictMocks = false)):");
        for (UnusedStub stub : unused) {
            message.append(System.lineSeparator()).append("  ").append(stub);
        }
        throw new AssertionError(message.toString());
    }
}
