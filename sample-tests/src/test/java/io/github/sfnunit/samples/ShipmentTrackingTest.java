package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A Task with TimeoutSeconds 300 and HeartbeatSeconds 60. */
@StateMachineTest(definition = "statemachines/shipment-tracking.asl.json")
class ShipmentTrackingTest {

    @Test
    void heartbeats_keep_a_long_task_alive(StateMachine tracking, TaskMocks mocks) {
        // GIVEN the carrier reports every 50s and books after 140s
        mocks.forLambda("book-shipment")
                .thenReturn("{\"bookingId\":\"b-1\"}")
                .after(Duration.ofSeconds(140))
                .withHeartbeats(Duration.ofSeconds(50), Duration.ofSeconds(100));

        // WHEN
        Execution run = tracking.start("{\"orderId\":\"o-1\"}");

        // THEN
        assertThat(run).succeeded().hasOutput("{\"bookingId\":\"b-1\"}").tookVirtually(Duration.ofSeconds(140));
    }

    @Test
    void a_missed_heartbeat_fails_the_task_after_sixty_seconds(StateMachine tracking, TaskMocks mocks) {
        // GIVEN the carrier reports once at 50s, then goes quiet
        mocks.forLambda("book-shipment")
                .thenReturn("{\"bookingId\":\"b-1\"}")
                .after(Duration.ofSeconds(200))
                .withHeartbeats(Duration.ofSeconds(50));

        // WHEN
        Execution run = tracking.start("{\"orderId\":\"o-1\"}");

        // THEN the heartbeat clock restarted at 50s and ran out at 110s: AWS reports it as States.Timeout
        assertThat(run).failedWith("States.Timeout").tookVirtually(Duration.ofSeconds(110));
    }

    @Test
    void a_task_over_its_timeout_fails_with_states_timeout(StateMachine tracking, TaskMocks mocks) {
        // GIVEN heartbeats every 50s, but the booking takes ten minutes
        mocks.forLambda("book-shipment")
                .thenReturn("{\"bookingId\":\"b-1\"}")
                .after(Duration.ofMinutes(10))
                .withHeartbeats(
                        Duration.ofSeconds(50),
                        Duration.ofSeconds(100),
                        Duration.ofSeconds(150),
                        Duration.ofSeconds(200),
                        Duration.ofSeconds(250));

        // WHEN
        Execution run = tracking.start("{\"orderId\":\"o-1\"}");

        // THEN
        assertThat(run).failedWith("States.Timeout").tookVirtually(Duration.ofSeconds(300));
    }
}
