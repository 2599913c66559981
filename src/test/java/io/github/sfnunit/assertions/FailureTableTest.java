package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.ExecutionReportTest.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionLoader;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The executed-path table of failure messages, from real executions: Fail states without Error, attempts aborted
 * by a sibling branch or iteration, and rows of several branches in virtual time order.
 */
class FailureTableTest {

    private static final String CHARGE_AND_SHIP = """
            {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                 "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 2}], "End": true}}},
              {"StartAt": "Audit", "States": {
                 "Audit": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Ship"},
                 "Ship": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}
            ]}}}""";

    private static Execution run(String definition, TaskMocks mocks, String input) {
        return StateMachine.from(DefinitionLoader.defaults().loadString(definition))
                .withTaskHandler(mocks)
                .start(input);
    }

    @Test
    void a_fail_state_without_error_or_cause_shows_as_failed_not_running() {
        // GIVEN
        Execution run =
                run("{\"StartAt\": \"Stop\", \"States\": {\"Stop\": {\"Type\": \"Fail\"}}}", new TaskMocks(), "{}");

        // WHEN
        String report = ExecutionReport.render(run);

        // THEN
        assertThat(report).isEqualTo(lines("""
                Executed path (virtual time since start):
                  time  state  attempt  outcome  decision
                  +0s   Stop            failed   end

                Execution FAILED after 0s

                Task calls: none."""));
    }

    @Test
    void a_fail_state_with_a_cause_only_shows_as_failed_and_the_cause_below() {
        // GIVEN
        Execution run = run(
                "{\"StartAt\": \"Stop\", \"States\": {\"Stop\": {\"Type\": \"Fail\", \"Cause\": \"out of stock\"}}}",
                new TaskMocks(),
                "{}");

        // WHEN
        String report = ExecutionReport.render(run);

        // THEN
        assertThat(report).isEqualTo(lines("""
                Executed path (virtual time since start):
                  time  state  attempt  outcome  decision
                  +0s   Stop            failed   end

                Execution FAILED after 0s: <no error> (cause: out of stock)

                Task calls: none."""));
    }

    @Test
    void an_attempt_aborted_by_a_failing_sibling_branch_has_its_own_row_and_rows_follow_virtual_time() {
        // GIVEN branch 0 retries Charge twice and then fails at +6s, while branch 1's Ship (started at +1s) runs
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge")
                .thenFail("Lambda.ServiceException", "boom")
                .thenFail("Lambda.ServiceException", "boom")
                .thenFail("PaymentDeclined", "card declined");
        mocks.forState("Audit").thenReturn("{}").after(Duration.ofSeconds(1));
        mocks.forState("Ship").thenReturn("{}").after(Duration.ofSeconds(10));
        Execution run = run(CHARGE_AND_SHIP, mocks, "{}");

        // WHEN
        String table = ExecutionReport.pathTable(run);

        // THEN the branches' rows interleave by start time, each naming its branch in the path
        assertThat(table).isEqualTo(lines("""
                Executed path (virtual time since start):
                  time  state                 attempt  outcome                  decision
                  +0s   Both                  1        PaymentDeclined          not retried, uncaught
                  +0s   Both/Branch 0/Charge  1        Lambda.ServiceException  retry in 2s (Retry[0])
                  +0s   Both/Branch 1/Audit   1        ok                       -> Ship
                  +1s   Both/Branch 1/Ship    1        aborted                  at +6s, when another branch failed
                  +2s   Both/Branch 0/Charge  2        Lambda.ServiceException  retry in 4s (Retry[0])
                  +6s   Both/Branch 0/Charge  3        PaymentDeclined          not retried, uncaught"""));
    }

    @Test
    void a_state_waiting_out_a_back_off_or_a_wait_when_a_sibling_fails_shows_as_aborted() {
        // GIVEN branch 1 fails at +1s while branch 0 waits 2s to retry and branch 2 waits 30s
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge").thenFail("Lambda.ServiceException", "boom");
        mocks.forState("Audit").thenFail("AuditFailed", "missing receipt").after(Duration.ofSeconds(1));
        Execution run = run("""
                {"StartAt": "All", "States": {"All": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                     "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 2}], "End": true}}},
                  {"StartAt": "Audit", "States": {"Audit": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                     "End": true}}},
                  {"StartAt": "Pause", "States": {"Pause": {"Type": "Wait", "Seconds": 30, "End": true}}}
                ]}}}""", mocks, "{}");

        // WHEN
        String table = ExecutionReport.pathTable(run);

        // THEN
        assertThat(table).isEqualTo(lines("""
                Executed path (virtual time since start):
                  time  state                attempt  outcome                  decision
                  +0s   All                  1        AuditFailed              not retried, uncaught
                  +0s   All/Branch 0/Charge  1        Lambda.ServiceException  retry in 2s (Retry[0])
                  +0s   All/Branch 1/Audit   1        AuditFailed              not retried, uncaught
                  +0s   All/Branch 2/Pause            aborted                  at +1s, when another branch failed
                  +1s   All/Branch 0/Charge           aborted                  in the back-off before attempt 2, at +1s, when another branch failed"""));
    }

    @Test
    void iterations_aborted_by_a_failing_iteration_have_their_own_rows() {
        // GIVEN three items at once; the first fails after 1s, the others would take 5s
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Work")
                .thenFail("WorkFailed", "bad item")
                .after(Duration.ofSeconds(1))
                .thenReturn("{}")
                .after(Duration.ofSeconds(5));
        Execution run = run("""
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "End": true,
                  "ItemProcessor": {"StartAt": "Work", "States": {
                    "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}}}}""", mocks, "{\"items\": [1, 2, 3]}");

        // WHEN
        String table = ExecutionReport.pathTable(run);

        // THEN
        assertThat(table).isEqualTo(lines("""
                Executed path (virtual time since start):
                  time  state             attempt  outcome     decision
                  +0s   Each              1        WorkFailed  not retried, uncaught
                  +0s   Each/Item 0/Work  1        WorkFailed  not retried, uncaught
                  +0s   Each/Item 1/Work  1        aborted     at +1s, when another iteration failed
                  +0s   Each/Item 2/Work  1        aborted     at +1s, when another iteration failed"""));
    }

    @Test
    void states_inside_a_nested_parallel_of_the_aborted_branch_are_aborted_too() {
        // GIVEN branch 0 fails at +1s while branch 1 waits inside a Parallel of its own
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge").thenFail("PaymentDeclined", "card declined").after(Duration.ofSeconds(1));
        Execution run = run("""
                {"StartAt": "Outer", "States": {"Outer": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                     "End": true}}},
                  {"StartAt": "Inner", "States": {"Inner": {"Type": "Parallel", "End": true, "Branches": [
                     {"StartAt": "Cool", "States": {"Cool": {"Type": "Wait", "Seconds": 60, "End": true}}}]}}}
                ]}}}""", mocks, "{}");

        // WHEN
        String table = ExecutionReport.pathTable(run);

        // THEN
        assertThat(table).isEqualTo(lines("""
                Executed path (virtual time since start):
                  time  state                               attempt  outcome          decision
                  +0s   Outer                               1        PaymentDeclined  not retried, uncaught
                  +0s   Outer/Branch 0/Charge               1        PaymentDeclined  not retried, uncaught
                  +0s   Outer/Branch 1/Inner                1        aborted          at +1s, when another branch failed
                  +0s   Outer/Branch 1/Inner/Branch 0/Cool           aborted          at +1s, when another branch failed"""));
    }

    private static final String RETRY_AND_AUDIT = """
            {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                 "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 1}], "End": true}}},
              {"StartAt": "Prepare", "States": {"Prepare": {"Type": "Pass", "Next": "Audit"},
                 "Audit": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}
            ]}}}""";

    private static TaskMocks retryDueWhenAuditFails() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge")
                .thenFail("Lambda.ServiceException", "boom")
                .thenReturn("{}")
                .after(Duration.ofSeconds(5));
        mocks.forState("Audit").thenFail("AuditFailed", "missing receipt").after(Duration.ofSeconds(1));
        return mocks;
    }

    @Test
    void a_retry_due_at_the_instant_of_the_abort_that_ran_first_is_an_aborted_attempt() {
        // GIVEN Charge's retry and Audit's failure both fall at +1s; the retry was scheduled first (Audit began
        // one transition later, after Prepare)
        Execution run = run(RETRY_AND_AUDIT, retryDueWhenAuditFails(), "{}");

        // WHEN
        String table = ExecutionReport.pathTable(run);

        // THEN the retry ran (its call was made) before the abort stopped it
        assertThat(run.invocations()).extracting(call -> call.stateName()).containsExactly("Charge", "Audit", "Charge");
        assertThat(table).isEqualTo(lines("""
                Executed path (virtual time since start):
                  time  state                  attempt  outcome                  decision
                  +0s   Both                   1        AuditFailed              not retried, uncaught
                  +0s   Both/Branch 0/Charge   1        Lambda.ServiceException  retry in 1s (Retry[0])
                  +0s   Both/Branch 1/Prepare           ok                       -> Audit
                  +0s   Both/Branch 1/Audit    1        AuditFailed              not retried, uncaught
                  +1s   Both/Branch 0/Charge   2        aborted                  at +1s, when another branch failed"""));
    }

    @Test
    void a_retry_due_at_the_instant_of_the_abort_that_the_abort_came_before_never_began() {
        // GIVEN the same, with the branches the other way round: Audit's failure is scheduled first
        Execution run = run("""
                {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Audit", "States": {"Audit": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                     "End": true}}},
                  {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                     "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 1}], "End": true}}}
                ]}}}""", retryDueWhenAuditFails(), "{}");

        // WHEN
        String table = ExecutionReport.pathTable(run);

        // THEN
        assertThat(run.invocations()).extracting(call -> call.stateName()).containsExactly("Audit", "Charge");
        assertThat(table).isEqualTo(lines("""
                Executed path (virtual time since start):
                  time  state                 attempt  outcome                  decision
                  +0s   Both                  1        AuditFailed              not retried, uncaught
                  +0s   Both/Branch 0/Audit   1        AuditFailed              not retried, uncaught
                  +0s   Both/Branch 1/Charge  1        Lambda.ServiceException  retry in 1s (Retry[0])
                  +1s   Both/Branch 1/Charge           aborted                  in the back-off before attempt 2, at +1s, when another branch failed"""));
    }

    @Test
    void the_failure_message_of_an_assertion_carries_the_table() {
        // GIVEN
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge").thenFail("PaymentDeclined", "card declined").after(Duration.ofSeconds(3));
        mocks.forState("Audit").thenReturn("{}").after(Duration.ofSeconds(1));
        mocks.forState("Ship").thenReturn("{}").after(Duration.ofSeconds(10));
        Execution run = run(CHARGE_AND_SHIP, mocks, "{}");

        // WHEN / THEN
        assertThatThrownBy(() -> SfnAssertions.assertThat(run).succeeded()).hasMessage(lines("""

                Expecting execution to have status:
                  SUCCEEDED
                but was:
                  FAILED
                  error: "PaymentDeclined"
                  cause: "card declined"

                Executed path (virtual time since start):
                  time  state                 attempt  outcome          decision
                  +0s   Both                  1        PaymentDeclined  not retried, uncaught
                  +0s   Both/Branch 0/Charge  1        PaymentDeclined  not retried, uncaught
                  +0s   Both/Branch 1/Audit   1        ok               -> Ship
                  +1s   Both/Branch 1/Ship    1        aborted          at +3s, when another branch failed

                Execution FAILED after 3s: PaymentDeclined (cause: card declined)

                Task calls:
                  Charge  1 call  arn:aws:states:::lambda:invoke
                  Audit   1 call  arn:aws:states:::lambda:invoke
                  Ship    1 call  arn:aws:states:::lambda:invoke"""));
    }
}
