package io.github.sfnunit.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.StateVisit;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskHandler;
import io.github.sfnunit.mock.TaskOutcome;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSONata states run through the engine: every field that takes an expression, and {@code $states}. */
class JsonataStatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Execution run(String definition, String input) {
        return run(definition, input, invocation -> new TaskOutcome.Succeeded(json("{}")));
    }

    static Execution run(String definition, String input, TaskHandler handler) {
        return StateMachine.from(
                        new DefinitionParser().parse(definition),
                        ExecutionOptions.builder().taskHandler(handler).build())
                .start(json(input));
    }

    @Test
    void pass_output_evaluates_nested_expressions_over_the_raw_input() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass",
                  "Output": {"sum": "{% $sum($states.input.n) %}", "list": ["x", "{% $states.input.n[0] %}"]},
                  "End": true}}}
                """, "{\"n\": [1, 2, 3]}");

        assertThat(run.output()).isEqualTo(json("{\"sum\": 6, \"list\": [\"x\", 1]}"));
    }

    @Test
    void task_arguments_are_sent_and_output_sees_the_result() {
        // GIVEN a task whose handler records the parameters it receives
        List<JsonNode> sent = new ArrayList<>();
        TaskHandler handler = invocation -> {
            sent.add(invocation.parameters());
            return new TaskOutcome.Succeeded(json("{\"total\": 42}"));
        };

        // WHEN it runs
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Arguments": {"FunctionName": "f", "Payload": {"id": "{% $states.input.id %}"}},
                  "Output": {"in": "{% $states.input.id %}", "total": "{% $states.result.total %}"},
                  "End": true}}}
                """, "{\"id\": \"o-1\"}", handler);

        // THEN Arguments went to the task and Output combined input and result
        assertThat(sent).containsExactly(json("{\"FunctionName\": \"f\", \"Payload\": {\"id\": \"o-1\"}}"));
        assertThat(run.output()).isEqualTo(json("{\"in\": \"o-1\", \"total\": 42}"));
    }

    @Test
    void a_task_without_output_returns_its_result() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {"FunctionName": "f"}, "End": true}}}
                """, "{}", invocation -> new TaskOutcome.Succeeded(json("{\"r\": 1}")));

        assertThat(run.output()).isEqualTo(json("{\"r\": 1}"));
    }

    @Test
    void all_assignments_of_a_state_see_the_variables_from_before_it() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"x": 1}, "Next": "B"},
                  "B": {"Type": "Pass", "Assign": {"x": "{% $x + 1 %}", "y": "{% $x %}"},
                        "Output": "{% $x %}", "End": true}}}
                """, "{}");

        StateVisit b = run.visits().get(1);
        assertThat(b.variables()).containsEntry("x", json("2")).containsEntry("y", json("1"));
        assertThat(run.output()).isEqualTo(json("1"));
    }

    @Test
    void an_undefined_variable_fails_the_state_with_AWS_cause() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "State0", "States": {"State0": {"Type": "Pass",
                  "Output": {"result": "{% $doesNotExist %}"}, "End": true}}}
                """, "{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(run.cause())
                .isEqualTo("An error occurred while executing the state 'State0' (entered at the event id #2). The"
                        + " JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing"
                        + " (undefined).");
    }

    @Test
    void a_failed_evaluation_is_recorded_in_history_with_its_field() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "State0", "States": {"State0": {"Type": "Pass",
                  "Assign": {"result": "{% $doesNotExist %}"}, "End": true}}}
                """, "{}");

        HistoryEvent evaluationFailed = run.history().get(2);
        assertThat(run.history().stream().map(HistoryEvent::type))
                .containsExactly("ExecutionStarted", "PassStateEntered", "EvaluationFailed", "ExecutionFailed");
        assertThat(evaluationFailed.details().get("location").asText()).isEqualTo("Assign/result");
        assertThat(evaluationFailed.details().get("state").asText()).isEqualTo("State0");
    }

    @Test
    void choice_condition_picks_the_rule_and_applies_its_output_and_assign() {
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.n > 1 %}", "Next": "Big",
                         "Output": {"rule": "{% $states.input.n %}"}, "Assign": {"picked": "big"}}],
                        "Default": "Small", "Output": "default", "Assign": {"picked": "small"}},
                  "Big": {"Type": "Succeed"}, "Small": {"Type": "Succeed"}}}
                """;

        Execution big = run(definition, "{\"n\": 5}");
        Execution small = run(definition, "{\"n\": 0}");

        assertThat(big.statesEntered()).containsExactly("C", "Big");
        assertThat(big.output()).isEqualTo(json("{\"rule\": 5}"));
        assertThat(big.visits().get(0).variables()).containsEntry("picked", json("\"big\""));
        assertThat(small.statesEntered()).containsExactly("C", "Small");
        assertThat(small.output()).isEqualTo(json("\"default\""));
        assertThat(small.visits().get(0).variables()).containsEntry("picked", json("\"small\""));
    }

    @Test
    void a_condition_that_is_not_a_boolean_fails_the_state() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.n %}", "Next": "S"}]},
                  "S": {"Type": "Succeed"}}}
                """, "{\"n\": 5}");

        assertThat(run.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(run.cause())
                .endsWith("The JSONata expression '$states.input.n' specified for the field 'Choices[0]/Condition'"
                        + " returned an unexpected result type. Expected 'boolean', but was 'number' for value: 5");
    }

    @Test
    void wait_seconds_and_timestamp_take_expressions() {
        Execution seconds = run("""
                {"QueryLanguage": "JSONata", "StartAt": "W", "States": {
                  "W": {"Type": "Wait", "Seconds": "{% $states.input.s * 2 %}", "End": true}}}
                """, "{\"s\": 30}");
        Execution timestamp = run("""
                {"QueryLanguage": "JSONata", "StartAt": "W", "States": {
                  "W": {"Type": "Wait", "Timestamp": "{% $states.input.t %}", "End": true}}}
                """, "{\"t\": \"2024-06-01T00:00:00Z\"}");

        assertThat(seconds.virtualDuration()).isEqualTo(Duration.ofMinutes(1));
        assertThat(timestamp.stopTime()).isEqualTo(java.time.Instant.parse("2024-06-01T00:00:00Z"));
    }

    @Test
    void task_timeout_seconds_takes_an_expression() {
        Execution run = run(
                """
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {"FunctionName": "f"},
                  "TimeoutSeconds": "{% $states.input.limit %}", "End": true}}}
                """,
                "{\"limit\": 5}",
                invocation -> new TaskOutcome.Succeeded(json("{}"), Duration.ofSeconds(10), List.of()));

        assertThat(run.error()).isEqualTo("States.Timeout");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void task_heartbeat_seconds_takes_an_expression() {
        Execution run = run(
                """
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {"FunctionName": "f"},
                  "HeartbeatSeconds": "{% $states.input.beat %}", "End": true}}}
                """,
                "{\"beat\": 3}",
                invocation -> new TaskOutcome.Succeeded(json("{}"), Duration.ofSeconds(10), List.of()));

        assertThat(run.error()).isEqualTo("States.Timeout");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void fail_error_and_cause_take_expressions() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "F", "States": {"F": {"Type": "Fail",
                  "Error": "{% $states.input.code %}", "Cause": "{% 'because ' & $states.input.why %}"}}}
                """, "{\"code\": \"Oops\", \"why\": \"broken\"}");

        assertThat(run.error()).isEqualTo("Oops");
        assertThat(run.cause()).isEqualTo("because broken");
    }

    @Test
    void a_catcher_sees_the_error_output_in_its_output_and_assign() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {"FunctionName": "f"},
                        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Fallback",
                                   "Output": {"in": "{% $states.input %}", "err": "{% $states.errorOutput.Error %}"},
                                   "Assign": {"cause": "{% $states.errorOutput.Cause %}"}}],
                        "End": true},
                  "Fallback": {"Type": "Pass", "Output": {"out": "{% $states.input %}", "cause": "{% $cause %}"},
                               "End": true}}}
                """, "{\"a\": 1}", invocation -> new TaskOutcome.Failed("Boom", "it broke"));

        assertThat(run.output())
                .isEqualTo(json("{\"out\": {\"in\": {\"a\": 1}, \"err\": \"Boom\"}, \"cause\": \"it broke\"}"));
    }

    @Test
    void a_catcher_without_output_passes_the_error_output_on() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {"FunctionName": "f"},
                        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "S"}], "End": true},
                  "S": {"Type": "Succeed"}}}
                """, "{}", invocation -> new TaskOutcome.Failed("Boom", "it broke"));

        assertThat(run.output()).isEqualTo(json("{\"Error\": \"Boom\", \"Cause\": \"it broke\"}"));
    }

    @Test
    void query_languages_mix_per_state_and_share_variables() {
        Execution run = run("""
                {"StartAt": "Path", "States": {
                  "Path": {"Type": "Pass", "Assign": {"who.$": "$.name"}, "Next": "Ata"},
                  "Ata": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": {"hello": "{% $who %}"}, "Next": "Back"},
                  "Back": {"Type": "Pass", "Parameters": {"again.$": "$who", "out.$": "$.hello"}, "End": true}}}
                """, "{\"name\": \"Ana\"}");

        assertThat(run.output()).isEqualTo(json("{\"again\": \"Ana\", \"out\": \"Ana\"}"));
    }

    @Test
    void a_query_evaluation_error_can_be_caught() {
        Execution run = run("""
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {"FunctionName": "f"},
                        "Output": "{% $number('abc') %}",
                        "Catch": [{"ErrorEquals": ["States.QueryEvaluationError"], "Next": "S",
                                   "Output": "{% $states.errorOutput.Error %}"}], "End": true},
                  "S": {"Type": "Succeed"}}}
                """, "{}");

        assertThat(run.output()).isEqualTo(json("\"States.QueryEvaluationError\""));
    }
}
