package io.github.sfnunit.junit;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static io.github.sfnunit.junit.EngineRuns.published;
import static io.github.sfnunit.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.StateMachine;
import io.github.sfnunit.mock.TaskMocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class StrictMocksTest {

    @Test
    void fails_a_passing_test_that_left_a_stub_unused_naming_the_line_that_registered_it() {
        // WHEN
        EngineExecutionResults results = run(UnusedStubFixture.class);

        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        String line = published(results, "line").get(0);
        assertThat(results.testEvents().failed().stream().map(EngineRuns::failureMessage))
                .containsExactly("Strict mocks: 1 stub answered no call. Remove it, or turn strict mocks off"
                        + " (@StateMachineTest(strictMocks = false)):" + System.lineSeparator()
                        + "  forState(\"Refund\") registered at StrictMocksTest.java:" + line);
    }

    @StateMachineTest(definition = "junit/charge.asl.json")
    static class UnusedStubFixture {
        @Test
        void charges(StateMachine machine, TaskMocks mocks, TestReporter reporter) {
            mocks.forState("Charge").thenReturn("{}");
            reporter.publishEntry("line", Integer.toString(new Throwable().getStackTrace()[0].getLineNumber() + 1));
            mocks.forState("Refund").thenReturn("{}");

            assertThat(machine.start("{}")).succeeded();
        }
    }

    @Test
    void keeps_the_original_failure_of_a_test_that_failed_anyway_and_lists_unused_stubs_in_it() {
        // WHEN
        EngineExecutionResults results = run(FailingTestFixture.class);

        // THEN
        String nl = System.lineSeparator();
        assertThat(results.testEvents().failed().stream().map(EngineRuns::failureMessage))
                .singleElement()
                .asString()
                .startsWith(nl + "Expecting execution to have status:")
                .endsWith(nl + nl + "Stubs that answered no call:" + nl + "  forState(\"Refund\") registered at"
                        + " StrictMocksTest.java:" + published(results, "line").get(0));
    }

    @StateMachineTest(definition = "junit/charge.asl.json")
    static class FailingTestFixture {
        @Test
        void fails(StateMachine machine, TaskMocks mocks, TestReporter reporter) {
            mocks.forState("Charge").thenReturn("{}");
            reporter.publishEntry("line", Integer.toString(new Throwable().getStackTrace()[0].getLineNumber() + 1));
            mocks.forState("Refund").thenReturn("{}");

            assertThat(machine.start("{}")).failed();
        }
    }

    @Test
    void can_be_turned_off() {
        // WHEN
        EngineExecutionResults results = run(LenientFixture.class);

        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @StateMachineTest(definition = "junit/charge.asl.json", strictMocks = false)
    static class LenientFixture {
        @Test
        void charges(StateMachine machine, TaskMocks mocks) {
            mocks.forState("Charge").thenReturn("{}");
            mocks.forState("Refund").thenReturn("{}");

            assertThat(machine.start("{}")).succeeded();
        }
    }
}
