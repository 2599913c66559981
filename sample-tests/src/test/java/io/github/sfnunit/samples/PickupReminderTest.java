package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.RunningExecution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.VirtualClock;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A day-long Wait, stepped through on an execution's virtual clock and on the test's. */
@StateMachineTest(definition = "statemachines/pickup-reminder.asl.json")
class PickupReminderTest {

    @Test
    void the_reminder_goes_out_a_day_later(StateMachine reminder, TaskMocks mocks) {
        // GIVEN
        mocks.forState("NotifyCustomer").thenReturn("{\"MessageId\":\"m-1\"}");
        mocks.forState("SendReminder").thenReturn("{\"MessageId\":\"m-2\"}");

        // WHEN it starts: begin() runs what is due at once, up to the Wait
        RunningExecution running = reminder.begin("{\"parcelId\":\"p-9\"}");

        // THEN only the first message went out
        assertThat(running.snapshot())
                .hasStatus(ExecutionStatus.RUNNING)
                .visitedExactly("NotifyCustomer", "WaitForPickup")
                .invokedWith(
                        "NotifyCustomer",
                        "{\"TopicArn\":\"arn:aws:sns:us-east-1:123456789012:pickups\",\"Message\":\"Parcel p-9 is ready\"}");

        // WHEN 23 hours pass, still nothing; then it runs until the reminder
        running.advanceBy(Duration.ofHours(23));
        assertThat(running.snapshot()).neverVisited("SendReminder");
        running.runUntilState("SendReminder");

        // THEN the Wait ended after exactly one day
        assertThat(running.clock().elapsed()).isEqualTo(Duration.ofDays(1));
        assertThat(running.finish())
                .succeeded()
                .invokedWith(
                        "SendReminder",
                        "{\"TopicArn\":\"arn:aws:sns:us-east-1:123456789012:pickups\",\"Message\":\"Reminder: parcel p-9 is waiting\"}")
                .tookVirtually(Duration.ofDays(1));
    }

    @Test
    void each_parcel_is_reminded_a_day_after_its_own_notice(
            StateMachine reminder, TaskMocks mocks, VirtualClock clock) {
        // GIVEN two parcels ready twelve hours apart, on the test's clock
        mocks.forState("NotifyCustomer").thenReturn("{\"MessageId\":\"m-1\"}");
        mocks.forState("SendReminder").thenReturn("{\"MessageId\":\"m-2\"}");
        RunningExecution first = reminder.begin("{\"parcelId\":\"p-1\"}");
        clock.advanceBy(Duration.ofHours(12));
        RunningExecution second = reminder.begin("{\"parcelId\":\"p-2\"}");

        // WHEN the first parcel's day is over
        clock.advanceBy(Duration.ofHours(12));

        // THEN only the first was reminded
        assertThat(first.snapshot()).succeeded().visited("SendReminder");
        assertThat(second.snapshot()).hasStatus(ExecutionStatus.RUNNING).neverVisited("SendReminder");

        // WHEN the second parcel's day is over too, THEN it was reminded, a day after it started
        clock.advanceBy(Duration.ofHours(12));
        assertThat(second.snapshot()).succeeded().visited("SendReminder").tookVirtually(Duration.ofDays(1));
        assertThat(clock.elapsed()).isEqualTo(Duration.ofHours(36));
    }
}
