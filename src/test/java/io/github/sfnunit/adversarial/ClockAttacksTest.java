package io.github.sfnunit.adversarial;

import static io.github.sfnunit.adversarial.Attacks.express;
import static io.github.sfnunit.adversarial.Attacks.machine;
import static io.github.sfnunit.adversarial.Attacks.oneJsonataState;
import static io.github.sfnunit.adversarial.Attacks.oneState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.RunningExecution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.VirtualClock;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Class 1: virtual time saturates, and AWS's maximum execution durations are enforced. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ClockAttacksTest {

    private static final Instant START = VirtualClock.DEFAULT_START;
    private static final Instant ONE_YEAR_LATER = START.plus(Duration.ofDays(365));

    private static final String TASK_RETRIED_FOREVER = oneState("""
            {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true,
             "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 99999999, "MaxAttempts": 99999999,
                        "BackoffRate": %s}]}
            """);

    private static void assertTimedOutAfterOneYear(Execution run) {
        assertThat(run.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(run.error()).isEqualTo("States.Timeout");
        assertThat(run.stopTime()).isEqualTo(ONE_YEAR_LATER);
        assertThat(run.history().get(run.history().size() - 1).type()).isEqualTo("ExecutionTimedOut");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "99999999", "1.0"})
    void huge_retry_back_off_times_out_after_a_year_instead_of_overflowing(String backoffRate) {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("S").thenFail("Boom", "always");

        Execution run =
                machine(TASK_RETRIED_FOREVER.formatted(backoffRate), mocks).start("{}");

        assertTimedOutAfterOneYear(run);
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MAX_VALUE, 2_147_483_648L})
    void a_wait_seconds_path_of_any_long_past_awss_limit_is_refused(long seconds) {
        Execution run = machine(oneState("{\"Type\": \"Wait\", \"SecondsPath\": \"$.s\", \"End\": true}"))
                .start("{\"s\": " + seconds + "}");

        // AWS refuses a Wait longer than 2^31-1 seconds with States.Runtime
        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.cause())
                .isEqualTo("An error occurred while executing the state 'S' (entered at the event id #2)."
                        + " Wait state delay is too long.");
    }

    @Test
    void a_wait_under_awss_wait_limit_but_over_a_year_times_out_after_a_year() {
        Execution run = machine(oneState("{\"Type\": \"Wait\", \"Seconds\": 99999999, \"End\": true}"))
                .start("{}");

        assertTimedOutAfterOneYear(run);
    }

    @Test
    void a_jsonata_wait_of_long_max_seconds_is_refused() {
        Execution run = machine(oneJsonataState(
                        "{\"Type\": \"Wait\", \"Seconds\": \"{% 9223372036854775807 %}\", \"End\": true}"))
                .start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.cause())
                .isEqualTo("An error occurred while executing the state 'S' (entered at the event id #2)."
                        + " Wait state delay is too long.");
    }

    @Test
    void a_wait_timestamp_in_the_far_future_times_out_after_a_year() {
        Execution run = machine(
                        oneState("{\"Type\": \"Wait\", \"Timestamp\": \"2027-01-01T00:00:00Z\", \"End\": true}"))
                .start("{}");

        assertTimedOutAfterOneYear(run);
    }

    @Test
    void advancing_an_execution_by_forever_times_it_out_after_a_year() {
        RunningExecution running =
                machine(oneState("""
                        {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                         "Parameters": {"QueueUrl": "q", "MessageBody": {"t.$": "$$.Task.Token"}}, "End": true}
                        """)).withTaskHandler(callbacks()).begin("{}");

        running.advanceBy(ChronoUnit.FOREVER.getDuration());

        assertTimedOutAfterOneYear(running.snapshot());
    }

    @Test
    void advancing_an_executions_clock_to_instant_max_times_it_out_after_a_year() {
        RunningExecution running = machine(oneState("{\"Type\": \"Wait\", \"Seconds\": 99999999, \"End\": true}"))
                .begin("{}");

        running.clock().advanceTo(Instant.MAX);

        assertTimedOutAfterOneYear(running.snapshot());
    }

    @Test
    void a_callback_nobody_sends_still_waits_rather_than_timing_out_on_finish() {
        RunningExecution running =
                machine(oneState("""
                        {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                         "Parameters": {"QueueUrl": "q", "MessageBody": {"t.$": "$$.Task.Token"}}, "End": true}
                        """)).withTaskHandler(callbacks()).begin("{}");

        assertThatThrownBy(running::finish)
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The execution cannot finish on its own: it is waiting for task callbacks");
        assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1000000000-12-31T23:59:59Z", "9999-12-31T23:59:59Z", "1969-12-31T23:59:59Z"})
    void a_start_time_outside_the_supported_range_is_refused(String instant) {
        Instant start = instant.startsWith("+") ? Instant.MAX : Instant.parse(instant);

        assertThatThrownBy(() ->
                        ExecutionOptions.defaults().toBuilder().startTime(start).build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The virtual start time " + start + " is outside the range sfn-unit supports,"
                        + " 1970-01-01T00:00:00Z to 9998-12-31T23:59:59Z");
        assertThatThrownBy(() -> VirtualClock.startingAt(start))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is outside the range sfn-unit supports");
    }

    @Test
    void the_latest_start_time_still_runs_a_year_long_execution() {
        Instant latest = Instant.parse("9998-12-31T23:59:59Z");
        StateMachine machine = machine(oneState("{\"Type\": \"Wait\", \"Seconds\": 99999999, \"End\": true}"))
                .withOptions(ExecutionOptions.defaults().toBuilder()
                        .startTime(latest)
                        .build());

        Execution run = machine.start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(run.stopTime()).isEqualTo(latest.plus(Duration.ofDays(365)));
        assertThat(run.history().get(run.history().size() - 1).toString()).contains("ExecutionTimedOut");
    }

    @Test
    void a_shared_clock_advanced_by_forever_then_refuses_to_start_an_execution() {
        VirtualClock clock = VirtualClock.startingAt(START);
        StateMachine machine =
                machine(oneState("{\"Type\": \"Pass\", \"End\": true}")).withClock(clock);

        clock.advanceBy(ChronoUnit.FOREVER.getDuration());

        assertThat(clock.now()).isEqualTo(Instant.MAX);
        assertThatThrownBy(() -> machine.start("{}"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is outside the range sfn-unit supports");
    }

    @Test
    void an_express_execution_times_out_after_five_minutes() {
        Execution run = express(oneState("{\"Type\": \"Wait\", \"Seconds\": 301, \"End\": true}"))
                .start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(run.error()).isEqualTo("States.Timeout");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void an_express_execution_of_exactly_five_minutes_succeeds() {
        Execution run = express(oneState("{\"Type\": \"Wait\", \"Seconds\": 300, \"End\": true}"))
                .start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_standard_execution_of_exactly_one_year_succeeds() {
        Execution run = machine(oneState("{\"Type\": \"Wait\", \"Seconds\": 31536000, \"End\": true}"))
                .start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.stopTime()).isEqualTo(ONE_YEAR_LATER);
    }

    @Test
    void an_express_task_slower_than_five_minutes_times_out_the_execution() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("S").thenReturn("{}").after(Duration.ofHours(1));

        Execution run = StateMachine.from(
                        express(oneState("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                                        + " \"Parameters\": {\"FunctionName\": \"f\"}, \"End\": true}"))
                                .definition(),
                        ExecutionOptions.defaults().toBuilder()
                                .stateMachineType(io.github.sfnunit.asl.StateMachineType.EXPRESS)
                                .taskHandler(mocks)
                                .build())
                .start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_task_lasting_duration_max_times_out_after_a_year() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("S").thenReturn("{}").after(Duration.ofSeconds(Long.MAX_VALUE));

        Execution run = machine(
                        oneState("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                                + " \"Parameters\": {\"FunctionName\": \"f\"}, \"TimeoutSeconds\": 99999999,"
                                + " \"End\": true}"),
                        mocks)
                .start("{}");

        assertTimedOutAfterOneYear(run);
    }

    @Test
    void a_definition_timeout_shorter_than_a_year_still_wins() {
        Execution run = machine("{\"TimeoutSeconds\": 10, \"StartAt\": \"S\", \"States\": {\"S\": "
                        + "{\"Type\": \"Wait\", \"Seconds\": 99999999, \"End\": true}}}")
                .start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(run.history().stream().map(HistoryEvent::type)).last().isEqualTo("ExecutionTimedOut");
    }

    private static TaskMocks callbacks() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("S").thenWaitForCallback();
        return mocks;
    }
}
