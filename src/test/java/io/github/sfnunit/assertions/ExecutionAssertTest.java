package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.ExecutionReportTest.lines;
import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.history.HistoryEvent;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ExecutionAssertTest {

    private final Execution succeeded = Executions.retriedThenSucceeded();
    private final Execution failed = Executions.caughtThenFailed();

    /** The expected message: the AssertJ-style headline, a blank line, then the execution report. */
    static String message(Execution run, String headline) {
        String nl = System.lineSeparator();
        return lines(headline) + nl + nl + ExecutionReport.render(run);
    }

    @Test
    void succeeded_passes_for_a_succeeded_execution() {
        assertThatCode(() -> assertThat(succeeded).succeeded()).doesNotThrowAnyException();
    }

    @Test
    void succeeded_fails_with_the_status_error_and_cause() {
        assertThatThrownBy(() -> assertThat(failed).succeeded())
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessage(message(failed, """

                        Expecting execution to have status:
                          SUCCEEDED
                        but was:
                          FAILED
                          error: "OrderFailed"
                          cause: "payment declined\""""));
    }

    @Test
    void failed_and_timedOut_check_the_status() {
        assertThatCode(() -> assertThat(failed).failed()).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(succeeded).timedOut()).hasMessage(message(succeeded, """

                        Expecting execution to have status:
                          TIMED_OUT
                        but was:
                          SUCCEEDED"""));
    }

    @Test
    void a_description_prefixes_the_message_as_in_assertj() {
        assertThatThrownBy(() -> assertThat(succeeded).as("happy path").failed())
                .hasMessageStartingWith("[happy path] " + lines("\nExpecting execution to have status:\n  FAILED"));
    }

    @Test
    void failedWith_passes_for_the_error_and_the_cause() {
        assertThatCode(() -> assertThat(failed).failedWith("OrderFailed").failedWith("OrderFailed", "payment declined"))
                .doesNotThrowAnyException();
    }

    @Test
    void failedWith_fails_when_the_cause_differs() {
        assertThatThrownBy(() -> assertThat(failed).failedWith("OrderFailed", "card expired"))
                .hasMessage(message(failed, """

                        Expecting execution to have failed with error:
                          "OrderFailed"
                        and cause:
                          "card expired"
                        but was:
                          FAILED
                          error: "OrderFailed"
                          cause: "payment declined\""""));
    }

    @Test
    void failedWith_fails_when_the_execution_succeeded() {
        assertThatThrownBy(() -> assertThat(succeeded).failedWith("OrderFailed"))
                .hasMessage(message(succeeded, """

                        Expecting execution to have failed with error:
                          "OrderFailed"
                        but was:
                          SUCCEEDED"""));
    }

    @Test
    void visited_names_the_states_never_entered_and_suggests_a_close_name() {
        assertThatCode(() -> assertThat(succeeded).visited("Notify", "ChargeCard"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(succeeded).visited("ChargeCard", "Chargecard", "Refund"))
                .hasMessage(message(succeeded, """

                        Expecting execution to have visited:
                          ["ChargeCard", "Chargecard", "Refund"]
                        but these states were never entered:
                          "Chargecard" (did you mean "ChargeCard"?)
                          "Refund\""""));
    }

    @Test
    void visited_with_times_counts_entries_not_attempts() {
        assertThatCode(() -> assertThat(succeeded).visited("ChargeCard", 1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(succeeded).visited("ChargeCard", 3)).hasMessage(message(succeeded, """

                        Expecting state "ChargeCard" to have been entered:
                          3 times
                        but was entered:
                          1 time"""));
    }

    @Test
    void visitedInOrder_allows_states_in_between() {
        assertThatCode(() -> assertThat(succeeded).visitedInOrder("ValidateOrder", "Notify"))
                .doesNotThrowAnyException();
    }

    @Test
    void visitedInOrder_names_the_first_state_out_of_order() {
        assertThatThrownBy(() -> assertThat(succeeded).visitedInOrder("Notify", "ChargeCard"))
                .hasMessage(message(succeeded, """

                        Expecting execution to have visited in order:
                          ["Notify", "ChargeCard"]
                        but "ChargeCard" was not entered after "Notify"."""));
    }

    @Test
    void visitedInOrder_says_when_a_state_was_never_entered() {
        assertThatThrownBy(() -> assertThat(succeeded).visitedInOrder("ValidateOrder", "Notfy"))
                .hasMessage(message(succeeded, """

                        Expecting execution to have visited in order:
                          ["ValidateOrder", "Notfy"]
                        but "Notfy" was never entered (did you mean "Notify"?)."""));
    }

    @Test
    void visitedExactly_shows_every_state_entered() {
        assertThatCode(() -> assertThat(succeeded).visitedExactly("ValidateOrder", "ChargeCard", "Notify"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(succeeded).visitedExactly("ValidateOrder", "Notify"))
                .hasMessage(message(succeeded, """

                        Expecting execution to have visited exactly:
                          ["ValidateOrder", "Notify"]
                        but entered:
                          ["ValidateOrder", "ChargeCard", "Notify"]"""));
    }

    @Test
    void neverVisited_shows_how_often_the_unwanted_states_were_entered() {
        assertThatCode(() -> assertThat(succeeded).neverVisited("NotifyDeclined"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(failed).neverVisited("Refund", "NotifyDeclined"))
                .hasMessage(message(failed, """

                        Expecting execution to never have visited:
                          ["Refund", "NotifyDeclined"]
                        but entered:
                          "NotifyDeclined" 1 time"""));
    }

    @Test
    void endedAt_checks_the_last_top_level_state() {
        assertThatCode(() -> assertThat(failed).endedAt("OrderFailed")).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(failed).endedAt("Notify")).hasMessage(message(failed, """

                        Expecting execution to have ended at state:
                          "Notify"
                        but it ended at:
                          "OrderFailed\""""));
    }

    @Test
    void hasOutput_compares_as_json_with_numbers_by_value_and_members_in_any_order() {
        assertThatCode(() -> assertThat(succeeded)
                        .hasOutput("{\"charge\":{\"amount\":42.0,\"chargeId\":\"ch-1\"},\"orderId\":\"o-1\"}"))
                .doesNotThrowAnyException();
    }

    @Test
    void hasOutput_fails_with_an_ide_diff_and_the_differences_by_json_pointer() {
        assertThatThrownBy(() ->
                        assertThat(succeeded).hasOutput("{\"orderId\":\"o-1\",\"charge\":{\"chargeId\":\"ch-2\"}}"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage(message(succeeded, """

                        Expecting execution output:
                          {
                            "orderId" : "o-1",
                            "charge" : {
                              "chargeId" : "ch-1",
                              "amount" : 42
                            }
                          }
                        to be equal to:
                          {
                            "orderId" : "o-1",
                            "charge" : {
                              "chargeId" : "ch-2"
                            }
                          }
                        but differed at:
                          /charge/chargeId: expected "ch-2" but was "ch-1"
                          /charge/amount: unexpected 42"""))
                .satisfies(error -> {
                    AssertionFailedError diff = (AssertionFailedError) error;
                    org.assertj.core.api.Assertions.assertThat(
                                    diff.getExpected().getStringRepresentation())
                            .contains("\"chargeId\" : \"ch-2\"");
                    org.assertj.core.api.Assertions.assertThat(diff.getActual().getStringRepresentation())
                            .contains("\"chargeId\" : \"ch-1\"");
                });
    }

    @Test
    void hasOutput_says_when_the_execution_has_no_output() {
        assertThatThrownBy(() -> assertThat(failed).hasOutput("{}")).hasMessage(message(failed, """

                        Expecting execution output to be equal to:
                          { }
                        but the execution has no output, its status was:
                          FAILED
                          error: "OrderFailed"
                          cause: "payment declined\""""));
    }

    @Test
    void hasOutput_rejects_expected_text_with_more_after_the_json() {
        assertThatThrownBy(() -> assertThat(succeeded).hasOutput("{\"orderId\": 1} [2]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the expected output is not valid JSON: Trailing token");
    }

    @Test
    void hasOutput_rejects_expected_text_that_is_not_json() {
        assertThatThrownBy(() -> assertThat(succeeded).hasOutput("{orderId: 1}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the expected output is not valid JSON: ");
    }

    @Test
    void hasOutputAt_maps_the_expected_value_like_jackson() {
        assertThatCode(() -> assertThat(succeeded)
                        .hasOutputAt("$.charge.chargeId", "ch-1")
                        .hasOutputAt("$.charge.amount", 42.0)
                        .hasOutputAt("$.charge", Map.of("chargeId", "ch-1", "amount", 42)))
                .doesNotThrowAnyException();
    }

    @Test
    void hasOutputAt_fails_with_the_value_found() {
        assertThatThrownBy(() -> assertThat(succeeded).hasOutputAt("$.charge.amount", 41))
                .hasMessage(message(succeeded, """

                        Expecting execution output at:
                          "$.charge.amount"
                        to be:
                          41
                        but was:
                          42"""));
    }

    @Test
    void hasOutputAt_shows_the_output_when_the_path_selects_nothing() {
        assertThatThrownBy(() -> assertThat(succeeded).hasOutputAt("$.charge.currency", "EUR"))
                .hasMessage(message(succeeded, """

                        Expecting execution output at:
                          "$.charge.currency"
                        to be:
                          "EUR"
                        but the path selects nothing in the output:
                          {
                            "orderId" : "o-1",
                            "charge" : {
                              "chargeId" : "ch-1",
                              "amount" : 42
                            }
                          }"""));
    }

    @Test
    void tookVirtually_compares_the_virtual_duration() {
        assertThatCode(() -> assertThat(succeeded).tookVirtually(Duration.ofSeconds(3)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(succeeded).tookVirtually(Duration.ofSeconds(6)))
                .hasMessage(message(succeeded, """

                        Expecting execution to have taken (virtual time):
                          6s
                        but took:
                          3s"""));
    }

    @Test
    void invoked_counts_every_call_including_retries() {
        assertThatCode(() -> assertThat(succeeded).invoked("ChargeCard", 3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(succeeded).invoked("ChargCard", 1)).hasMessage(message(succeeded, """

                        Expecting task state "ChargCard" to have been called:
                          1 time
                        but was called:
                          0 times (did you mean "ChargeCard"?)"""));
    }

    @Test
    void invokedWith_lists_the_inputs_of_every_call() {
        assertThatCode(() -> assertThat(succeeded).invokedWith("ChargeCard", "{\"orderId\":\"o-1\"}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(failed).invokedWith("ChargeCard", "{\"orderId\":\"o-2\"}"))
                .hasMessage(message(failed, """

                        Expecting task state "ChargeCard" to have been called with input:
                          {"orderId":"o-2"}
                        but its calls had inputs:
                          1: {"orderId":"o-1"}"""));
    }

    @Test
    void taskInputs_and_history_give_assertj_list_assertions() {
        assertThat(succeeded).taskInputs("ChargeCard").hasSize(3);
        assertThat(succeeded)
                .history()
                .extracting(HistoryEvent::type)
                .containsExactly("ExecutionStarted", "ExecutionSucceeded");
        assertThatThrownBy(() -> assertThat(succeeded).history().isEmpty()).isInstanceOf(AssertionError.class);
    }

    @Test
    void hasStatus_fails_on_a_null_execution_like_assertj() {
        assertThatThrownBy(() -> assertThat((Execution) null).hasStatus(ExecutionStatus.ABORTED))
                .hasMessage(lines("\nExpecting actual not to be null"));
    }
}
