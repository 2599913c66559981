package io.github.sfnunit.junit;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static io.github.sfnunit.junit.EngineRuns.published;
import static io.github.sfnunit.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.RunningExecution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ClockInjectionTest {

    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void each_test_gets_its_own_clock_which_its_executions_begin_on_and_follow() {
        // WHEN
        EngineExecutionResults results = run(ClockFixture.class);

        // THEN
        results.testEvents().failed().stream()
                .map(EngineRuns::failureMessage)
                .forEach(message ->
                        assertThat(message).as("a fixture test failed").isNull());
        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(published(results, "clock")).hasSize(3).doesNotHaveDuplicates();
    }

    @StateMachineTest(definition = "junit/wait-a-day.asl.json", startTime = "2025-03-01T09:00:00Z")
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class ClockFixture {
        private VirtualClock clockBeforeEach;

        @BeforeEach
        void keep(VirtualClock clock) {
            clockBeforeEach = clock;
        }

        @Test
        void a_executions_follow_each_other(StateMachine machine, VirtualClock clock, TestReporter reporter) {
            assertThat(clock).isSameAs(clockBeforeEach);
            assertThat(clock.now()).isEqualTo(START);

            Execution first = machine.start("{}");
            Execution second = machine.start("{}");

            assertThat(first.startTime()).isEqualTo(START);
            assertThat(second.startTime()).isEqualTo(START.plus(Duration.ofDays(1)));
            assertThat(second).hasOutputAt("$.doneAt", "2025-03-03T09:00:00.000Z");
            assertThat(clock.now()).isEqualTo(second.stopTime());
            assertThat(clock.elapsed()).isEqualTo(Duration.ofDays(2));
            reporter.publishEntry("clock", Integer.toString(System.identityHashCode(clock)));
        }

        @Test
        void b_advancing_moves_running_executions_and_later_starts(
                StateMachine machine, VirtualClock clock, TestReporter reporter) {
            assertThat(clock.now()).as("a new test starts afresh").isEqualTo(START);
            RunningExecution running = machine.begin("{}");

            clock.advanceBy(Duration.ofHours(12));
            assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
            assertThat(running.clock().now()).isEqualTo(START.plus(Duration.ofHours(12)));

            clock.advanceBy(Duration.ofHours(13));
            assertThat(running.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(running.snapshot().stopTime()).isEqualTo(START.plus(Duration.ofDays(1)));

            Execution later = machine.start("{}");
            assertThat(later.startTime()).isEqualTo(START.plus(Duration.ofHours(25)));
            reporter.publishEntry("clock", Integer.toString(System.identityHashCode(clock)));
        }

        @Test
        void c_an_executions_own_clock_moves_the_tests_clock(
                StateMachine machine, VirtualClock clock, TestReporter reporter) {
            RunningExecution running = machine.begin("{}");

            running.clock().advanceBy(Duration.ofHours(3));

            assertThat(clock.now()).isEqualTo(START.plus(Duration.ofHours(3)));
            reporter.publishEntry("clock", Integer.toString(System.identityHashCode(clock)));
        }
    }

    @Test
    void a_clock_only_moves_forward() {
        // WHEN
        EngineExecutionResults results = run(BackwardsFixture.class);

        // THEN
        assertThat(results.testEvents().failed().stream().map(EngineRuns::failureMessage))
                .containsExactly("Virtual time only moves forward, but 2025-03-01T08:00:00Z is before the clock's"
                        + " 2025-03-01T09:00:00Z");
    }

    @StateMachineTest(definition = "junit/wait-a-day.asl.json", startTime = "2025-03-01T09:00:00Z")
    static class BackwardsFixture {
        @Test
        void goes_back(VirtualClock clock) {
            clock.advanceTo(START.minus(Duration.ofHours(1)));
        }
    }
}
