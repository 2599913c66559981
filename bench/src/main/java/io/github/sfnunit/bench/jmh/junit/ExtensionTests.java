package io.github.sfnunit.bench.jmh.junit;

import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import org.junit.jupiter.api.RepeatedTest;

/** Workload (a) as a user writes it: the extension compiles the ten-state definition and injects the machine. */
@StateMachineTest(definitionFile = ChainScript.DEFINITION)
public class ExtensionTests {

    /** Tests per class run. */
    public static final int TESTS = 50;

    @RepeatedTest(TESTS)
    void the_order_goes_down_the_chain(StateMachine machine) {
        ChainScript.check(machine.start(ChainScript.INPUT));
    }
}
