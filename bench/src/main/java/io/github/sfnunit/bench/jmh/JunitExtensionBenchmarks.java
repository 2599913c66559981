package io.github.sfnunit.bench.jmh;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import io.github.sfnunit.bench.jmh.junit.ExtensionTests;
import io.github.sfnunit.bench.jmh.junit.PlainTests;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JUnit extension's per-test overhead: the JUnit Platform runs a class of {@value ExtensionTests#TESTS} tests
 * of workload (a), the ten-state chain, through {@code @StateMachineTest} (definition compiled by the extension,
 * machine injected, mocks and clock made per test), and the same tests written by hand. Both report the time per
 * test; their difference is what the extension adds to a test. Run from the repository root (the classes read bench/workloads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JunitExtensionBenchmarks {

    private Launcher launcher;

    @Setup
    public void launcher() {
        launcher = LauncherFactory.create();
    }

    @Benchmark
    @OperationsPerInvocation(ExtensionTests.TESTS)
    public TestExecutionSummary perTestWithExtension() {
        return run(ExtensionTests.class);
    }

    @Benchmark
    @OperationsPerInvocation(ExtensionTests.TESTS)
    public TestExecutionSummary perTestByHand() {
        return run(PlainTests.class);
    }

    private TestExecutionSummary run(Class<?> testClass) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request().selectors(selectClass(testClass)).build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        if (summary.getTestsSucceededCount() != ExtensionTests.TESTS) {
            throw new IllegalStateException(testClass.getSimpleName() + ": " + summary.getTestsSucceededCount()
                    + " of " + ExtensionTests.TESTS + " tests passed, failures: "
                    + summary.getFailures().stream()
                            .map(failure -> failure.getException().toString())
                            .toList());
        }
        return summary;
    }
}
