package io.github.sfnunit.internal.engine;

import static io.github.sfnunit.internal.engine.JsonataStatesTest.json;
import static io.github.sfnunit.internal.engine.JsonataStatesTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import org.junit.jupiter.api.Test;

/** Workflow variables in both query languages: evaluation order, visibility and size limits. */
class VariablesTest {

    @Test
    void jsonpath_assign_reads_the_result_and_the_previous_values() {
        Execution run = run("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"n": 1}, "Next": "B"},
                  "B": {"Type": "Pass", "Result": {"r": 10}, "Assign": {"n.$": "$.r", "old.$": "$n"}, "End": true}}}
                """, "{}");

        assertThat(run.visits().get(1).variables())
                .containsEntry("n", json("10"))
                .containsEntry("old", json("1"));
    }

    @Test
    void variables_are_visible_in_every_later_state() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"first": "{% $states.input.v %}"}, "Next": "B"},
                  "B": {"Type": "Pass", "Output": {}, "Next": "C"},
                  "C": {"Type": "Pass", "Output": "{% $first %}", "End": true}}}
                """, "{\"v\": \"kept\"}");

        assertThat(run.output()).isEqualTo(json("\"kept\""));
    }

    @Test
    void a_variable_larger_than_256_KiB_fails_the_state() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"big": "{% $states.input.text & $states.input.text %}"},
                        "End": true}}}
                """, "{\"text\": \"" + "x".repeat(140_000) + "\"}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(run.cause()).contains("The variable 'big' assigned in state 'A'");
    }

    @Test
    void one_assign_may_not_exceed_256_KiB_in_total() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {
                        "a": "{% $states.input.text %}", "b": "{% $states.input.text %}"}, "End": true}}}
                """, "{\"text\": \"" + "x".repeat(140_000) + "\"}");

        assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(run.cause()).contains("The Assign field of state 'A'");
    }
}
