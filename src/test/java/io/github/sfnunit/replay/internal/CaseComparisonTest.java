package io.github.sfnunit.replay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CaseComparisonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CaseComparison.Verdict compare(String expected, String actual) throws Exception {
        return CaseComparison.compare(JSON.readTree(expected), JSON.readTree(actual), "pure");
    }

    @Test
    void objects_compare_unordered_and_numbers_by_value() throws Exception {
        CaseComparison.Verdict verdict = compare(
                "{\"status\": \"SUCCEEDED\", \"output\": {\"a\": 1, \"b\": [1.0, true]}}",
                "{\"status\": \"SUCCEEDED\", \"output\": {\"b\": [1, true], \"a\": 1.0}}");

        assertThat(verdict.full()).isTrue();
    }

    @Test
    void a_boolean_is_not_a_number_and_the_first_difference_is_named() throws Exception {
        CaseComparison.Verdict verdict = compare(
                "{\"status\": \"SUCCEEDED\", \"output\": {\"a\": 1}}",
                "{\"status\": \"SUCCEEDED\", \"output\": {\"a\": true}}");

        assertThat(verdict.outcome()).isFalse();
        assertThat(verdict.reason()).isEqualTo("/output/a: expected 1, got true");
    }

    @Test
    void patterns_and_ignores_replace_generated_values() throws Exception {
        String expected = """
                {"status": "SUCCEEDED", "output": {"id": "<uuid:1>", "t": "x", "k": 1},
                 "compare": {"patterns": {"/output/id": "[0-9a-f-]{36}"}, "ignore": ["/output/t"]}}
                """;

        assertThat(compare(
                                expected,
                                "{\"status\": \"SUCCEEDED\", \"output\": {\"id\": \"123e4567-e89b-12d3-a456-426614174000\", \"t\": \"y\", \"k\": 1}}")
                        .full())
                .isTrue();
        assertThat(compare(
                                expected,
                                "{\"status\": \"SUCCEEDED\", \"output\": {\"id\": \"nope\", \"t\": \"y\", \"k\": 1}}")
                        .reason())
                .startsWith("/output/id: \"nope\" does not match pattern");
    }

    @Test
    void a_json_cause_compares_structurally() throws Exception {
        String expected = "{\"status\": \"FAILED\", \"error\": \"E\", \"cause\": {\"a\": 1}, \"causeIsJson\": true}";

        assertThat(compare(expected, "{\"status\": \"FAILED\", \"error\": \"E\", \"cause\": \"{\\\"a\\\": 1.0}\"}")
                        .full())
                .isTrue();
    }

    @Test
    void states_are_compared_in_order_after_the_outcome() throws Exception {
        String expected = "{\"status\": \"SUCCEEDED\", \"output\": 1, \"states\": [\"A\", \"B\"]}";

        CaseComparison.Verdict verdict =
                compare(expected, "{\"status\": \"SUCCEEDED\", \"output\": 1, \"states\": [\"B\", \"A\"]}");

        assertThat(verdict.outcome()).isTrue();
        assertThat(verdict.full()).isFalse();
        assertThat(verdict.reason()).isEqualTo("states[0]: expected A, got B");
    }

    @Test
    void a_different_status_is_reported_first() throws Exception {
        JsonNode expected = JSON.readTree("{\"status\": \"SUCCEEDED\", \"output\": 1}");

        CaseComparison.Verdict verdict = CaseComparison.compare(
                expected,
                JSON.readTree("{\"status\": \"FAILED\", \"error\": \"States.Runtime\", \"cause\": \"x\"}"),
                "pure");

        assertThat(verdict.reason()).startsWith("status: expected SUCCEEDED, got FAILED");
    }
}
