package io.github.sfnunit.bench.jmh.junit;

import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import org.junit.jupiter.api.Test;

/** The first test of a class, as a user writes it: what {@code bench/cold-start.sh} times in a fresh JVM. */
@StateMachineTest(definitionFile = ChainScript.DEFINITION)
public class ColdStartTests {

    @Test
    void the_order_goes_down_the_chain(StateMachine machine) {
        ChainScript.check(machine.start(ChainScript.INPUT));
    }
}
