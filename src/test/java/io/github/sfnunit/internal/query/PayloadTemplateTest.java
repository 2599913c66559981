package io.github.sfnunit.internal.query;

import static io.github.sfnunit.internal.query.QueryTestSupport.context;
import static io.github.sfnunit.internal.query.QueryTestSupport.json;
import static io.github.sfnunit.internal.query.QueryTestSupport.rawJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadTemplateTest {

    private static final JsonNode INPUT = json("{'flagged': 7, 'vals': [0, 10, 20, 30, 40, 50], 'name': 'Ann'}");

    @Test
    void paths_replace_dollar_keys_and_literals_stay() {
        // GIVEN the example of the ASL specification
        PayloadTemplate template = PayloadTemplate.compile(
                json("{'flagged': true, 'parts': {'first.$': '$.vals[0]', 'last3.$': '$.vals[3:]'}}"));

        // WHEN
        JsonNode result = template.evaluate(INPUT, context());

        // THEN
        assertThat(result).isEqualTo(json("{'flagged': true, 'parts': {'first': 0, 'last3': [30, 40, 50]}}"));
    }

    @Test
    void context_and_variable_paths_are_resolved() {
        EvaluationContext context = context(json("{'Execution': {'Name': 'run-1'}}"), Map.of("greeting", json("'hi'")));
        PayloadTemplate template =
                PayloadTemplate.compile(json("{'run.$': '$$.Execution.Name', 'hello.$': '$greeting'}"));

        assertThat(template.evaluate(INPUT, context)).isEqualTo(json("{'run': 'run-1', 'hello': 'hi'}"));
    }

    @Test
    void intrinsic_calls_are_evaluated() {
        PayloadTemplate template = PayloadTemplate.compile(rawJson("""
                {"msg.$": "States.Format('Hi {}', $.name)"}"""));

        assertThat(template.evaluate(INPUT, context())).isEqualTo(json("{'msg': 'Hi Ann'}"));
    }

    @Test
    void templates_inside_arrays_are_processed() {
        PayloadTemplate template = PayloadTemplate.compile(json("{'list': [1, {'n.$': '$.name'}, 'x']}"));

        assertThat(template.evaluate(INPUT, context())).isEqualTo(json("{'list': [1, {'n': 'Ann'}, 'x']}"));
    }

    @Test
    void strings_that_look_like_paths_without_dollar_key_stay_literal() {
        JsonNode literal = rawJson("""
                {"p": "$.name", "f": "States.Format('{}', $.name)", "j": "{% $x %}"}""");

        assertThat(PayloadTemplate.compile(literal).evaluate(INPUT, context())).isEqualTo(literal);
    }

    @Test
    void parts_without_dollar_keys_are_shared_not_copied() {
        // GIVEN
        JsonNode definition = json("{'static': {'deep': [1, 2]}, 'n.$': '$.name'}");

        // WHEN
        JsonNode result = PayloadTemplate.compile(definition).evaluate(INPUT, context());

        // THEN
        assertThat(result.get("static")).isSameAs(definition.get("static"));
    }

    @Test
    void key_order_is_kept() {
        JsonNode result = PayloadTemplate.compile(json("{'z': 1, 'a.$': '$.name', 'm': 2}"))
                .evaluate(INPUT, context());

        assertThat(result.fieldNames()).toIterable().containsExactly("z", "a", "m");
    }

    @Test
    void a_missing_path_fails_with_the_aws_cause_naming_the_field() {
        PayloadTemplate template = PayloadTemplate.compile(json("{'outer': {'value.$': '$.no_such_jsonpath'}}"));
        JsonNode input = json("{'a': 1}");

        assertThatThrownBy(() -> template.evaluate(input, context()))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.Runtime");
                    assertThat(e.cause())
                            .isEqualTo("The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could"
                                    + " not be found in the input '{\"a\":1}'");
                });
    }

    @Test
    void an_input_path_on_a_null_input_fails_as_aws_does() {
        PayloadTemplate template = PayloadTemplate.compile(json("{'Input.$': '$'}"));

        assertThatThrownBy(() -> template.evaluate(json("null"), context()))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.Runtime");
                    assertThat(e.cause()).isEqualTo("Unable to apply Path transformation to null or empty input.");
                });
    }

    @Test
    void context_paths_and_literals_work_on_a_null_input() {
        EvaluationContext context = context(json("{'Execution': {'Name': 'run-1'}}"), Map.of());
        PayloadTemplate template = PayloadTemplate.compile(json("{'run.$': '$$.Execution.Name', 'k': 1}"));

        assertThat(template.evaluate(json("null"), context)).isEqualTo(json("{'run': 'run-1', 'k': 1}"));
    }

    @Test
    void a_missing_context_path_names_the_state_input() {
        PayloadTemplate template = PayloadTemplate.compile(json("{'value.$': '$$.Execution.Input.no_such_jsonpath'}"));

        assertThatThrownBy(() -> template.evaluate(json("{}"), context()))
                .isInstanceOfSatisfying(
                        StatesException.class,
                        e -> assertThat(e.cause())
                                .isEqualTo("The JSONPath '$$.Execution.Input.no_such_jsonpath' specified for the field"
                                        + " 'value.$' could not be found in the input '{}'"));
    }

    @Test
    void a_missing_path_inside_an_intrinsic_names_the_field() {
        PayloadTemplate template = PayloadTemplate.compile(rawJson("""
                {"v.$": "States.Format('{}', $.nope)"}"""));

        assertThatThrownBy(() -> template.evaluate(json("{}"), context()))
                .isInstanceOfSatisfying(
                        StatesException.class,
                        e -> assertThat(e.cause())
                                .isEqualTo(
                                        "The JSONPath '$.nope' specified for the field 'v.$' could not be found in the"
                                                + " input '{}'"));
    }

    @Test
    void a_non_string_dollar_value_is_rejected_naming_its_pointer() {
        assertThatThrownBy(() -> PayloadTemplate.compile(json("{'a': {'b.$': 3}}"), "/States/P/Parameters"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The value for the field 'b.$' must be a valid JSONPath")
                .hasMessageContaining("/States/P/Parameters/a/b.$");
    }

    @Test
    void a_dollar_value_that_is_neither_path_nor_call_is_rejected() {
        assertThatThrownBy(() -> PayloadTemplate.compile(json("{'b.$': 'hello'}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'b.$'")
                .hasMessageContaining("must start with '$'");
    }

    @Test
    void a_literal_template_returns_the_definition_node() {
        JsonNode definition = json("{'a': [1, {'b': null}]}");

        assertThat(PayloadTemplate.compile(definition).evaluate(INPUT, context()))
                .isSameAs(definition);
    }
}
