package io.github.sfnunit.junit;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionLoader;
import io.github.sfnunit.assertions.SfnAssertions;
import io.github.sfnunit.mock.TaskMocks;

/**
 * Loads the classes a first test needs on a second thread, while the test thread is still reading its definition.
 *
 * <p>In a fresh JVM the first test of a class spends most of its time loading and verifying classes: Jackson's
 * parser, the parser and compiler of definitions, the engine, the mocks, the assertions. Started once, when the
 * extension's class is initialized, this daemon thread parses, compiles and runs a small built-in machine (a Pass
 * with an intrinsic, a Choice, a mocked Lambda Task with Retry and Catch) and asserts on it, so that those classes
 * are loaded, often before the test thread asks for them; a class both threads want is loaded once. It records no
 * coverage and touches nothing the tests see. {@code -Dsfnunit.warmUp=false} turns it off. Figures in
 * docs/performance.md (first test of a class, with and without).
 */
final class WarmUp {

    static final String ENABLED_PROPERTY = "sfnunit.warmUp";

    private static final String DEFINITION = """
            {"StartAt": "Prepare", "States": {
              "Prepare": {"Type": "Pass", "Next": "Route",
                "Parameters": {"label.$": "States.Format('order {}', $.id)", "total.$": "$.total"}},
              "Route": {"Type": "Choice", "Default": "Charge",
                "Choices": [{"Variable": "$.total", "NumericGreaterThan": 100, "Next": "Charge"}]},
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"}, "ResultPath": "$.charge",
                "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "MaxAttempts": 2}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}]},
              "Failed": {"Type": "Fail", "Error": "ChargeFailed"}}}
            """;

    private WarmUp() {}

    /** Starts the warm-up unless {@code sfnunit.warmUp} is {@code false}. */
    static void start() {
        if ("false"
                .equalsIgnoreCase(System.getProperty(ENABLED_PROPERTY, "true").trim())) {
            return;
        }
        try {
            Thread thread = new Thread(WarmUp::run, "sfn-unit class warm-up");
            thread.setDaemon(true);
            thread.start();
        } catch (RuntimeException | OutOfMemoryError cannotStartAThread) {
            // a JVM that refuses a thread runs the tests without the head start
        }
    }

    private static void run() {
        try {
            exercise();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // Nothing to report: the test thread meets the same classes, and any problem with them, itself.
        }
    }

    /** Runs the built-in machine once and asserts on it, as a first test would; the result, for tests. */
    static Execution exercise() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge").thenReturn("{\"chargeId\": \"c-1\"}");
        StateMachine machine = StateMachine.from(
                DefinitionLoader.defaults().loadString(DEFINITION),
                ExecutionOptions.builder().taskHandler(mocks).build());
        Execution execution = machine.start("{\"id\": 1, \"total\": 120}");
        SfnAssertions.assertThat(execution).succeeded().hasOutputAt("$.charge.chargeId", "c-1");
        return execution;
    }
}
