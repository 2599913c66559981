package io.github.sfnunit.internal.query;

import static io.github.sfnunit.internal.query.QueryTestSupport.context;
import static io.github.sfnunit.internal.query.QueryTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPathExpressionTest {

    private static final JsonNode INPUT =
            json("{'a': {'b': 1, 'list': [10, 20, 30]}, 'a b': 'spaced', 'items': [{'x': 1}, {'x': 2}, {'x': 3}]}");

    @Test
    void dollar_reads_the_whole_input() {
        // GIVEN / WHEN
        JsonNode value = JsonPathExpression.compile("$").read(INPUT, context());

        // THEN
        assertThat(value).isSameAs(INPUT);
    }

    @Test
    void dotted_fields_read_nested_values() {
        assertThat(JsonPathExpression.compile("$.a.b").read(INPUT, context())).isEqualTo(json("1"));
    }

    @Test
    void bracket_notation_reads_names_with_spaces() {
        assertThat(JsonPathExpression.compile("$['a b']").read(INPUT, context()))
                .isEqualTo(json("'spaced'"));
    }

    @Test
    void an_index_reads_one_array_element() {
        assertThat(JsonPathExpression.compile("$.a.list[1]").read(INPUT, context()))
                .isEqualTo(json("20"));
    }

    @Test
    void a_wildcard_returns_an_array_of_matches() {
        JsonPathExpression path = JsonPathExpression.compile("$.items[*].x");

        assertThat(path.isDefinite()).isFalse();
        assertThat(path.read(INPUT, context())).isEqualTo(json("[1, 2, 3]"));
    }

    @Test
    void a_filter_selects_matching_elements() {
        assertThat(JsonPathExpression.compile("$.items[?(@.x > 1)]").read(INPUT, context()))
                .isEqualTo(json("[{'x': 2}, {'x': 3}]"));
    }

    @Test
    void filters_compare_strings_and_booleans() {
        JsonNode input = json("{'items': [{'s': 'a', 'f': true}, {'s': 'b', 'f': false}]}");

        assertThat(JsonPathExpression.compile("$.items[?(@.s == 'b')].s").read(input, context()))
                .isEqualTo(json("['b']"));
        assertThat(JsonPathExpression.compile("$.items[?(@.f == true)].s").read(input, context()))
                .isEqualTo(json("['a']"));
    }

    @Test
    void a_slice_selects_a_range_of_elements() {
        assertThat(JsonPathExpression.compile("$.a.list[1:]").read(INPUT, context()))
                .isEqualTo(json("[20, 30]"));
    }

    @Test
    void deep_scan_collects_every_match() {
        assertThat(JsonPathExpression.compile("$..x").read(INPUT, context())).isEqualTo(json("[1, 2, 3]"));
    }

    @Test
    void an_indefinite_path_without_matches_returns_an_empty_array() {
        assertThat(JsonPathExpression.compile("$.items[?(@.x > 5)]").read(INPUT, context()))
                .isEqualTo(json("[]"));
    }

    @Test
    void an_indefinite_path_through_a_missing_property_returns_an_empty_array() {
        assertThat(JsonPathExpression.compile("$.item.items[1:5].itemValue").read(json("{}"), context()))
                .isEqualTo(json("[]"));
    }

    @Test
    void a_quoted_name_is_taken_literally_backslashes_included() {
        // GIVEN the key Test\""Name" (AWS's own escape test)
        JsonNode input = QueryTestSupport.rawJson("{\"Test\\\\\\\"\\\"Name\\\"\": 1}");

        // WHEN
        JsonNode value = JsonPathExpression.compile("$['Test\\\"\"Name\"']").read(input, context());

        // THEN
        assertThat(value).isEqualTo(json("1"));
    }

    @Test
    void a_closing_bracket_inside_a_quoted_name_is_part_of_the_name() {
        assertThat(JsonPathExpression.compile("$['a]b']").read(json("{'a]b': 2}"), context()))
                .isEqualTo(json("2"));
    }

    @Test
    void a_negative_index_counts_from_the_end() {
        assertThat(JsonPathExpression.compile("$.a.list[-1]").read(INPUT, context()))
                .isEqualTo(json("30"));
    }

    @Test
    void a_jayway_function_returns_its_value() {
        assertThat(JsonPathExpression.compile("$.items.length()").read(INPUT, context()))
                .isEqualTo(json("3"));
    }

    @Test
    void an_index_union_returns_an_array() {
        JsonPathExpression path = JsonPathExpression.compile("$.a.list[0,2]");

        assertThat(path.isDefinite()).isFalse();
        assertThat(path.read(INPUT, context())).isEqualTo(json("[10, 30]"));
    }

    @Test
    void names_with_dashes_and_digits_are_plain_fields() {
        assertThat(JsonPathExpression.compile("$.order-id.1").read(json("{'order-id': {'1': 'x'}}"), context()))
                .isEqualTo(json("'x'"));
    }

    @Test
    void a_json_null_value_is_found_not_missing() {
        assertThat(JsonPathExpression.compile("$.n").read(json("{'n': null}"), context()))
                .isEqualTo(json("null"));
    }

    @Test
    void reading_a_field_of_a_string_fails_with_the_jayway_reason() {
        assertThatThrownBy(() -> JsonPathExpression.compile("$.a.c.d").read(json("{'a': {'c': 'text'}}"), context()))
                .isInstanceOfSatisfying(
                        StatesException.class,
                        e -> assertThat(e.cause())
                                .startsWith(
                                        "Invalid path '$.a.c.d' : Expected to find an object with property ['d'] in path"
                                                + " $['a']['c']"));
    }

    @Test
    void double_dollar_reads_the_context_object() {
        EvaluationContext context = context(json("{'Execution': {'Id': 'arn:x'}}"), Map.of());

        assertThat(JsonPathExpression.compile("$$.Execution.Id").read(INPUT, context))
                .isEqualTo(json("'arn:x'"));
    }

    @Test
    void a_dollar_name_reads_a_variable() {
        EvaluationContext context = context(json("{}"), Map.of("order", json("{'id': 'o-1'}")));
        JsonPathExpression path = JsonPathExpression.compile("$order.id");

        assertThat(path.root()).isEqualTo(JsonPathExpression.Root.VARIABLE);
        assertThat(path.variable()).isEqualTo("order");
        assertThat(path.read(INPUT, context)).isEqualTo(json("'o-1'"));
    }

    @Test
    void a_missing_leaf_fails_with_the_aws_cause_of_input_and_output_path() {
        assertThatThrownBy(() -> JsonPathExpression.compile("$.NoSuchInputPath").read(INPUT, context()))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.Runtime");
                    assertThat(e.cause())
                            .isEqualTo("Invalid path '$.NoSuchInputPath' : No results for path:"
                                    + " $['NoSuchInputPath']");
                });
    }

    @Test
    void a_missing_intermediate_field_names_the_missing_property() {
        assertThatThrownBy(() ->
                        JsonPathExpression.compile("$.no.such.result.path").read(INPUT, context()))
                .isInstanceOfSatisfying(
                        StatesException.class,
                        e -> assertThat(e.cause())
                                .isEqualTo("Invalid path '$.no.such.result.path' : Missing property in path $['no']"));
    }

    @Test
    void a_missing_field_value_fails_with_the_aws_cause_of_payload_templates() {
        JsonNode input = json("{'a': 1}");

        assertThatThrownBy(
                        () -> JsonPathExpression.compile("$.no_such_jsonpath").readField(input, context(), "value.$"))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.Runtime");
                    assertThat(e.cause())
                            .isEqualTo("The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could"
                                    + " not be found in the input '{\"a\":1}'");
                });
    }

    @Test
    void dollar_passes_a_null_input_through_as_input_path() {
        assertThat(JsonPathExpression.compile("$").read(json("null"), context()))
                .isEqualTo(json("null"));
    }

    @Test
    void find_returns_empty_when_nothing_matches() {
        assertThat(JsonPathExpression.compile("$.a.zzz").find(INPUT, context())).isEmpty();
        assertThat(JsonPathExpression.compile("$.a.b").find(INPUT, context())).contains(json("1"));
    }

    @Test
    void an_index_past_the_end_finds_nothing() {
        assertThatThrownBy(() -> JsonPathExpression.compile("$.a.list[7]").read(INPUT, context()))
                .isInstanceOfSatisfying(
                        StatesException.class,
                        e -> assertThat(e.cause())
                                .isEqualTo("Invalid path '$.a.list[7]' : No results for path: $['a']['list'][7]"));
    }

    @Test
    void an_undefined_variable_fails() {
        assertThatThrownBy(() -> JsonPathExpression.compile("$nope.a").read(INPUT, context()))
                .isInstanceOf(StatesException.class)
                .hasMessageContaining("$nope");
    }

    @Test
    void a_path_not_starting_with_dollar_is_rejected() {
        assertThatThrownBy(() -> JsonPathExpression.compile("a.b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a.b'")
                .hasMessageContaining("must start with '$'");
    }

    @Test
    void a_malformed_path_is_rejected_at_compile_time() {
        assertThatThrownBy(() -> JsonPathExpression.compile("$.a[?(@.x >"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid JSONPath '$.a[?(@.x >'");
    }
}
