package io.github.sfnunit.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionLoader;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.bench.jmh.junit.ColdStartTests;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What a CI run pays first, in a fresh JVM (run by {@code bench/cold-start.sh}, one JVM per measurement). Prints
 * one line of milliseconds:
 *
 * <ul>
 *   <li>{@code junit}: the JVM's start until {@code main}, then the JUnit Platform running {@link ColdStartTests}:
 *       the class's first test (the extension loads and compiles the definition, then the first execution) and the
 *       whole launcher run;
 *   <li>{@code library}: without JUnit: loading and compiling the definition, then the first execution.
 * </ul>
 */
public final class ColdStart {

    private static final Path DEFINITION = Path.of("bench/workloads/a-chain.asl.json");
    private static final Path INPUT = Path.of("bench/workloads/a-chain.input.json");

    private ColdStart() {}

    public static void main(String[] args) throws IOException {
        long mainAt = System.nanoTime();
        double jvmToMain = ManagementFactory.getRuntimeMXBean().getUptime();
        String mode = args.length == 1 ? args[0] : "";
        switch (mode) {
            case "junit" -> junit(mainAt, jvmToMain);
            case "library" -> library(mainAt, jvmToMain);
            default -> {
                System.err.println("usage: ColdStart junit|library");
                System.exit(2);
            }
        }
    }

    private static void junit(long mainAt, double jvmToMain) {
        FirstTestTimer timer = new FirstTestTimer();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request().selectors(selectClass(ColdStartTests.class)).build(), timer);
        if (!timer.passed) {
            throw new IllegalStateException("the cold-start test did not pass");
        }
        print(
                "junit",
                "jvmToMain",
                jvmToMain,
                "firstTest",
                millis(timer.testStarted, timer.testFinished),
                "classWithFirstTest",
                millis(timer.classStarted, timer.testFinished),
                "launcherRun",
                millis(mainAt, System.nanoTime()));
    }

    private static void library(long mainAt, double jvmToMain) throws IOException {
        StateMachineDefinition definition = DefinitionLoader.defaults().load(DEFINITION);
        StateMachine machine = StateMachine.from(definition);
        long compiled = System.nanoTime();
        Execution first = machine.start(Files.readString(INPUT));
        long ran = System.nanoTime();
        if (first.status() != ExecutionStatus.SUCCEEDED) {
            throw new IllegalStateException("the cold-start execution ended " + first.status());
        }
        print(
                "library",
                "jvmToMain",
                jvmToMain,
                "loadAndCompile",
                millis(mainAt, compiled),
                "firstExecution",
                millis(compiled, ran),
                "mainToFirstResult",
                millis(mainAt, ran));
    }

    private static double millis(long from, long to) {
        return (to - from) / 1e6;
    }

    private static void print(String mode, Object... namesAndValues) {
        StringBuilder line = new StringBuilder(mode);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            line.append(String.format(Locale.ROOT, " %s=%.1f", namesAndValues[i], (double) namesAndValues[i + 1]));
        }
        System.out.println(line);
    }

    /** Times the test class and its first test, from the launcher's events. */
    private static final class FirstTestTimer implements TestExecutionListener {
        long classStarted;
        long testStarted;
        long testFinished;
        boolean passed;

        @Override
        public void executionStarted(TestIdentifier identifier) {
            if (identifier.isContainer()
                    && classStarted == 0
                    && identifier.getSource().isPresent()) {
                classStarted = System.nanoTime();
            } else if (identifier.isTest() && testStarted == 0) {
                testStarted = System.nanoTime();
            }
        }

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (identifier.isTest() && testFinished == 0) {
                testFinished = System.nanoTime();
                passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            }
        }
    }
}
