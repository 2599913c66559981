package io.github.sfnunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

    private static final Instant NINE = Instant.parse("2025-03-01T09:00:00Z");

    private static final StateMachine WAIT_AN_HOUR = StateMachineTest.machine("""
            {"StartAt": "Wait", "States": {
              "Wait": {"Type": "Wait", "Seconds": 3600, "Next": "Done"},
              "Done": {"Type": "Pass", "End": true}}}
            """);

    @Test
    void executions_on_a_shared_clock_begin_at_its_time_and_move_it_to_their_end() {
        // GIVEN
        VirtualClock clock = VirtualClock.startingAt(NINE);
        StateMachine machine = WAIT_AN_HOUR.withClock(clock);

        // WHEN
        Execution first = machine.start("{}");
        Execution second = machine.start("{}");

        // THEN
        assertThat(first.startTime()).isEqualTo(NINE);
        assertThat(second.startTime()).isEqualTo(NINE.plusSeconds(3600));
        assertThat(clock.now()).isEqualTo(NINE.plusSeconds(7200));
        assertThat(clock.startTime()).isEqualTo(NINE);
        assertThat(clock.elapsed()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void without_a_shared_clock_every_execution_begins_at_the_start_time() {
        // WHEN
        Execution first = WAIT_AN_HOUR.start("{}");
        Execution second = WAIT_AN_HOUR.start("{}");

        // THEN
        assertThat(first.startTime()).isEqualTo(VirtualClock.DEFAULT_START);
        assertThat(second.startTime()).isEqualTo(VirtualClock.DEFAULT_START);
        assertThat(WAIT_AN_HOUR.clock()).isEmpty();
    }

    @Test
    void advancing_a_shared_clock_runs_the_timers_of_its_running_executions() {
        // GIVEN two executions begun half an hour apart
        VirtualClock clock = VirtualClock.startingAt(NINE);
        StateMachine machine = WAIT_AN_HOUR.withClock(clock);
        RunningExecution early = machine.begin("{}");
        clock.advanceBy(Duration.ofMinutes(30));
        RunningExecution late = machine.begin("{}");

        // WHEN
        clock.advanceBy(Duration.ofMinutes(45));

        // THEN the early one's wait ended; the late one still waits, at the clock's time
        assertThat(early.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(early.snapshot().stopTime()).isEqualTo(NINE.plusSeconds(3600));
        assertThat(late.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(late.clock().now()).isEqualTo(NINE.plus(Duration.ofMinutes(75)));
        assertThat(late.clock().startTime()).isEqualTo(NINE.plus(Duration.ofMinutes(30)));
    }

    @Test
    void an_executions_clock_advances_the_execution_and_its_shared_clock() {
        // GIVEN
        VirtualClock shared = VirtualClock.startingAt(NINE);
        RunningExecution running = WAIT_AN_HOUR.withClock(shared).begin("{}");

        // WHEN
        running.clock().advanceTo(NINE.plusSeconds(3600));

        // THEN
        assertThat(running.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(shared.now()).isEqualTo(NINE.plusSeconds(3600));
    }

    @Test
    void time_never_moves_backwards() {
        // GIVEN
        VirtualClock shared = VirtualClock.startingAt(NINE);
        RunningExecution running = WAIT_AN_HOUR.begin("{}");

        // THEN
        assertThatThrownBy(() -> shared.advanceTo(NINE.minusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Virtual time only moves forward, but 2025-03-01T08:59:59.999Z is before the clock's"
                        + " 2025-03-01T09:00:00Z");
        assertThatThrownBy(() -> shared.advanceBy(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Virtual time only moves forward, but the duration was PT-1S");
        assertThatThrownBy(() -> running.advanceTo(VirtualClock.DEFAULT_START.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Virtual time only moves forward, but 2023-12-31T23:59:59Z is before the execution's"
                        + " 2024-01-01T00:00:00Z");
    }

    @Test
    void a_machine_takes_only_a_shared_clock() {
        // GIVEN
        RunningExecution running = WAIT_AN_HOUR.begin("{}");

        // THEN
        assertThatThrownBy(() -> WAIT_AN_HOUR.withClock(running.clock()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("withClock takes a shared clock (VirtualClock.startingAt(instant)), not an execution's"
                        + " own clock");
    }
}
