package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.ExecutionAssertTest.message;
import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.Execution;
import io.github.sfnunit.asl.StateType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** hasInputAt, hasOutputAt and hasParametersAt on states and visits, and invokedWithAt on the execution. */
class PathAssertionsTest {

    private final Execution succeeded = Executions.retriedThenSucceeded();
    private final Execution failed = Executions.caughtThenFailed();

    @Test
    void state_path_assertions_pass_on_the_values_the_state_saw() {
        assertThatCode(() -> assertThat(succeeded)
                        .state("ChargeCard")
                        .hasInputAt("$.orderId", "o-1")
                        .hasOutputAt("$.charge.amount", 42.0)
                        .hasOutputAt("$.charge", Map.of("chargeId", "ch-1", "amount", 42))
                        .hasParametersAt("$.orderId", "o-1")
                        .visit(1)
                        .hasInputAt("$.orderId", "o-1")
                        .hasOutputAt("$.charge.chargeId", "ch-1")
                        .hasParametersAt("$", Map.of("orderId", "o-1")))
                .doesNotThrowAnyException();
    }

    @Test
    void hasInputAt_fails_with_the_value_found() {
        assertThatThrownBy(() -> assertThat(succeeded).state("ChargeCard").hasInputAt("$.orderId", "o-2"))
                .hasMessage(message(succeeded, """

                        Expecting input of state "ChargeCard" at:
                          "$.orderId"
                        to be:
                          "o-2"
                        but was:
                          "o-1\""""));
    }

    @Test
    void hasOutputAt_on_a_visit_shows_the_output_when_the_path_selects_nothing() {
        Execution loop = StateAssertTest.twoVisits();
        assertThatThrownBy(() -> assertThat(loop).state("Poll").visit(2).hasOutputAt("$.state", "DONE"))
                .hasMessage(message(loop, """

                        Expecting output of state "Poll" (visit 2 of 2) at:
                          "$.state"
                        to be:
                          "DONE"
                        but the path selects nothing in the output:
                          {
                            "status" : "DONE"
                          }"""));
    }

    @Test
    void hasOutputAt_says_why_a_failed_state_has_no_output() {
        assertThatThrownBy(() -> assertThat(failed).state("ChargeCard").hasOutputAt("$.chargeId", "ch-1"))
                .hasMessage(message(failed, """

                        Expecting output of state "ChargeCard" at:
                          "$.chargeId"
                        to be:
                          "ch-1"
                        but the state has no output: it failed with "PaymentDeclined", which a catcher handled"""));
        assertThatThrownBy(() -> assertThat(failed).state("OrderFailed").hasOutputAt("$", "x"))
                .hasMessage(message(failed, """

                        Expecting output of state "OrderFailed" at:
                          "$"
                        to be:
                          "x"
                        but the state has no output: it failed with "OrderFailed\""""));
    }

    @Test
    void hasParametersAt_lists_every_call_of_a_retried_visit() {
        assertThatThrownBy(() -> assertThat(succeeded).state("ChargeCard").hasParametersAt("$.orderId", "o-9"))
                .hasMessage(message(succeeded, """

                        Expecting parameters of state "ChargeCard" at:
                          "$.orderId"
                        to be:
                          "o-9"
                        but its calls had there:
                          call 1: "o-1"
                          call 2: "o-1"
                          call 3: "o-1\""""));
    }

    @Test
    void hasParametersAt_shows_the_one_call_of_a_visit() {
        assertThatThrownBy(() -> assertThat(succeeded).state("Notify").hasParametersAt("$.charge.amount", 41))
                .hasMessage(message(succeeded, """

                        Expecting parameters of state "Notify" at:
                          "$.charge.amount"
                        to be:
                          41
                        but was:
                          42"""));
    }

    @Test
    void hasParametersAt_fails_for_a_visit_that_called_no_task() {
        Execution loop = StateAssertTest.twoVisits();
        assertThatThrownBy(() -> assertThat(loop).state("Poll").visit(1).hasParametersAt("$.x", 1))
                .hasMessage(message(loop, """

                        Expecting parameters of state "Poll" (visit 1 of 2) at:
                          "$.x"
                        to be:
                          1
                        but the visit called no task"""));
    }

    @Test
    void hasParametersAt_gives_each_visit_of_a_loop_its_own_calls() {
        Execution loop = new Executions()
                .visit(
                        "Poll",
                        StateType.TASK,
                        0,
                        0,
                        "{\"n\":1}",
                        "{\"n\":1}",
                        List.of(Executions.ok(0, 0, 0)),
                        null,
                        null,
                        "Poll")
                .visit(
                        "Poll",
                        StateType.TASK,
                        0,
                        0,
                        "{\"n\":2}",
                        "{\"n\":2}",
                        List.of(Executions.ok(0, 0, 0)),
                        null,
                        null,
                        null)
                .succeeded(0, "{}");
        assertThatCode(() -> assertThat(loop)
                        .state("Poll")
                        .visit(1)
                        .hasParametersAt("$.n", 1)
                        .returnToState()
                        .visit(2)
                        .hasParametersAt("$.n", 2))
                .doesNotThrowAnyException();
    }

    @Test
    void execution_hasOutputAt_says_when_the_execution_has_no_output() {
        assertThatThrownBy(() -> assertThat(failed).hasOutputAt("$.x", 1)).hasMessage(message(failed, """

                        Expecting execution output at:
                          "$.x"
                        to be:
                          1
                        but the execution has no output, its status was:
                          FAILED
                          error: "OrderFailed"
                          cause: "payment declined\""""));
    }

    @Test
    void invokedWithAt_passes_when_one_call_had_the_value() {
        assertThatCode(() -> assertThat(succeeded).invokedWithAt("Notify", "$.charge.chargeId", "ch-1"))
                .doesNotThrowAnyException();
    }

    @Test
    void invokedWithAt_lists_what_each_call_had_at_the_path() {
        assertThatThrownBy(() -> assertThat(succeeded).invokedWithAt("ChargeCard", "$.charge", "x"))
                .hasMessage(message(succeeded, """

                        Expecting input of task state "ChargeCard" at:
                          "$.charge"
                        to be:
                          "x"
                        but its calls had there:
                          call 1: <none>
                          call 2: <none>
                          call 3: <none>"""));
    }

    @Test
    void invokedWithAt_says_when_the_state_was_never_called() {
        assertThatThrownBy(() -> assertThat(succeeded).invokedWithAt("Refund", "$.x", 1))
                .hasMessage(message(succeeded, """

                        Expecting input of task state "Refund" at:
                          "$.x"
                        to be:
                          1
                        but it was never called."""));
    }
}
