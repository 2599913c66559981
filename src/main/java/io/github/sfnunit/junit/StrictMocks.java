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
        throw new AssertionError(ShouldHaveUsedEveryStub.shouldHaveUsedEveryStub(unused));
    }
}
