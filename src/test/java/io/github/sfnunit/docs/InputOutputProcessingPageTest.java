package io.github.sfnunit.docs;

import static io.github.sfnunit.docs.DocsRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.mock.TaskMocks;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSONPath input and output processing pages: InputPath, Parameters, ResultSelector, ResultPath, OutputPath. */
class InputOutputProcessingPageTest {

    private static final String RESULT_PATH_INPUT = "{\"comment\": \"This is a test of the input and output of a Task"
            + " state.\", \"details\": \"Default example\", \"who\": \"AWS Step Functions\"}";

    /** A Pass state standing for a task whose result is "Hello, AWS Step Functions!". */
    private static Execution helloTask(String fields) {
        return DocsRun.state(
                "{\"Type\": \"Pass\", \"Result\": \"Hello, AWS Step Functions!\"" + fields + ", \"End\": true}",
                RESULT_PATH_INPUT);
    }

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultpath.html")
    class ResultPathPage {

        @Test
        void result_path_dollar_replaces_the_input_with_the_result() {
            assertThat(helloTask(", \"ResultPath\": \"$\"").output()).isEqualTo(json("\"Hello, AWS Step Functions!\""));
        }

        @Test
        void omitting_result_path_is_the_same_as_dollar() {
            assertThat(helloTask("").output()).isEqualTo(json("\"Hello, AWS Step Functions!\""));
        }

        @Test
        void result_path_null_discards_the_result_and_keeps_the_input() {
            assertThat(helloTask(", \"ResultPath\": null").output()).isEqualTo(json(RESULT_PATH_INPUT));
        }

        @Test
        void result_path_adds_the_result_to_the_input() {
            assertThat(helloTask(", \"ResultPath\": \"$.taskresult\"")
                            .output()
                            .get("taskresult")
                            .asText())
                    .isEqualTo("Hello, AWS Step Functions!");
            assertThat(helloTask(", \"ResultPath\": \"$.taskresult\"")
                            .output()
                            .get("who")
                            .asText())
                    .isEqualTo("AWS Step Functions");
        }

        @Test
        void result_path_creates_missing_parent_objects() {
            assertThat(helloTask(", \"ResultPath\": \"$.strings.lambdaresult\"")
                            .output()
                            .path("strings"))
                    .isEqualTo(json("{\"lambdaresult\": \"Hello, AWS Step Functions!\"}"));
        }

        @Test
        void result_path_replaces_an_existing_field() {
            assertThat(helloTask(", \"ResultPath\": \"$.who\"")
                            .output()
                            .get("who")
                            .asText())
                    .isEqualTo("Hello, AWS Step Functions!");
        }

        @Test
        void catch_result_path_adds_the_error_to_the_state_input() {
            String definition = "{\"StartAt\": \"F\", \"States\": {\"F\": {\"Type\": \"Task\","
                    + " \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:FailFunction\","
                    + " \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"ResultPath\": \"$.error-info\","
                    + " \"Next\": \"Done\"}], \"End\": true}, \"Done\": {\"Type\": \"Succeed\"}}}";
            TaskMocks mocks = new TaskMocks();
            mocks.forState("F").thenFail("CustomError", "This is a custom error!");

            Execution run = DocsRun.run(definition, "{\"foo\": \"bar\"}", mocks);

            assertThat(run.output())
                    .isEqualTo(json("{\"foo\": \"bar\", \"error-info\": {\"Error\": \"CustomError\","
                            + " \"Cause\": \"This is a custom error!\"}}"));
        }
    }

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html")
    class InputPathAndParametersPage {

        private static final String INPUT_PATH_INPUT = "{\"comment\": \"Example for InputPath.\","
                + " \"dataset1\": {\"val1\": 1, \"val2\": 2, \"val3\": 3},"
                + " \"dataset2\": {\"val1\": \"a\", \"val2\": \"b\", \"val3\": \"c\"}}";

        private static final String PRODUCT = "{\"comment\": \"Example for Parameters.\", \"product\": {\"details\":"
                + " {\"color\": \"blue\", \"size\": \"small\", \"material\": \"cotton\"}, \"availability\": \"in stock\","
                + " \"sku\": \"2317\", \"cost\": \"$23\"}}";

        @Test
        void input_path_selects_part_of_the_input() {
            assertThat(DocsRun.state(
                                    "{\"Type\": \"Pass\", \"InputPath\": \"$.dataset2\", \"End\": true}",
                                    INPUT_PATH_INPUT)
                            .output())
                    .isEqualTo(json("{\"val1\": \"a\", \"val2\": \"b\", \"val3\": \"c\"}"));
        }

        @Test
        void input_path_can_select_an_array_element() {
            assertThat(DocsRun.state(
                                    "{\"Type\": \"Pass\", \"InputPath\": \"$.a[1]\", \"End\": true}",
                                    "{\"a\": [10, 20, 30]}")
                            .output())
                    .isEqualTo(json("20"));
        }

        @Test
        void input_path_null_gives_an_empty_object() {
            assertThat(DocsRun.state("{\"Type\": \"Pass\", \"InputPath\": null, \"End\": true}", "{\"a\": 1}")
                            .output())
                    .isEqualTo(json("{}"));
        }

        @Test
        void parameters_select_with_dot_dollar_keys_and_keep_static_values() {
            Execution run = DocsRun.passParameters(
                    "{\"comment\": \"Selecting what I care about.\", \"MyDetails\": {\"size.$\": \"$.product.details.size\","
                            + " \"exists.$\": \"$.product.availability\", \"StaticValue\": \"foo\"}}",
                    PRODUCT);

            assertThat(run.output())
                    .isEqualTo(
                            json("{\"comment\": \"Selecting what I care about.\", \"MyDetails\": {\"size\": \"small\","
                                    + " \"exists\": \"in stock\", \"StaticValue\": \"foo\"}}"));
        }

        @Test
        void parameters_read_the_context_object_with_double_dollar() {
            assertThat(DocsRun.passParameters("{\"name.$\": \"$$.State.Name\"}", "{}")
                            .output())
                    .isEqualTo(json("{\"name\": \"S\"}"));
        }

        @Test
        void a_parameters_path_that_selects_nothing_fails_with_a_runtime_error() {
            Execution run = DocsRun.passParameters("{\"x.$\": \"$.missing\"}", "{}");

            assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(run.error()).isEqualTo("States.Runtime");
        }
    }

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/input-output-outputpath.html")
    class OutputPathPage {

        @Test
        void output_path_selects_part_of_the_state_output() {
            assertThat(DocsRun.state(
                                    "{\"Type\": \"Pass\", \"OutputPath\": \"$.a\", \"End\": true}",
                                    "{\"a\": {\"b\": 1}, \"c\": 2}")
                            .output())
                    .isEqualTo(json("{\"b\": 1}"));
        }

        @Test
        void output_path_null_sends_an_empty_object() {
            assertThat(DocsRun.state("{\"Type\": \"Pass\", \"OutputPath\": null, \"End\": true}", "{\"a\": 1}")
                            .output())
                    .isEqualTo(json("{}"));
        }

        @Test
        void output_path_applies_after_result_path() {
            assertThat(DocsRun.state(
                                    "{\"Type\": \"Pass\", \"Result\": 7, \"ResultPath\": \"$.r\", \"OutputPath\": \"$.r\","
                                            + " \"End\": true}",
                                    "{\"a\": 1}")
                            .output())
                    .isEqualTo(json("7"));
        }
    }

    @Nested
    @DisplayName(
            "https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html#input-output-resultselector")
    class ResultSelectorPage {

        @Test
        void result_selector_shapes_the_task_result_before_result_path() {
            String definition = "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
                    + " \"Resource\": \"arn:aws:states:::elasticmapreduce:createCluster.sync\","
                    + " \"ResultSelector\": {\"ClusterId.$\": \"$.output.ClusterId\", \"ResourceType.$\": \"$.resourceType\"},"
                    + " \"ResultPath\": \"$.EMROutput\", \"End\": true}}}";
            TaskMocks mocks = new TaskMocks();
            mocks.forState("T")
                    .thenReturn("{\"resourceType\": \"elasticmapreduce\", \"resource\": \"createCluster.sync\","
                            + " \"output\": {\"SdkHttpMetadata\": {\"HttpStatusCode\": 200},"
                            + " \"ClusterId\": \"AKIAIOSFODNN7EXAMPLE\"}}");

            Execution run = DocsRun.run(definition, "{\"in\": 1}", mocks);

            assertThat(run.output())
                    .isEqualTo(json("{\"in\": 1, \"EMROutput\": {\"ClusterId\": \"AKIAIOSFODNN7EXAMPLE\","
                            + " \"ResourceType\": \"elasticmapreduce\"}}"));
        }
    }

    static Stream<Arguments> resultPathOnNonObjects() {
        return Stream.of(Arguments.of("\"a string\"", "$.x"), Arguments.of("[1, 2]", "$.x"), Arguments.of("5", "$.x"));
    }

    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultpath.html")
    @ParameterizedTest(name = "ResultPath {1} on input {0} fails with States.ResultPathMatchFailure")
    @MethodSource("resultPathOnNonObjects")
    void result_path_into_a_value_that_is_not_an_object_fails(String input, String resultPath) {
        Execution run = DocsRun.state(
                "{\"Type\": \"Pass\", \"Result\": 1, \"ResultPath\": \"" + resultPath + "\", \"End\": true}", input);

        assertThat(run.error()).isEqualTo("States.ResultPathMatchFailure");
    }
}
