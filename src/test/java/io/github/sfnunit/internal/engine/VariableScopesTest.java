package io.github.sfnunit.internal.engine;

import static io.github.sfnunit.internal.engine.JsonataStatesTest.json;
import static io.github.sfnunit.internal.engine.JsonataStatesTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import org.junit.jupiter.api.Test;

/**
 * Variable scopes across Map iterations and Parallel branches: inner states read the outer variables, their own
 * assignments stay inside, and what the Map or Parallel state assigns itself is visible after it.
 */
class VariableScopesTest {

    @Test
    void a_map_iteration_reads_the_variables_assigned_before_the_map() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "Rate", "States": {
                  "Rate": {"Type": "Pass", "Assign": {"rate": 3}, "Next": "Each"},
                  "Each": {"Type": "Map", "Items": "{% $states.input.items %}",
                    "ItemProcessor": {"StartAt": "Scale", "States": {
                      "Scale": {"Type": "Pass", "Output": "{% $states.input * $rate %}", "End": true}}},
                    "End": true}}}
                """, "{\"items\": [1, 2, 3]}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output()).isEqualTo(json("[3, 6, 9]"));
    }

    @Test
    void an_assignment_inside_a_map_iteration_is_not_visible_after_the_map() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "Each", "States": {
                  "Each": {"Type": "Map", "Items": [1, 2],
                    "ItemProcessor": {"StartAt": "Remember", "States": {
                      "Remember": {"Type": "Pass", "Assign": {"seen": "{% $states.input %}"}, "End": true}}},
                    "Next": "After"},
                  "After": {"Type": "Pass", "Output": "{% $exists($seen) %}", "End": true}}}
                """, "{}");

        assertThat(run.output()).isEqualTo(json("false"));
    }

    @Test
    void what_the_map_state_assigns_from_its_result_is_visible_after_it() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "Each", "States": {
                  "Each": {"Type": "Map", "Items": [1, 2, 3],
                    "ItemProcessor": {"StartAt": "Same", "States": {"Same": {"Type": "Pass", "End": true}}},
                    "Assign": {"total": "{% $sum($states.result) %}"}, "Next": "After"},
                  "After": {"Type": "Pass", "Output": "{% $total %}", "End": true}}}
                """, "{}");

        assertThat(run.output()).isEqualTo(json("6"));
    }

    @Test
    void parallel_branches_read_outer_variables_and_keep_their_own_assignments() {
        Execution run = run("""
                {"StartAt": "Name", "States": {
                  "Name": {"Type": "Pass", "Assign": {"who": "Ada"}, "Next": "Both"},
                  "Both": {"Type": "Parallel", "Branches": [
                      {"StartAt": "Left", "States": {"Left": {"Type": "Pass",
                        "Parameters": {"hello.$": "$who"}, "Assign": {"branch": "left"}, "End": true}}},
                      {"StartAt": "Right", "States": {"Right": {"Type": "Pass",
                        "Parameters": {"bye.$": "$who"}, "End": true}}}],
                    "Next": "After"},
                  "After": {"Type": "Pass", "QueryLanguage": "JSONata",
                    "Output": {"branches": "{% $states.input %}", "leaked": "{% $exists($branch) %}"}, "End": true}}}
                """, "{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output())
                .isEqualTo(json("{\"branches\": [{\"hello\": \"Ada\"}, {\"bye\": \"Ada\"}], \"leaked\": false}"));
    }

    @Test
    void jsonata_map_fields_are_expressions_over_the_input_and_the_item() {
        Execution run = run(
                """
                {"QueryLanguage": "JSONata", "StartAt": "Each", "States": {
                  "Each": {"Type": "Map",
                    "Items": "{% $states.input.orders[amount > 10] %}",
                    "ItemSelector": {"id": "{% $states.context.Map.Item.Value.id %}",
                                     "index": "{% $states.context.Map.Item.Index %}"},
                    "MaxConcurrency": "{% $states.input.parallelism %}",
                    "ItemProcessor": {"StartAt": "Keep", "States": {"Keep": {"Type": "Pass", "End": true}}},
                    "End": true}}}
                """,
                "{\"parallelism\": 2, \"orders\": [{\"id\": \"a\", \"amount\": 5},"
                        + " {\"id\": \"b\", \"amount\": 20}, {\"id\": \"c\", \"amount\": 30}]}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output()).isEqualTo(json("[{\"id\": \"b\", \"index\": 0}, {\"id\": \"c\", \"index\": 1}]"));
    }

    @Test
    void a_jsonata_tolerated_failure_percentage_lets_the_map_succeed() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "Each", "States": {
                  "Each": {"Type": "Map", "Items": [1, 2, 3, 4],
                    "ToleratedFailurePercentage": "{% $states.input.tolerance %}",
                    "ItemProcessor": {"StartAt": "Check", "States": {
                      "Check": {"Type": "Choice", "Choices": [
                        {"Condition": "{% $states.input = 4 %}", "Next": "Boom"}], "Default": "Fine"},
                      "Boom": {"Type": "Fail", "Error": "Odd"},
                      "Fine": {"Type": "Succeed"}}},
                    "End": true}}}
                """, "{\"tolerance\": 25}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void a_map_state_without_tolerance_fails_when_an_item_fails() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "Each", "States": {
                  "Each": {"Type": "Map", "Items": [1, 2],
                    "ToleratedFailurePercentage": "{% $states.input.tolerance %}",
                    "ItemProcessor": {"StartAt": "Boom", "States": {"Boom": {"Type": "Fail", "Error": "Odd"}}},
                    "End": true}}}
                """, "{\"tolerance\": 0}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    }
}
