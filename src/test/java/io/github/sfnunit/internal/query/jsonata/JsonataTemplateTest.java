package io.github.sfnunit.internal.query.jsonata;

import static io.github.sfnunit.internal.query.jsonata.Fixtures.bindings;
import static io.github.sfnunit.internal.query.jsonata.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.internal.query.StatesException;
import org.junit.jupiter.api.Test;

class JsonataTemplateTest {

    @Test
    void expressions_nested_in_objects_and_arrays_are_evaluated() {
        // GIVEN a template with expressions at several depths
        JsonataTemplate template = JsonataTemplate.compile(
                json(
                        "{\"static\":\"x\",\"a\":{\"b\":[1,\"{% $states.input.n + 1 %}\"]},\"c\":\"{% $states.input %}\"}"),
                "Output");

        // WHEN it is evaluated
        JsonNode value = template.evaluate(bindings("{\"n\":1}"));

        // THEN each expression is replaced and the literals stay
        assertThat(value).isEqualTo(json("{\"static\":\"x\",\"a\":{\"b\":[1,2]},\"c\":{\"n\":1}}"));
        assertThat(template.expressions()).hasSize(2);
    }

    @Test
    void a_template_without_expressions_returns_its_literal() {
        JsonNode literal = json("{\"a\":[\"{%not closed\",\" {% 1 %}\"]}");

        JsonataTemplate template = JsonataTemplate.compile(literal, "Arguments");

        assertThat(template.hasExpressions()).isFalse();
        assertThat(template.evaluate(bindings("{}"))).isSameAs(literal);
    }

    @Test
    void only_strings_delimited_exactly_are_expressions() {
        assertThat(JsonataTemplate.isExpression("{% 1 %}")).isTrue();
        assertThat(JsonataTemplate.isExpression("{%1%}")).isTrue();
        assertThat(JsonataTemplate.isExpression(" {% 1 %}")).isFalse();
        assertThat(JsonataTemplate.isExpression("{% 1 %} ")).isFalse();
        assertThat(JsonataTemplate.isExpression("{%}")).isFalse();
    }

    @Test
    void a_whole_field_expression_may_return_any_json_type() {
        assertThat(JsonataTemplate.compile(json("\"{% null %}\""), "Output").evaluate(bindings("{}")))
                .isEqualTo(json("null"));
        assertThat(JsonataTemplate.compile(json("0.1"), "Output").evaluate(bindings("{}")))
                .isEqualTo(json("0.1"));
    }

    @Test
    void a_nested_expression_that_returns_nothing_names_its_field_path() {
        JsonataTemplate template = JsonataTemplate.compile(
                json("{\"FunctionName\":\"{% $doesNotExist %}\",\"list\":[0,\"{% 1 %}\"]}"), "Arguments");

        assertThatThrownBy(() -> template.evaluate(bindings("{}")))
                .isInstanceOfSatisfying(
                        StatesException.class,
                        e -> assertThat(e.cause())
                                .isEqualTo("The JSONata expression '$doesNotExist' specified for the field"
                                        + " 'Arguments/FunctionName' returned nothing (undefined)."));
    }

    @Test
    void array_elements_are_named_with_their_index() {
        JsonataTemplate template = JsonataTemplate.compile(json("{\"a\":[0,\"{% $nope %}\"]}"), "Output");

        assertThatThrownBy(() -> template.evaluate(bindings("{}")))
                .isInstanceOfSatisfying(
                        StatesException.class, e -> assertThat(e.cause()).contains("'Output/a[1]'"));
    }

    @Test
    void a_syntax_error_names_the_json_pointer_of_the_string() {
        assertThatThrownBy(() -> JsonataTemplate.compile(json("{\"a/b\":[0,\"{% 1 + %}\"]}"), "Output"))
                .isInstanceOfSatisfying(JsonataSyntaxException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/Output/a~1b/1");
                    assertThat(e.getMessage()).isEqualTo("Unexpected end of expression");
                });
    }

    @Test
    void the_cause_sentence_names_the_state_and_event() {
        assertThat(QueryEvaluationErrors.inState("State0", 2, "X."))
                .isEqualTo("An error occurred while executing the state 'State0' (entered at the event id #2). X.");
    }

    @Test
    void an_unexpected_type_is_described_as_AWS_does() {
        StatesException error = QueryEvaluationErrors.unexpectedType("$v", "Items", "array", json("{\"foo\":\"bar\"}"));

        assertThat(error.cause())
                .isEqualTo("The JSONata expression '$v' specified for the field 'Items' returned an unexpected result"
                        + " type. Expected 'array', but was 'object' for value: {\"foo\":\"bar\"}");
    }
}
