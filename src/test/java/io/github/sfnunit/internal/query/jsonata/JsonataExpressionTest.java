package io.github.sfnunit.internal.query.jsonata;

import static io.github.sfnunit.internal.query.jsonata.Fixtures.bindings;
import static io.github.sfnunit.internal.query.jsonata.Fixtures.eval;
import static io.github.sfnunit.internal.query.jsonata.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.internal.query.StatesException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JsonataExpressionTest {

    @Test
    void states_input_is_the_raw_input() {
        assertThat(eval("$states.input.order.id", "{\"order\":{\"id\":\"o-1\"}}"))
                .isEqualTo(json("\"o-1\""));
    }

    @Test
    void states_result_error_output_and_context_are_bound_when_set() {
        // GIVEN bindings with a result and an error output
        JsonataBindings bindings =
                bindings("{}").withResult(json("{\"r\":1}")).withErrorOutput(json("{\"Error\":\"E\"}"));

        // WHEN an expression reads all of $states
        JsonNode value = JsonataExpression.compile(
                        "[$states.result.r, $states.errorOutput.Error, $states.context.State.Name]")
                .evaluate(bindings, "Output");

        // THEN each member is what was bound
        assertThat(value).isEqualTo(json("[1, \"E\", \"S\"]"));
    }

    @Test
    void an_unset_states_member_is_undefined() {
        assertThat(eval("$exists($states.result)", "{}")).isEqualTo(json("false"));
    }

    @Test
    void workflow_variables_are_read_as_dollar_names() {
        JsonNode value = JsonataExpression.compile("$greeting & ', ' & $who.name")
                .evaluate(bindings("{}", Map.of("greeting", "\"Hello\"", "who", "{\"name\":\"Ana\"}")), "Output");

        assertThat(value).isEqualTo(json("\"Hello, Ana\""));
    }

    @Test
    void a_variable_cannot_hide_states() {
        JsonNode value = JsonataExpression.compile("$states.input.a")
                .evaluate(bindings("{\"a\":1}", Map.of("states", "{\"input\":{\"a\":2}}")), "Output");

        assertThat(value).isEqualTo(json("1"));
    }

    @Test
    void json_null_stays_null_and_is_not_undefined() {
        assertThat(eval("$states.input.a", "{\"a\":null}")).isEqualTo(json("null"));
        assertThat(eval("$type($states.input.a)", "{\"a\":null}")).isEqualTo(json("\"null\""));
        assertThat(eval("{'k': $states.input.a}", "{\"a\":null}")).isEqualTo(json("{\"k\":null}"));
    }

    @Test
    void whole_numbers_are_written_without_a_fraction() {
        assertThat(eval("$states.input.d * 2", "{\"d\":2.5}").isIntegralNumber())
                .isTrue();
        assertThat(eval("$states.input.d * 2", "{\"d\":2.5}").asLong()).isEqualTo(5);
        assertThat(eval("3 / 2", "{}")).isEqualTo(json("1.5"));
        assertThat(eval("$number('2')", "{}")).isEqualTo(json("2"));
    }

    @Test
    void an_expression_that_returns_nothing_fails_with_AWS_cause() {
        assertThatThrownBy(() -> JsonataExpression.compile(" $doesNotExist ").evaluate(bindings("{}"), "Output/result"))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
                    assertThat(e.cause())
                            .isEqualTo("The JSONata expression '$doesNotExist' specified for the field"
                                    + " 'Output/result' returned nothing (undefined).");
                });
    }

    @Test
    void a_function_result_is_an_unsupported_result_type() {
        assertThatThrownBy(() -> eval("$fn := function($x){$x}", "{}"))
                .isInstanceOfSatisfying(
                        StatesException.class,
                        e -> assertThat(e.cause())
                                .isEqualTo("The JSONata expression '$fn := function($x){$x}' specified for the field"
                                        + " 'Output' returned an unsupported result type."));
    }

    @Test
    void an_evaluation_error_carries_the_jsonata_code_and_message() {
        assertThatThrownBy(() -> eval("$abs('x')", "{}"))
                .isInstanceOfSatisfying(
                        StatesException.class,
                        e -> assertThat(e.cause())
                                .isEqualTo("The JSONata expression '$abs('x')' specified for the field 'Output' threw"
                                        + " an error during evaluation. T0410: Argument 1 of function \"abs\" does"
                                        + " not match function signature"));
    }

    @Test
    void a_failed_number_cast_is_D3030() {
        assertThatThrownBy(() -> eval("$number('abc')", "{}"))
                .isInstanceOfSatisfying(
                        StatesException.class,
                        e -> assertThat(e.cause()).endsWith(". D3030: Unable to cast value to a number: \"abc\""));
    }

    @Test
    void eval_is_removed_as_AWS_removes_it() {
        assertThatThrownBy(() -> eval("$eval('1+1')", "{}"))
                .isInstanceOfSatisfying(
                        StatesException.class,
                        e -> assertThat(e.cause()).endsWith(". T1006: Attempted to invoke a non-function"));
    }

    @Test
    void now_and_millis_read_the_virtual_clock() {
        assertThat(eval("$now()", "{}")).isEqualTo(json("\"2025-01-01T10:00:00.123Z\""));
        assertThat(eval("$millis()", "{}").asLong()).isEqualTo(Fixtures.NOW.toEpochMilli());
    }

    @Test
    void deep_recursion_fails_instead_of_overflowing_the_stack() {
        assertThatThrownBy(() -> eval("($f := function($n){$n = 0 ? 0 : 1 + $f($n - 1)}; $f(1000))", "{}"))
                .isInstanceOfSatisfying(
                        StatesException.class, e -> assertThat(e.cause()).contains("U1001: Stack overflow error"));
    }

    @Test
    void an_endless_tail_recursion_fails_instead_of_hanging() {
        assertThatThrownBy(() -> eval("($f := function($n){$f($n + 1)}; $f(0))", "{}"))
                .isInstanceOfSatisfying(
                        StatesException.class, e -> assertThat(e.cause()).contains("U1"));
    }

    @Test
    void a_syntax_error_is_reported_at_compile_time_without_its_code() {
        assertThatThrownBy(() -> JsonataExpression.compile("1 +"))
                .isInstanceOfSatisfying(JsonataSyntaxException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Unexpected end of expression");
                    assertThat(e.code()).isEqualTo("S0207");
                });
        assertThatThrownBy(() -> JsonataExpression.compile("  ")).isInstanceOf(JsonataSyntaxException.class);
    }

    @Test
    void the_text_is_trimmed_and_references_are_found_outside_strings() {
        JsonataExpression expression = JsonataExpression.compile("  $a & '$notAVariable' & $states.input  ");

        assertThat(expression.text()).isEqualTo("$a & '$notAVariable' & $states.input");
        assertThat(expression.references()).containsExactlyInAnyOrder("a", "states");
    }

    @Test
    void one_compiled_expression_evaluates_correctly_from_many_threads() throws Exception {
        // GIVEN one compiled expression shared by eight threads
        JsonataExpression shared = JsonataExpression.compile("$sum($states.input.values) & '-' & $tag");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                checks.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        JsonataBindings bindings = bindings(
                                "{\"values\":[" + thread + "," + i + "]}", Map.of("tag", "\"t" + thread + "\""));
                        // WHEN each evaluates with its own input
                        String value = shared.evaluate(bindings, "Output").textValue();
                        // THEN each sees only its own bindings
                        if (!value.equals((thread + i) + "-t" + thread)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
