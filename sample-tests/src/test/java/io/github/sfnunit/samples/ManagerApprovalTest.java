package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.RunningExecution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A .waitForTaskToken callback, driven step by step: the manager answers hours later. */
@StateMachineTest(definition = "statemachines/manager-approval.asl.json")
class ManagerApprovalTest {

    @BeforeEach
    void theMessageIsSent(TaskMocks mocks) {
        mocks.forState("RequestApproval").thenWaitForCallback();
    }

    @Test
    void an_approved_refund_succeeds(StateMachine approval) {
        // GIVEN the request is waiting for the manager
        RunningExecution running = approval.begin("{\"refundId\":\"r-1\"}");
        Map<String, String> waiting = running.waitingTasks();
        assertThat(waiting).containsValue("RequestApproval");
        String token = waiting.keySet().iterator().next();

        // WHEN the manager approves three hours later
        running.advanceBy(Duration.ofHours(3));
        running.sendTaskSuccess(token, "{\"approvedBy\":\"alice\"}");
        Execution run = running.finish();

        // THEN
        assertThat(run)
                .succeeded()
                .endedAt("RefundApproved")
                .hasOutputAt("$.decision.approvedBy", "alice")
                .tookVirtually(Duration.ofHours(3));
    }

    @Test
    void a_rejected_refund_fails(StateMachine approval) {
        // GIVEN
        RunningExecution running = approval.begin("{\"refundId\":\"r-1\"}");
        String token = running.waitingTasks().keySet().iterator().next();

        // WHEN
        running.sendTaskFailure(token, "Rejected", "Refunds over 500 EUR need a director");
        Execution run = running.finish();

        // THEN
        assertThat(run)
                .failedWith("RefundRejected")
                .state("RequestApproval")
                .wasCaught("Rejected")
                .andWentTo("RefundRejected");
    }

    @Test
    void nobody_answering_for_a_day_times_out(StateMachine approval) {
        // GIVEN
        RunningExecution running = approval.begin("{\"refundId\":\"r-1\"}");

        // WHEN
        Execution run = running.advanceBy(Duration.ofDays(2)).finish();

        // THEN TimeoutSeconds 86400
        assertThat(run).failedWith("States.Timeout").tookVirtually(Duration.ofDays(1));
    }
}
