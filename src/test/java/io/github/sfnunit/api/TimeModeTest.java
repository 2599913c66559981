package io.github.sfnunit.api;

import static io.github.sfnunit.api.StateMachineApiTest.ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** The two time modes beside run-to-completion: virtual time that follows real time, and time moved by hand. */
class TimeModeTest {

    private static final String WAIT_AN_HOUR = """
            {"StartAt": "Wait an hour", "States": {"Wait an hour": {"Type": "Wait", "Seconds": 3600, "End": true}}}
            """;
    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void should_move_virtual_time_with_real_time_at_the_scale_in_scaled_mode() throws InterruptedException {
        try (StepFunctionsEndpoint endpoint = StepFunctionsEndpoint.builder()
                        .timeMode(StepFunctionsEndpoint.TimeMode.SCALED)
                        .virtualSecondsPerSecond(3600)
                        .clock(VirtualClock.startingAt(START))
                        .start();
                SfnClient sfn = Sdk.client(endpoint.uri())) {
            String machineArn = waitAnHour(sfn);
            long realStart = System.nanoTime();
            String arn = sfn.startExecution(b -> b.stateMachineArn(machineArn)).executionArn();

            DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(arn));
            while (described.status() == ExecutionStatus.RUNNING
                    && System.nanoTime() - realStart < Duration.ofSeconds(60).toNanos()) {
                Thread.sleep(20);
                described = sfn.describeExecution(b -> b.executionArn(arn));
            }
            Duration realElapsed = Duration.ofNanos(System.nanoTime() - realStart);

            assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            // An hour of virtual time at 3,600 virtual seconds a second cannot pass in less than a real second.
            assertThat(realElapsed).isGreaterThanOrEqualTo(Duration.ofMillis(990));
            assertThat(Duration.between(described.startDate(), described.stopDate()))
                    .isEqualTo(Duration.ofHours(1));
            assertThat(endpoint.clock().now()).isAfterOrEqualTo(START.plus(Duration.ofHours(1)));
        }
    }

    @Test
    void should_hold_an_execution_until_the_clock_is_moved_in_manual_mode() {
        try (StepFunctionsEndpoint endpoint = StepFunctionsEndpoint.builder()
                        .timeMode(StepFunctionsEndpoint.TimeMode.MANUAL)
                        .clock(VirtualClock.startingAt(START))
                        .start();
                SfnClient sfn = Sdk.client(endpoint.uri())) {
            String machineArn = waitAnHour(sfn);
            String arn = sfn.startExecution(b -> b.stateMachineArn(machineArn)).executionArn();

            ExecutionStatus before =
                    sfn.describeExecution(b -> b.executionArn(arn)).status();
            endpoint.advanceClockBy(Duration.ofMinutes(59));
            ExecutionStatus afterFiftyNineMinutes =
                    sfn.describeExecution(b -> b.executionArn(arn)).status();
            endpoint.advanceClockBy(Duration.ofMinutes(1));
            DescribeExecutionResponse afterAnHour = sfn.describeExecution(b -> b.executionArn(arn));

            assertThat(before).isEqualTo(ExecutionStatus.RUNNING);
            assertThat(afterFiftyNineMinutes).isEqualTo(ExecutionStatus.RUNNING);
            assertThat(afterAnHour.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(afterAnHour.stopDate()).isEqualTo(START.plus(Duration.ofHours(1)));
        }
    }

    private static String waitAnHour(SfnClient sfn) {
        return sfn.createStateMachine(
                        b -> b.name("Waits").definition(WAIT_AN_HOUR).roleArn(ROLE))
                .stateMachineArn();
    }
}
