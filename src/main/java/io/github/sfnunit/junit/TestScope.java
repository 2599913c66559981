package io.github.sfnunit.junit;

import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.VirtualClock;
import io.github.sfnunit.mock.TaskMocks;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * What belongs to one test: its mocks, the options its executions run with, and its shared clock (every
 * execution of the test begins on it, at the instant the test's earlier executions and clock moves reached). Kept in the test method's {@link
 * ExtensionContext.Store}, so {@code @BeforeEach} methods and the test share it and no other test sees it.
 */
record TestScope(
        TaskMocks mocks,
        MachineSettings settings,
        ExecutionOptions executionOptions,
        VirtualClock clock,
        EndedExecutions ended) {

    // Store.computeIfAbsent, which replaces it, arrived in JUnit 5.13; sfn-unit supports JUnit 5.9 and later.
    @SuppressWarnings("deprecation")
    static TestScope of(ExtensionContext context, MachineSettings settings, Namespace namespace) {
        return context.getStore(namespace)
                .getOrComputeIfAbsent(TestScope.class, key -> create(settings), TestScope.class);
    }

    private static TestScope create(MachineSettings settings) {
        TaskMocks mocks = settings.newMocks();
        ExecutionOptions options = settings.executionOptions(mocks);
        return new TestScope(
                mocks, settings, options, VirtualClock.startingAt(options.startTime()), new EndedExecutions());
    }

    /** Takes the test's scope out of the store; empty when the test injected nothing. */
    static Optional<TestScope> remove(ExtensionContext context, Namespace namespace) {
        return Optional.ofNullable(context.getStore(namespace).remove(TestScope.class, TestScope.class));
    }
}
