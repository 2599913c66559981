package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.RunningExecution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A day-long Wait, stepped through on the virtual clock. */
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
}
