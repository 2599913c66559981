package io.github.sfnunit.junit;

import io.github.sfnunit.VirtualClock;
import io.github.sfnunit.api.StepFunctionsEndpoint;
import io.github.sfnunit.mock.TaskMocks;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The {@link StepFunctionsEndpoint} of a test class: started once, on a free loopback port, when a test first asks
 * for it, and stopped with the class. Each test gets it reset onto its own clock and mocks, so no machine,
 * execution or token crosses from one test to the next. Tests of one class that run in parallel share the
 * endpoint and must not inject it.
 */
// CloseableResource (JUnit 5.9 to 5.12 close only those) and getOrComputeIfAbsent (computeIfAbsent arrived in 5.13)
// are deprecated in JUnit 6; sfn-unit supports JUnit 5.9 and later.
@SuppressWarnings("deprecation")
final class ServedEndpoint implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private record ForTest() {}

    private final StepFunctionsEndpoint endpoint;
    private boolean closed;

    private ServedEndpoint(StepFunctionsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    static StepFunctionsEndpoint forTest(
            ExtensionContext context, Namespace namespace, VirtualClock clock, TaskMocks mocks) {
        ServedEndpoint served = CompiledMachines.classContext(context)
                .getStore(namespace)
                .getOrComputeIfAbsent(
                        ServedEndpoint.class,
                        key -> new ServedEndpoint(
                                StepFunctionsEndpoint.builder().start()),
                        ServedEndpoint.class);
        // Reset once per test: @BeforeEach methods and the test method see the same endpoint state.
        // (The store keeps a marker, not the endpoint: JUnit closes AutoCloseable values when the test ends.)
        context.getStore(namespace).getOrComputeIfAbsent(ForTest.class, key -> {
            served.endpoint.reset(clock, mocks);
            return new ForTest();
        });
        return served.endpoint;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            endpoint.close();
        }
    }
}
