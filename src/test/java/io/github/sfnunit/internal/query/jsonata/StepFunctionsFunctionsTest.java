package io.github.sfnunit.internal.query.jsonata;

import static io.github.sfnunit.internal.query.jsonata.Fixtures.bindings;
import static io.github.sfnunit.internal.query.jsonata.Fixtures.eval;
import static io.github.sfnunit.internal.query.jsonata.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.internal.query.StatesException;
import org.junit.jupiter.api.Test;

class StepFunctionsFunctionsTest {

    @Test
    void partition_splits_into_chunks_with_a_shorter_last_one() {
        assertThat(eval("$partition([0, 1, 2, 3], 3)", "{}")).isEqualTo(json("[[0, 1, 2], [3]]"));
        assertThat(eval("$partition([0], 4)", "{}")).isEqualTo(json("[[0]]"));
    }

    @Test
    void partition_of_an_empty_array_or_a_zero_size_is_undefined() {
        assertThat(eval("$exists($partition([], 2))", "{}")).isEqualTo(json("false"));
        assertThat(eval("$exists($partition([1], 0))", "{}")).isEqualTo(json("false"));
    }

    @Test
    void partition_rejects_a_negative_size() {
        assertFails("$partition([1], -2)", "D3137: Second argument must be zero or greater");
    }

    @Test
    void range_includes_the_end_when_the_step_lands_on_it() {
        assertThat(eval("$range(0, 9, 3)", "{}")).isEqualTo(json("[0, 3, 6, 9]"));
        assertThat(eval("$range(1, 9, 2)", "{}")).isEqualTo(json("[1, 3, 5, 7, 9]"));
        assertThat(eval("$range(10, 0, -5)", "{}")).isEqualTo(json("[10, 5, 0]"));
    }

    /**
     * A one-element result is a JSONata singleton sequence, which is its only value: AWS recorded {@code $range(1,
     * 9, 9)} as {@code 1} (LocalStack's {@code test_array_jsonata} snapshot, case {@code exec_hist_resp_2}).
     */
    @Test
    void range_of_one_value_is_that_value() {
        assertThat(eval("$range(1, 9, 9)", "{}")).isEqualTo(json("1"));
        assertThat(eval("$range(5, 5, 1)", "{}")).isEqualTo(json("5"));
        assertThat(eval("$range(3, 1, -7)", "{}")).isEqualTo(json("3"));
    }

    @Test
    void a_one_value_range_is_still_a_sequence_to_array_functions() {
        assertThat(eval("$count($range(1, 9, 9))", "{}")).isEqualTo(json("1"));
        assertThat(eval("[$range(1, 9, 9)]", "{}")).isEqualTo(json("[1]"));
    }

    /** AWS recorded {@code $partition([0], 1)} as {@code [[0]]}: the chunks are an array, not a sequence. */
    @Test
    void partition_into_one_chunk_stays_an_array_of_one_array() {
        assertThat(eval("$partition([0], 1)", "{}")).isEqualTo(json("[[0]]"));
        assertThat(eval("$partition([0, 1, 2, 3], 5)", "{}")).isEqualTo(json("[[0, 1, 2, 3]]"));
    }

    @Test
    void range_with_a_step_away_from_the_end_is_undefined() {
        assertThat(eval("$exists($range(0, 9, -1))", "{}")).isEqualTo(json("false"));
    }

    @Test
    void range_rejects_a_non_number() {
        assertFails("$range('a', 9, 1)", "T0410: Argument 1 of function \"range\" does not match function signature");
    }

    @Test
    void hash_gives_the_lower_case_hex_digest() {
        assertThat(eval("$hash('input data', 'SHA-1')", "{}"))
                .isEqualTo(json("\"aaff4a450a104cd177d28d18d74485e8cae074b7\""));
        assertThat(eval("$hash('', 'MD5')", "{}")).isEqualTo(json("\"d41d8cd98f00b204e9800998ecf8427e\""));
    }

    @Test
    void hash_rejects_an_unknown_algorithm() {
        assertFails(
                "$hash('x', 'SHA-3')",
                "D3137: Hash algorithm 'SHA-3' must be one of SHA-1, SHA-384, SHA-256, SHA-512, MD5");
    }

    @Test
    void random_with_a_seed_is_java_util_random() {
        assertThat(eval("$random(42)", "{}").doubleValue()).isEqualTo(new java.util.Random(42).nextDouble());
    }

    @Test
    void random_without_a_seed_draws_from_the_execution_seed() {
        // GIVEN two bindings built with the same seed
        JsonataExpression random = JsonataExpression.compile("[$random(), $random()]");

        // WHEN each evaluates
        // THEN the draws are equal, in [0, 1), and differ from each other
        assertThat(random.evaluate(bindings("{}"), "Output")).isEqualTo(random.evaluate(bindings("{}"), "Output"));
        double first = random.evaluate(bindings("{}"), "Output").get(0).doubleValue();
        assertThat(first).isBetween(0.0, 1.0);
    }

    @Test
    void uuid_is_a_seeded_version_4_uuid() {
        JsonataExpression uuid = JsonataExpression.compile("$uuid()");

        String value = uuid.evaluate(bindings("{}"), "Output").textValue();

        assertThat(value).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(uuid.evaluate(bindings("{}"), "Output").textValue()).isEqualTo(value);
    }

    @Test
    void uuid_takes_no_arguments() {
        assertFails("$uuid(1)", "T0410: Argument 1 of function \"uuid\" does not match function signature");
    }

    @Test
    void parse_reads_any_json_value() {
        assertThat(eval("$parse($states.input.s)", "{\"s\":\"{\\\"Arg1\\\": 1, \\\"Arg2\\\": []}\"}"))
                .isEqualTo(json("{\"Arg1\": 1, \"Arg2\": []}"));
        assertThat(eval("$parse('1.1')", "{}")).isEqualTo(json("1.1"));
        assertThat(eval("$parse('\"HelloWorld\"')", "{}")).isEqualTo(json("\"HelloWorld\""));
        assertThat(eval("$parse('true')", "{}")).isEqualTo(json("true"));
    }

    @Test
    void parse_rejects_invalid_json() {
        assertFails("$parse('{\"a\":')", "D3137: Invalid JSON");
    }

    private static void assertFails(String expression, String message) {
        assertThatThrownBy(() -> eval(expression, "{}"))
                .isInstanceOfSatisfying(
                        StatesException.class,
                        e -> assertThat(e.cause())
                                .isEqualTo("The JSONata expression '" + expression + "' specified for the field"
                                        + " 'Output' threw an error during evaluation. " + message));
    }
}
