package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.ExecutionAssertTest.message;
import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateVisit;
import io.github.sfnunit.asl.StateType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateAssertTest {

    private final Execution succeeded = Executions.retriedThenSucceeded();
    private final Execution failed = Executions.caughtThenFailed();

    @Test
    void navigates_to_a_state_and_back_to_the_execution() {
        assertThatCode(() -> assertThat(succeeded)
                        .state("ChargeCard")
                        .wasEntered()
                        .wasAttempted(3)
                        .wasRetriedOn("Lambda.TooManyRequestsException")
                        .hasRetryDelays(Duration.ofSeconds(1), Duration.ofSeconds(2))
                        .returnToExecution()
                        .succeeded())
                .doesNotThrowAnyException();
    }

    @Test
    void wasEntered_fails_for_a_state_never_entered() {
        assertThatThrownBy(() -> assertThat(succeeded).state("Notfy").wasEntered())
                .hasMessage(message(succeeded, """

                        Expecting state "Notfy" to have been entered:
                          at least once
                        but was entered:
                          0 times (did you mean "Notify"?)"""));
    }

    @Test
    void wasAttempted_counts_the_first_attempt_and_each_retry() {
        assertThatThrownBy(() -> assertThat(succeeded).state("ChargeCard").wasAttempted(2))
                .hasMessage(message(succeeded, """

                        Expecting state "ChargeCard" to have been attempted:
                          2 times
                        but was attempted:
                          3 times"""));
    }

    @Test
    void wasRetriedOn_lists_the_errors_that_were_retried() {
        assertThatThrownBy(() -> assertThat(succeeded).state("ChargeCard").wasRetriedOn("States.Timeout"))
                .hasMessage(message(succeeded, """

                        Expecting state "ChargeCard" to have been retried on error:
                          "States.Timeout"
                        but it was retried on:
                          ["Lambda.TooManyRequestsException"]"""));
    }

    @Test
    void wasRetriedOn_does_not_count_a_failure_no_retrier_matched() {
        assertThatThrownBy(() -> assertThat(failed).state("ChargeCard").wasRetriedOn("PaymentDeclined"))
                .hasMessage(message(failed, """

                        Expecting state "ChargeCard" to have been retried on error:
                          "PaymentDeclined"
                        but it was never retried."""));
    }

    @Test
    void wasNotRetried_fails_for_a_retried_state() {
        assertThatCode(() -> assertThat(succeeded).state("Notify").wasNotRetried())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(succeeded).state("ChargeCard").wasNotRetried())
                .hasMessage(message(succeeded, """

                        Expecting state "ChargeCard" not to have been retried
                        but it was retried on:
                          ["Lambda.TooManyRequestsException"]"""));
    }

    @Test
    void hasRetryDelays_compares_the_virtual_back_off() {
        assertThatThrownBy(() -> assertThat(succeeded)
                        .state("ChargeCard")
                        .hasRetryDelays(Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessage(message(succeeded, """

                        Expecting state "ChargeCard" to have had retry delays (virtual time):
                          [1s, 1s]
                        but had:
                          [1s, 2s]"""));
    }

    @Test
    void wasCaught_and_andWentTo_pass_for_the_catcher_taken() {
        assertThatCode(() -> assertThat(failed)
                        .state("ChargeCard")
                        .wasCaught("PaymentDeclined")
                        .andWentTo("NotifyDeclined")
                        .wasAttempted(1))
                .doesNotThrowAnyException();
    }

    @Test
    void wasCaught_fails_when_no_error_was_caught() {
        assertThatThrownBy(() -> assertThat(succeeded).state("ChargeCard").wasCaught("PaymentDeclined"))
                .hasMessage(message(succeeded, """

                        Expecting state "ChargeCard" to have caught error:
                          "PaymentDeclined"
                        but no error of it was caught."""));
    }

    @Test
    void wasCaught_lists_the_errors_caught_instead() {
        assertThatThrownBy(() -> assertThat(failed).state("ChargeCard").wasCaught("States.Timeout"))
                .hasMessage(message(failed, """

                        Expecting state "ChargeCard" to have caught error:
                          "States.Timeout"
                        but it caught:
                          ["PaymentDeclined"]"""));
    }

    @Test
    void andWentTo_fails_when_the_catcher_led_elsewhere() {
        assertThatThrownBy(() -> assertThat(failed)
                        .state("ChargeCard")
                        .wasCaught("PaymentDeclined")
                        .andWentTo("Refund"))
                .hasMessage(message(failed, """

                        Expecting error "PaymentDeclined" caught in state "ChargeCard" to have led to:
                          "Refund"
                        but it led to:
                          "NotifyDeclined\""""));
    }

    @Test
    void hasInput_and_hasOutput_check_the_only_visit() {
        assertThatCode(() -> assertThat(succeeded)
                        .state("ChargeCard")
                        .hasInput(Executions.ORDER)
                        .hasOutput(Executions.CHARGED))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(succeeded).state("ChargeCard").hasInput("{\"orderId\":\"o-2\"}"))
                .hasMessage(message(succeeded, """

                        Expecting input of state "ChargeCard":
                          {
                            "orderId" : "o-1"
                          }
                        to be equal to:
                          {
                            "orderId" : "o-2"
                          }
                        but differed at:
                          /orderId: expected "o-2" but was "o-1\""""));
    }

    @Test
    void visit_picks_one_visit_counted_from_one() {
        Execution loop = twoVisits();
        assertThatCode(() -> assertThat(loop)
                        .state("Poll")
                        .visit(2)
                        .hasOutput("{\"status\":\"DONE\"}")
                        .hasVariable("attempts", 2)
                        .wentTo("Done")
                        .returnToState()
                        .wasEntered(2))
                .doesNotThrowAnyException();
    }

    @Test
    void state_level_shortcuts_refuse_a_state_entered_more_than_once() {
        Execution loop = twoVisits();
        assertThatThrownBy(() -> assertThat(loop).state("Poll").hasOutput("{}")).hasMessage(message(loop, """

                        Expecting state "Poll" to have been entered:
                          exactly once (use visit(n) to choose a visit)
                        but was entered:
                          2 times"""));
    }

    @Test
    void visit_fails_when_the_state_was_entered_fewer_times() {
        Execution loop = twoVisits();
        assertThatThrownBy(() -> assertThat(loop).state("Poll").visit(3)).hasMessage(message(loop, """

                        Expecting state "Poll" to have been entered:
                          at least 3 times
                        but was entered:
                          2 times"""));
    }

    @Test
    void hasVariable_shows_the_value_found() {
        Execution loop = twoVisits();
        assertThatThrownBy(() -> assertThat(loop).state("Poll").visit(1).hasVariable("attempts", 2))
                .hasMessage(message(loop, """

                        Expecting variable "attempts" after state "Poll" (visit 1 of 2) to be:
                          2
                        but was:
                          1"""));
        assertThatThrownBy(() -> assertThat(loop).state("Poll").visit(1).hasVariable("missing", "x"))
                .hasMessageContaining("but was:" + System.lineSeparator() + "  <not set>");
    }

    @Test
    void wentTo_shows_where_the_visit_went() {
        Execution loop = twoVisits();
        assertThatThrownBy(() -> assertThat(loop).state("Poll").visit(1).wentTo("Done"))
                .hasMessage(message(loop, """

                        Expecting state "Poll" (visit 1 of 2) to have gone to:
                          "Done"
                        but it went to:
                          "Wait\""""));
    }

    /** Poll, Wait, Poll, Done: a polling loop with an {@code attempts} variable. */
    static Execution twoVisits() {
        return new Executions()
                .visit(poll(0, 0, "{\"status\":\"PENDING\"}", 1, "Wait"))
                .visit("Wait", StateType.WAIT, 0, 10, "{}", "{}", List.of(), null, null, "Poll")
                .visit(poll(2, 10, "{\"status\":\"DONE\"}", 2, "Done"))
                .visit("Done", StateType.SUCCEED, 10, 10, "{}", "{}", List.of(), null, null, null)
                .succeeded(10, "{}");
    }

    private static StateVisit poll(int sequence, double at, String output, int attempts, String next) {
        return new StateVisit(
                "Poll",
                "Poll",
                StateType.PASS,
                sequence,
                Executions.at(at),
                Executions.at(at),
                Executions.json("{}"),
                Executions.json(output),
                List.of(),
                null,
                null,
                null,
                Map.of("attempts", Executions.json(Integer.toString(attempts))),
                next,
                null,
                null);
    }
}
