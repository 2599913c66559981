package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.Executions.ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateVisit;
import io.github.sfnunit.StateVisit.Attempt;
import io.github.sfnunit.asl.StateType;
import io.github.sfnunit.mock.TaskMocks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutionReportTest {

    static String lines(String text) {
        return text.replace("\n", System.lineSeparator());
    }

    @Test
    void renders_each_attempt_with_its_retry_decision_then_the_end_and_the_task_calls() {
        // GIVEN a task throttled twice and retried by Retry[0]
        Execution run = Executions.retriedThenSucceeded();

        // WHEN
        String report = ExecutionReport.render(run);

        // THEN
        assertThat(report).isEqualTo(lines("""
                Executed path (virtual time since start):
                  time  state          attempt  outcome                          decision
                  +0s   ValidateOrder  1        ok                               -> ChargeCard
                  +0s   ChargeCard     1        Lambda.TooManyRequestsException  retry in 1s (Retry[0])
                  +1s   ChargeCard     2        Lambda.TooManyRequestsException  retry in 2s (Retry[0])
                  +3s   ChargeCard     3        ok                               -> Notify
                  +3s   Notify         1        ok                               end

                Execution SUCCEEDED after 3s

                Task calls:
                  ValidateOrder  1 call   arn:aws:states:::lambda:invoke
                  ChargeCard     3 calls  arn:aws:states:::lambda:invoke
                  Notify         1 call   arn:aws:states:::lambda:invoke"""));
    }

    @Test
    void renders_a_caught_error_and_the_fail_state_that_ended_the_execution() {
        // GIVEN
        Execution run = Executions.caughtThenFailed();

        // WHEN
        String report = ExecutionReport.render(run);

        // THEN
        assertThat(report).isEqualTo(lines("""
                Executed path (virtual time since start):
                  time   state           attempt  outcome          decision
                  +0s    ValidateOrder   1        ok               -> ChargeCard
                  +0s    ChargeCard      1        PaymentDeclined  not retried, caught by Catch[1] -> NotifyDeclined
                  +0.5s  NotifyDeclined  1        ok               -> OrderFailed
                  +0.5s  OrderFailed              OrderFailed      end

                Execution FAILED after 0.5s: OrderFailed (cause: payment declined)

                Task calls:
                  ValidateOrder   1 call  arn:aws:states:::lambda:invoke
                  ChargeCard      1 call  arn:aws:states:::lambda:invoke
                  NotifyDeclined  1 call  arn:aws:states:::lambda:invoke"""));
    }

    @Test
    void says_so_when_no_state_was_entered_and_no_task_was_called() {
        // GIVEN an execution that failed before its first state
        Execution run =
                new Executions().ended(ExecutionStatus.FAILED, 0, "States.Runtime", "invalid input\nsecond line");

        // WHEN
        String report = ExecutionReport.render(run);

        // THEN the cause is flattened to one line
        assertThat(report).isEqualTo(lines("""
                Executed path: no state was entered.

                Execution FAILED after 0s: States.Runtime (cause: invalid input second line)

                Task calls: none."""));
    }

    @Test
    void shows_an_exhausted_retrier_and_an_uncaught_error() {
        // GIVEN a task whose Retry[1] gave up after its last attempt, with no catcher
        Execution run = new Executions()
                .visit(
                        "ChargeCard",
                        StateType.TASK,
                        0,
                        2,
                        ORDER,
                        null,
                        List.of(
                                Executions.failedAttempt(0, 0, 0, "States.Timeout", 1, 2.0),
                                Executions.failedAttempt(1, 2, 2, "States.Timeout", 1, null)),
                        null,
                        "States.Timeout",
                        null)
                .ended(ExecutionStatus.FAILED, 2, "States.Timeout", null);

        // WHEN
        String table = ExecutionReport.pathTable(run);

        // THEN
        assertThat(table).isEqualTo(lines("""
                Executed path (virtual time since start):
                  time  state       attempt  outcome         decision
                  +0s   ChargeCard  1        States.Timeout  retry in 2s (Retry[1])
                  +2s   ChargeCard  2        States.Timeout  Retry[1] exhausted, uncaught"""));
    }

    @Test
    void shows_a_task_still_waiting_for_its_callback_as_running() {
        // GIVEN a stepwise execution paused in a .waitForTaskToken task
        Attempt waiting = new Attempt(0, Executions.at(5), null, null, null, null, null);
        StateVisit visit = new StateVisit(
                "AwaitApproval",
                "AwaitApproval",
                StateType.TASK,
                0,
                Executions.at(5),
                null,
                Executions.json(ORDER),
                null,
                List.of(waiting),
                null,
                null,
                null,
                Map.of(),
                null,
                null,
                null);
        Execution run = new Executions().visit(visit).ended(ExecutionStatus.RUNNING, 5, null, null);

        // WHEN
        String report = ExecutionReport.render(run);

        // THEN
        assertThat(report).startsWith(lines("""
                Executed path (virtual time since start):
                  time  state          attempt  outcome  decision
                  +5s   AwaitApproval  1        running

                Execution RUNNING (not finished)"""));
    }

    @Test
    void shows_the_first_and_last_rows_of_a_long_path() {
        // GIVEN 100 Pass states
        Executions builder = new Executions();
        for (int i = 0; i < 100; i++) {
            builder.visit("Step" + i, StateType.PASS, i, i, ORDER, ORDER, List.of(), null, null, "Step" + (i + 1));
        }
        Execution run = builder.succeeded(100, ORDER);

        // WHEN
        List<String> rows = ExecutionReport.pathTable(run).lines().toList();

        // THEN a heading, the column names, 40 rows, the gap, 20 rows
        assertThat(rows).hasSize(2 + ExecutionReport.MAX_ROWS + 1);
        assertThat(rows.get(2)).isEqualTo("  +0s      Step0            ok       -> Step1");
        assertThat(rows.get(42)).isEqualTo("  ... 40 rows not shown ...");
        assertThat(rows.get(43)).startsWith("  +1m 20s  Step80");
        assertThat(rows.get(62)).isEqualTo("  +1m 39s  Step99           ok       -> Step100");
    }

    @Test
    void lists_the_stubs_that_answered_no_call_with_the_line_that_registered_them() {
        // GIVEN an execution answered by TaskMocks, one stub of which was never used
        TaskMocks mocks = new TaskMocks();
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        mocks.forState("Refund").thenReturn("{}");
        Execution run = Executions.retriedThenSucceeded();
        Execution answered = new Execution(
                run.executionArn(),
                run.status(),
                run.input(),
                run.output(),
                run.error(),
                run.cause(),
                run.startTime(),
                run.stopTime(),
                run.visits(),
                run.invocations(),
                run.history(),
                mocks.unusedStubs());

        // WHEN
        String calls = ExecutionReport.taskCalls(answered);

        // THEN
        assertThat(calls).isEqualTo(lines("""
                Task calls:
                  ValidateOrder  1 call   arn:aws:states:::lambda:invoke
                  ChargeCard     3 calls  arn:aws:states:::lambda:invoke
                  Notify         1 call   arn:aws:states:::lambda:invoke

                Stubs that answered no call:
                  forState("Refund") registered at ExecutionReportTest.java:""" + line));
    }

    @Test
    void formats_virtual_durations_compactly() {
        assertThat(DurationText.of(java.time.Duration.ZERO)).isEqualTo("0s");
        assertThat(DurationText.of(java.time.Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(DurationText.of(java.time.Duration.ofSeconds(150))).isEqualTo("2m 30s");
        assertThat(DurationText.of(java.time.Duration.ofHours(26))).isEqualTo("1d 2h");
        assertThat(DurationText.of(java.time.Duration.ofSeconds(-3))).isEqualTo("-3s");
    }
}
