package io.github.sfnunit.bench.jmh.junit;

import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;

/** The same tests as {@link ExtensionTests} without the extension: the definition compiled once per class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class PlainTests {

    private StateMachine compiled;

    @BeforeAll
    void compile() {
        compiled = StateMachine.from(new DefinitionParser().parse(ChainScript.read(ChainScript.DEFINITION)));
    }

    @RepeatedTest(ExtensionTests.TESTS)
    void the_order_goes_down_the_chain() {
        ChainScript.check(compiled.start(ChainScript.INPUT));
    }
}
