package io.github.sfnunit.junit;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static io.github.sfnunit.junit.EngineRuns.published;
import static io.github.sfnunit.junit.EngineRuns.runInParallel;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.VirtualClock;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ParallelExecutionTest {

    private static final int REPETITIONS = 200;

    @Test
    void many_tests_share_one_compiled_definition_in_parallel_with_their_own_mocks() {
        // WHEN 200 repetitions and 5 parameterized cases run concurrently on 4 threads
        EngineExecutionResults results = runInParallel(ParallelFixture.class);

        // THEN each saw its own answers and clock, and the definition was compiled once
        results.testEvents()
                .assertStatistics(stats -> stats.started(REPETITIONS + 5).succeeded(REPETITIONS + 5));
        assertThat(published(results, "definition"))
                .hasSize(REPETITIONS + 5)
                .containsOnly(published(results, "definition").get(0));
        assertThat(published(results, "thread"))
                .as("ran on several threads")
                .hasSizeGreaterThan(0)
                .doesNotContainNull();
        assertThat(published(results, "thread").stream().distinct().count()).isGreaterThan(1);
    }

    @StateMachineTest(definition = "junit/charge.asl.json")
    static class ParallelFixture {
        @RepeatedTest(REPETITIONS)
        void charges(
                StateMachine machine,
                TaskMocks mocks,
                VirtualClock clock,
                RepetitionInfo repetition,
                TestReporter reporter) {
            String chargeId = "ch-" + repetition.getCurrentRepetition();
            mocks.forState("Charge").thenAnswer(call -> "{\"chargeId\":\"" + chargeId + "\"}");
            Duration offset = Duration.ofMinutes(repetition.getCurrentRepetition());
            clock.advanceBy(offset);

            Execution run = machine.start("{}");

            assertThat(run).succeeded().hasOutputAt("$.chargeId", chargeId);
            assertThat(run.startTime()).isEqualTo(VirtualClock.DEFAULT_START.plus(offset));
            reporter.publishEntry("definition", Integer.toString(System.identityHashCode(machine.definition())));
            reporter.publishEntry("thread", Thread.currentThread().getName());
        }

        @ParameterizedTest
        @ValueSource(strings = {"a", "b", "c", "d", "e"})
        void charges_each_order(String orderId, StateMachine machine, TaskMocks mocks, TestReporter reporter) {
            mocks.forState("Charge").thenAnswer(call -> call.input());

            assertThat(machine.start("{\"orderId\":\"" + orderId + "\"}")).hasOutputAt("$.orderId", orderId);
            reporter.publishEntry("definition", Integer.toString(System.identityHashCode(machine.definition())));
        }
    }
}
