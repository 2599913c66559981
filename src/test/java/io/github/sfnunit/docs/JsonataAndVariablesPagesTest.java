package io.github.sfnunit.docs;

import static io.github.sfnunit.docs.DocsRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSONata page (transforming data) and the variables page. */
class JsonataAndVariablesPagesTest {

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html")
    class JsonataPage {

        static Stream<Arguments> functions() {
            return Stream.of(
                    Arguments.of("$partition([1,2,3,4], 2)", "{}", "[[1,2],[3,4]]"),
                    Arguments.of("$partition([1,2,3,4,5], 2)", "{}", "[[1,2],[3,4],[5]]"),
                    Arguments.of("$partition([1,2,3,4,5,6,7,8,9], 3)", "{}", "[[1,2,3],[4,5,6],[7,8,9]]"),
                    Arguments.of(
                            "$hash($states.input.content, 'SHA-1')",
                            "{\"content\": \"input data\"}",
                            "\"aaff4a450a104cd177d28d18d74485e8cae074b7\""),
                    Arguments.of("$range(0, 10, 2)", "{}", "[0,2,4,6,8,10]"),
                    Arguments.of("$range(1, 5, 1)", "{}", "[1,2,3,4,5]"),
                    Arguments.of(
                            "$hash(\"Hello World\", \"SHA-256\")",
                            "{}",
                            "\"a591a6d40bf420404a011733cfb7b190d62c65bf0bcda32b57b277d9ad9f146e\""),
                    Arguments.of("$hash(\"input data\", \"MD5\")", "{}", "\"812f45842bc6d66ee14572ce20db8e86\""),
                    Arguments.of("$parse('{\"a\": [1, {\"b\": true}]}')", "{}", "{\"a\": [1, {\"b\": true}]}"),
                    Arguments.of("$states.input.a + 1", "{\"a\": 1}", "2"),
                    Arguments.of(
                            "$states.input.items[price > 10].name",
                            "{\"items\": [{\"name\": \"a\", \"price\": 5}, {\"name\": \"b\", \"price\": 20}]}",
                            "\"b\""),
                    Arguments.of(
                            "$sum($states.input.items.price)", "{\"items\": [{\"price\": 5}, {\"price\": 20}]}", "25"),
                    Arguments.of("$count($states.input.items)", "{\"items\": [1, 2, 3]}", "3"),
                    Arguments.of("$uppercase($states.input.s)", "{\"s\": \"abc\"}", "\"ABC\""),
                    Arguments.of("$states.input.a & '-' & $states.input.b", "{\"a\": \"x\", \"b\": \"y\"}", "\"x-y\""),
                    Arguments.of("$exists($states.input.missing)", "{}", "false"),
                    Arguments.of("{'n': $states.input.n * 2}", "{\"n\": 4}", "{\"n\": 8}"));
        }

        @ParameterizedTest(name = "{0} on {1} is {2}")
        @MethodSource("functions")
        void jsonata_expressions_and_the_functions_step_functions_adds(
                String expression, String input, String expected) {
            Execution run = DocsRun.jsonata(expression, input);

            assertThat(run.status()).as(run.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(run.output()).isEqualTo(json(expected));
        }

        @Test
        void random_is_between_zero_and_one() {
            double value = DocsRun.jsonata("$random()", "{}").output().asDouble();

            assertThat(value).isBetween(0.0, 1.0).isLessThan(1.0);
        }

        /** "$random(seed)": unlike JSONata's own $random, the same seed gives the same number. */
        @Test
        void random_with_a_seed_repeats_its_number() {
            Execution run =
                    DocsRun.jsonata("[$random($states.input.seed), $random($states.input.seed)]", "{\"seed\": 7}");

            assertThat(run.output().get(0)).isEqualTo(run.output().get(1));
            assertThat(run.output().get(0).asDouble()).isBetween(0.0, 1.0).isLessThan(1.0);
        }

        @Test
        void uuid_is_a_version_4_uuid() {
            assertThat(DocsRun.jsonata("$uuid()", "{}").output().asText())
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        }

        @Test
        void an_expression_that_returns_nothing_fails_with_query_evaluation_error() {
            Execution run = DocsRun.jsonata("$states.input.missing", "{}");

            assertThat(run.error()).isEqualTo("States.QueryEvaluationError");
        }

        @Test
        void a_jsonata_error_fails_with_query_evaluation_error() {
            Execution run = DocsRun.jsonata("$number('x') + $unknownFunction()", "{}");

            assertThat(run.error()).isEqualTo("States.QueryEvaluationError");
        }

        @Test
        void jsonata_states_refuse_jsonpath_fields() {
            assertThat(DocsRun.errors("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"S\", \"States\": {\"S\":"
                            + " {\"Type\": \"Pass\", \"InputPath\": \"$.a\", \"End\": true}}}"))
                    .isNotEmpty();
        }

        @Test
        void jsonpath_states_refuse_arguments_and_output() {
            assertThat(DocsRun.errors("{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Pass\","
                            + " \"Output\": {}, \"End\": true}}}"))
                    .isNotEmpty();
        }

        @Test
        void a_choice_condition_in_jsonata() {
            Execution run = DocsRun.run(
                    "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\","
                            + " \"Choices\": [{\"Condition\": \"{% $states.input.n > 5 %}\", \"Next\": \"Big\"}],"
                            + " \"Default\": \"Small\"}, \"Big\": {\"Type\": \"Succeed\"}, \"Small\": {\"Type\": \"Succeed\"}}}",
                    "{\"n\": 7}");

            assertThat(run.statesEntered()).containsExactly("C", "Big");
        }

        @Test
        void a_state_can_switch_to_jsonata_in_a_jsonpath_machine() {
            Execution run = DocsRun.run(
                    "{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Pass\", \"QueryLanguage\": \"JSONata\","
                            + " \"Output\": \"{% $states.input.a %}\", \"End\": true}}}",
                    "{\"a\": 3}");

            assertThat(run.output()).isEqualTo(json("3"));
        }

        @Test
        void output_without_expression_is_the_literal_json() {
            Execution run = DocsRun.run(
                    "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Pass\","
                            + " \"Output\": {\"fixed\": [1, \"two\"], \"computed\": \"{% 1 + 1 %}\"}, \"End\": true}}}",
                    "{}");

            assertThat(run.output()).isEqualTo(json("{\"fixed\": [1, \"two\"], \"computed\": 2}"));
        }
    }

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html")
    class VariablesPage {

        @Test
        void assign_stores_a_variable_that_later_states_read() {
            Execution run = DocsRun.run(
                    "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Assign\": {\"productName\": \"product1\","
                            + " \"count\": 42}, \"Next\": \"B\"}, \"B\": {\"Type\": \"Pass\", \"Parameters\":"
                            + " {\"name.$\": \"$productName\", \"count.$\": \"$count\"}, \"End\": true}}}",
                    "{}");

            assertThat(run.output()).isEqualTo(json("{\"name\": \"product1\", \"count\": 42}"));
        }

        @Test
        void assign_in_jsonpath_reads_the_input_with_dot_dollar() {
            Execution run = DocsRun.run(
                    "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Assign\": {\"x.$\": \"$.a\"},"
                            + " \"Next\": \"B\"}, \"B\": {\"Type\": \"Pass\", \"Parameters\": {\"x.$\": \"$x\"}, \"End\": true}}}",
                    "{\"a\": [1]}");

            assertThat(run.output()).isEqualTo(json("{\"x\": [1]}"));
        }

        @Test
        void all_assignments_of_a_state_see_the_old_values() {
            Execution run = DocsRun.run(
                    "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Assign\": {\"x\": 1}, \"Next\": \"B\"},"
                            + " \"B\": {\"Type\": \"Pass\", \"Assign\": {\"x\": 2, \"y.$\": \"$x\"}, \"Next\": \"C\"},"
                            + " \"C\": {\"Type\": \"Pass\", \"Parameters\": {\"x.$\": \"$x\", \"y.$\": \"$y\"}, \"End\": true}}}",
                    "{}");

            assertThat(run.output()).isEqualTo(json("{\"x\": 2, \"y\": 1}"));
        }

        @Test
        void jsonata_assign_reads_the_state_result() {
            Execution run = DocsRun.run(
                    "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\","
                            + " \"Output\": {\"v\": 5}, \"Assign\": {\"doubled\": \"{% $states.input.n * 2 %}\"}, \"Next\": \"B\"},"
                            + " \"B\": {\"Type\": \"Pass\", \"Output\": \"{% $doubled %}\", \"End\": true}}}",
                    "{\"n\": 4}");

            assertThat(run.output()).isEqualTo(json("8"));
        }

        @Test
        void inner_scopes_read_outer_variables() {
            Execution run = DocsRun.run(
                    "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Assign\": {\"outer\": \"o\"},"
                            + " \"Next\": \"M\"}, \"M\": {\"Type\": \"Map\", \"ItemProcessor\": {\"StartAt\": \"P\","
                            + " \"States\": {\"P\": {\"Type\": \"Pass\", \"Parameters\": {\"o.$\": \"$outer\"}, \"End\": true}}},"
                            + " \"ItemsPath\": \"$.items\", \"End\": true}}}",
                    "{\"items\": [1]}");

            assertThat(run.output()).isEqualTo(json("[{\"o\": \"o\"}]"));
        }

        @Test
        void a_variable_assigned_inside_a_map_is_not_visible_outside() {
            Execution run = DocsRun.runUnlessRefused(
                    "{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"ItemProcessor\": {\"StartAt\": \"P\","
                            + " \"States\": {\"P\": {\"Type\": \"Pass\", \"Assign\": {\"inner\": 1}, \"End\": true}}},"
                            + " \"Next\": \"R\"}, \"R\": {\"Type\": \"Pass\", \"Parameters\": {\"i.$\": \"$inner\"}, \"End\": true}}}",
                    "[1]");

            assertThat(run == null || run.status() == ExecutionStatus.FAILED).isTrue();
        }

        @Test
        void an_undefined_variable_is_refused_or_fails() {
            Execution run = DocsRun.runUnlessRefused(
                    "{\"StartAt\": \"R\", \"States\": {\"R\": {\"Type\": \"Pass\", \"Parameters\": {\"i.$\": \"$nope\"},"
                            + " \"End\": true}}}",
                    "{}");

            assertThat(run == null || run.status() == ExecutionStatus.FAILED).isTrue();
        }

        @Test
        void catch_assign_sees_the_error_output() {
            Execution run = DocsRun.run(
                    "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"F\", \"States\": {\"F\": {\"Type\": \"Task\","
                            + " \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:F\", \"Catch\": [{\"ErrorEquals\":"
                            + " [\"States.ALL\"], \"Assign\": {\"err\": \"{% $states.errorOutput.Error %}\"}, \"Next\": \"H\"}],"
                            + " \"End\": true}, \"H\": {\"Type\": \"Pass\", \"Output\": \"{% $err %}\", \"End\": true}}}",
                    "{}", failing());

            assertThat(run.output()).isEqualTo(json("\"Oops\""));
        }

        private static io.github.sfnunit.mock.TaskMocks failing() {
            io.github.sfnunit.mock.TaskMocks mocks = new io.github.sfnunit.mock.TaskMocks();
            mocks.forState("F").thenFail("Oops", "c");
            return mocks;
        }

        private static String jsonataTask(String taskFields) {
            return "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
                    + " \"Resource\": \"arn:aws:states:::lambda:invoke\", " + taskFields
                    + "}, \"H\": {\"Type\": \"Succeed\"}}}";
        }

        /** "$states.result refers to the API or sub-workflow's raw result": a Task's Output and Assign read it. */
        @Test
        void states_result_is_accepted_in_the_output_and_assign_of_a_task() {
            assertThat(
                            DocsRun.errors(
                                    jsonataTask(
                                            "\"Arguments\": {\"FunctionName\": \"f\"},"
                                                    + " \"Output\": \"{% $states.result.Payload %}\","
                                                    + " \"Assign\": {\"price\": \"{% $states.result.Payload.current_price %}\"}, \"Next\": \"H\"")))
                    .isEmpty();
        }

        /** "Attempting to access $states.result ... where they are not accessible will be caught at creation". */
        @Test
        void states_result_in_arguments_is_refused_at_creation() {
            assertThat(DocsRun.errors(jsonataTask(
                            "\"Arguments\": {\"FunctionName\": \"{% $states.result.f %}\"}, \"Next\": \"H\"")))
                    .containsExactly("/States/T/Arguments/FunctionName: $states.result is not accessible here: it is"
                            + " read only in the Output and Assign of a Task, Map or Parallel state");
        }

        @Test
        void states_result_in_a_pass_state_is_refused() {
            assertThat(DocsRun.errors("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"P\", \"States\": {\"P\":"
                            + " {\"Type\": \"Pass\", \"Output\": \"{% $states.result %}\", \"End\": true}}}"))
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("/States/P/Output: $states.result is not accessible here");
        }

        @Test
        void states_result_in_a_catch_is_refused() {
            assertThat(DocsRun.errors(jsonataTask("\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"],"
                            + " \"Output\": \"{% $states.result %}\", \"Next\": \"H\"}], \"End\": true")))
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("/States/T/Catch/0/Output: $states.result is not accessible here");
        }

        /** "$states.errorOutput can be used in the Catch field's Assign or Output." */
        @Test
        void states_error_output_is_accepted_in_a_catch_output_and_assign() {
            assertThat(
                            DocsRun.errors(
                                    jsonataTask(
                                            "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"],"
                                                    + " \"Output\": \"{% $states.errorOutput %}\","
                                                    + " \"Assign\": {\"e\": \"{% $states.errorOutput.Cause %}\"}, \"Next\": \"H\"}], \"End\": true")))
                    .isEmpty();
        }

        @Test
        void states_error_output_outside_a_catch_is_refused() {
            assertThat(DocsRun.errors(
                            jsonataTask("\"Output\": {\"e\": \"{% $states.errorOutput.Error %}\"}, \"Next\": \"H\"")))
                    .containsExactly(
                            "/States/T/Output/e: $states.errorOutput is not accessible here: it is read only in"
                                    + " the Output and Assign of a Catch");
        }

        @Test
        void a_string_that_only_mentions_states_result_is_no_reference() {
            assertThat(
                            DocsRun.errors(
                                    jsonataTask(
                                            "\"Arguments\": {\"FunctionName\": \"{% '$states.result' & $states.input.f %}\"}, \"Next\": \"H\"")))
                    .isEmpty();
        }

        private static String mapAssigning(String outerAssign, String innerAssign) {
            return "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Assign\": " + outerAssign
                    + ", \"Next\": \"M\"}, \"M\": {\"Type\": \"Map\", \"ItemProcessor\": {\"StartAt\": \"P\","
                    + " \"States\": {\"P\": {\"Type\": \"Pass\", \"Assign\": " + innerAssign + ", \"End\": true}}},"
                    + " \"End\": true}}}";
        }

        /** "a variable assigned in an inner scope cannot have the same name as one assigned in an outer scope". */
        @Test
        void an_inner_scope_cannot_assign_a_variable_of_an_outer_scope() {
            assertThat(DocsRun.errors(mapAssigning("{\"myVariable\": 1}", "{\"myVariable.$\": \"$\"}")))
                    .containsExactly("/States/M/ItemProcessor/States/P/Assign/myVariable.$: variable \"myVariable\" is"
                            + " already assigned in an outer scope (at /States/A/Assign/myVariable): a variable assigned"
                            + " inside a Parallel branch or a Map cannot have the name of one assigned outside it");
        }

        @Test
        void an_inner_scope_can_assign_its_own_names_and_read_outer_ones() {
            assertThat(DocsRun.errors(mapAssigning("{\"outer\": 1}", "{\"inner.$\": \"$outer\"}")))
                    .isEmpty();
        }

        @Test
        void the_rule_holds_for_parallel_branches_and_nested_scopes() {
            List<String> errors = DocsRun.errors("{\"StartAt\": \"Par\", \"States\": {\"Par\": {\"Type\": \"Parallel\","
                    + " \"Assign\": {\"x\": 1}, \"Branches\": [{\"StartAt\": \"B\", \"States\": {\"B\": {\"Type\": \"Pass\","
                    + " \"Assign\": {\"y\": 2}, \"Next\": \"M\"}, \"M\": {\"Type\": \"Map\", \"ItemProcessor\":"
                    + " {\"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Pass\", \"Assign\": {\"x\": 3, \"y\": 4},"
                    + " \"End\": true}}}, \"End\": true}}}], \"End\": true}}}");

            assertThat(errors)
                    .hasSize(2)
                    .anySatisfy(e -> assertThat(e).contains("variable \"x\"").contains("(at /States/Par/Assign/x)"))
                    .anySatisfy(e -> assertThat(e)
                            .contains("variable \"y\"")
                            .contains("(at /States/Par/Branches/0/States/B/Assign/y)"));
        }

        @Test
        void sibling_branches_may_use_the_same_name() {
            assertThat(DocsRun.errors("{\"StartAt\": \"Par\", \"States\": {\"Par\": {\"Type\": \"Parallel\","
                            + " \"Branches\": [{\"StartAt\": \"B\", \"States\": {\"B\": {\"Type\": \"Pass\", \"Assign\": {\"z\": 1},"
                            + " \"End\": true}}}, {\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Pass\","
                            + " \"Assign\": {\"z\": 2}, \"End\": true}}}], \"End\": true}}}"))
                    .isEmpty();
        }

        /** "the Assign field in a Catch can assign values to variables in the outer scope". */
        @Test
        void a_catch_of_a_map_assigns_in_the_outer_scope() {
            assertThat(DocsRun.errors("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\","
                            + " \"Assign\": {\"failed\": false}, \"Next\": \"M\"}, \"M\": {\"Type\": \"Map\", \"ItemProcessor\":"
                            + " {\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"Catch\":"
                            + " [{\"ErrorEquals\": [\"States.ALL\"], \"Assign\": {\"failed\": true}, \"Next\": \"H\"}],"
                            + " \"End\": true}, \"H\": {\"Type\": \"Succeed\"}}}"))
                    .isEmpty();
        }

        @Test
        void variable_names_cannot_use_reserved_states() {
            assertThat(DocsRun.errors("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\","
                            + " \"Assign\": {\"states\": 1}, \"End\": true}}}"))
                    .isNotEmpty();
        }
    }
}
