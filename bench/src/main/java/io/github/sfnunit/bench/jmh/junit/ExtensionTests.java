package io.github.sfnunit.bench.jmh.junit;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import org.junit.jupiter.api.RepeatedTest;

/** Workload (c) as a user writes it: the extension compiles the definition and injects machine and mocks. */
@StateMachineTest(definitionFile = "bench/workloads/c-retry-catch.asl.json")
public class ExtensionTests {

    /** Tests per class run. */
    public static final int TESTS = 50;

    @RepeatedTest(TESTS)
    void charge_is_retried_then_shipping_is_backordered(StateMachine machine, TaskMocks mocks) {
        RetryCatchScript.stub(mocks);
        Execution run = machine.start(RetryCatchScript.INPUT);
        if (run.status() != ExecutionStatus.SUCCEEDED) {
            throw new AssertionError("expected SUCCEEDED but was " + run.status() + ": " + run.cause());
        }
    }
}
