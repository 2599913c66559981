package io.github.sfnunit.bench.jmh.junit;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.mock.TaskMocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;

/** The same tests as {@link ExtensionTests} without the extension: compiled once per class, mocks per test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class PlainTests {

    private StateMachine compiled;

    @BeforeAll
    void compile() throws IOException {
        compiled = StateMachine.from(
                new DefinitionParser().parse(Files.readString(Path.of("bench/workloads/c-retry-catch.asl.json"))));
    }

    @RepeatedTest(ExtensionTests.TESTS)
    void charge_is_retried_then_shipping_is_backordered() {
        TaskMocks mocks = new TaskMocks();
        RetryCatchScript.stub(mocks);
        Execution run = compiled.withTaskHandler(mocks).start(RetryCatchScript.INPUT);
        if (run.status() != ExecutionStatus.SUCCEEDED) {
            throw new AssertionError("expected SUCCEEDED but was " + run.status() + ": " + run.cause());
        }
    }
}
