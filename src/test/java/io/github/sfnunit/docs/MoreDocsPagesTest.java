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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Error names, the Lambda integration, the Map state's limits and JSONata's built-in functions. */
class MoreDocsPagesTest {

    @Nested
    @DisplayName(
            "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html#error-handling-error-representation")
    class ErrorNamesPage {

        @ParameterizedTest(name = "{0} may be caught")
        @ValueSource(
                strings = {
                    "States.ALL",
                    "States.DataLimitExceeded",
                    "States.ExceedToleratedFailureThreshold",
                    "States.HeartbeatTimeout",
                    "States.Http.Socket",
                    "States.IntrinsicFailure",
                    "States.ItemReaderFailed",
                    "States.NoChoiceMatched",
                    "States.ParameterPathFailure",
                    "States.Permissions",
                    "States.ResultPathMatchFailure",
                    "States.ResultWriterFailed",
                    "States.Runtime",
                    "States.TaskFailed",
                    "States.Timeout",
                    "States.QueryEvaluationError"
                })
        void each_predefined_error_name_is_accepted_in_error_equals(String error) {
            assertThat(DocsRun.errors("{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
                            + " \"Resource\": \"arn:aws:states:::lambda:invoke\", \"Catch\": [{\"ErrorEquals\": [\""
                            + error
                            + "\"], \"Next\": \"H\"}], \"End\": true}, \"H\": {\"Type\": \"Succeed\"}}}"))
                    .isEmpty();
        }

        @Test
        void error_names_are_case_sensitive() {
            TaskMocks mocks = new TaskMocks();
            mocks.forState("T").thenFail("MyError", "c");

            Execution run = DocsRun.run(
                    "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                            + " \"Catch\": [{\"ErrorEquals\": [\"myerror\"], \"Next\": \"H\"}], \"End\": true},"
                            + " \"H\": {\"Type\": \"Succeed\"}}}",
                    "{}",
                    mocks);

            assertThat(run.error()).isEqualTo("MyError");
        }
    }

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html")
    class LambdaIntegrationPage {

        private static Execution invoke(TaskMocks mocks) {
            return DocsRun.run(
                    "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                            + " \"Parameters\": {\"FunctionName\": \"arn:aws:lambda:us-east-1:123456789012:function:Hello\","
                            + " \"Payload.$\": \"$\"}, \"End\": true}}}",
                    "{\"who\": \"me\"}",
                    mocks);
        }

        @Test
        void the_result_wraps_the_function_output_in_payload() {
            TaskMocks mocks = new TaskMocks();
            mocks.forLambda("Hello").thenReturn("{\"greeting\": \"hi\"}");

            assertThat(invoke(mocks).output().path("Payload")).isEqualTo(json("{\"greeting\": \"hi\"}"));
        }

        @Test
        void the_result_has_status_code_200() {
            TaskMocks mocks = new TaskMocks();
            mocks.forLambda("Hello").thenReturn("{}");

            assertThat(invoke(mocks).output().path("StatusCode").asInt()).isEqualTo(200);
        }

        @Test
        void the_result_names_the_executed_version() {
            TaskMocks mocks = new TaskMocks();
            mocks.forLambda("Hello").thenReturn("{}");

            assertThat(invoke(mocks).output().path("ExecutedVersion").asText()).isEqualTo("$LATEST");
        }

        @Test
        void a_function_error_fails_the_task_with_the_error_type() {
            TaskMocks mocks = new TaskMocks();
            mocks.forLambda("Hello").thenFailFunction("ValueError", "bad input");

            Execution run = invoke(mocks);

            assertThat(run.error()).isEqualTo("ValueError");
            assertThat(json(run.cause()).path("errorMessage").asText()).isEqualTo("bad input");
        }

        @Test
        void a_bare_function_arn_returns_the_function_output_as_is() {
            TaskMocks mocks = new TaskMocks();
            mocks.forLambda("Hello").thenReturn("{\"greeting\": \"hi\"}");

            Execution run = DocsRun.run(
                    "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
                            + " \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:Hello\", \"End\": true}}}",
                    "{}",
                    mocks);

            assertThat(run.output()).isEqualTo(json("{\"greeting\": \"hi\"}"));
        }
    }

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html")
    class MapLimitsPage {

        private static String distributed(String fields) {
            return "{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"ItemProcessor\": {\"ProcessorConfig\":"
                    + " {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"}, \"StartAt\": \"P\", \"States\": {\"P\":"
                    + " {\"Type\": \"Pass\", \"End\": true}}}" + fields + ", \"End\": true}}}";
        }

        @ParameterizedTest(name = "{0} is refused")
        @ValueSource(
                strings = {
                    ", \"ToleratedFailurePercentage\": 101",
                    ", \"ToleratedFailurePercentage\": -1",
                    ", \"ToleratedFailureCount\": -1",
                    ", \"MaxConcurrency\": -1",
                    ", \"Label\": \"has space\"",
                    ", \"Label\": \"0123456789012345678901234567890123456789x\"",
                    ", \"ToleratedFailureCount\": 1, \"ToleratedFailureCountPath\": \"$.c\""
                })
        void out_of_range_values_are_refused(String fields) {
            assertThat(DocsRun.errors(distributed(fields))).isNotEmpty();
        }

        @ParameterizedTest(name = "{0} is accepted")
        @ValueSource(
                strings = {
                    ", \"ToleratedFailurePercentage\": 100",
                    ", \"ToleratedFailurePercentage\": 0",
                    ", \"ToleratedFailureCount\": 0",
                    ", \"MaxConcurrency\": 0",
                    ", \"Label\": \"my-map_1\""
                })
        void values_in_range_are_accepted(String fields) {
            assertThat(DocsRun.errors(distributed(fields))).isEmpty();
        }

        /** The page: the ...Path forms read the value from the state input when the state runs. */
        @ParameterizedTest(name = "{0} from the input {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "ToleratedFailurePercentagePath | {\"p\": 150} | ToleratedFailurePercentage must be between 0 and 100.",
                    "ToleratedFailurePercentagePath | {\"p\": -0.5} | ToleratedFailurePercentage must be between 0 and 100.",
                    "ToleratedFailurePercentagePath | {\"p\": \"half\"} | The ToleratedFailurePercentagePath field refers to"
                            + " value \"half\" which is not a valid float: $.p",
                    "ToleratedFailureCountPath | {\"p\": -1} | ToleratedFailureCount cannot be negative.",
                    "ToleratedFailureCountPath | {\"p\": 1.5} | The ToleratedFailureCountPath field refers to value \"1.5\""
                            + " which is not a valid integer: $.p",
                    "ToleratedFailureCountPath | {\"p\": {}} | The ToleratedFailureCountPath field refers to value \"{}\""
                            + " which is not a valid integer: $.p"
                })
        void a_bad_value_read_by_a_tolerance_path_fails_the_state(String field, String input, String cause) {
            Execution run = DocsRun.run(
                    distributed(", \"" + field + "\": \"$.p\", \"ItemsPath\": \"$.items\""),
                    input.substring(0, input.length() - 1) + ", \"items\": [1]}");

            assertThat(run.error()).isEqualTo("States.Runtime");
            assertThat(run.cause()).endsWith(cause);
        }

        @Test
        void a_tolerance_path_may_read_a_number_written_as_text() {
            Execution run = DocsRun.run(
                    "{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"ToleratedFailureCountPath\": \"$.c\","
                            + " \"ItemsPath\": \"$.items\", \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\","
                            + " \"ExecutionType\": \"STANDARD\"}, \"StartAt\": \"F\", \"States\": {\"F\": {\"Type\": \"Fail\"}}},"
                            + " \"End\": true}}}",
                    "{\"c\": \"2\", \"items\": [1, 2]}");

            assertThat(run.status()).as(run.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }

        @Test
        void a_distributed_map_needs_an_execution_type() {
            assertThat(DocsRun.errors("{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"ItemProcessor\":"
                            + " {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\"}, \"StartAt\": \"P\", \"States\": {\"P\":"
                            + " {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}}}"))
                    .isNotEmpty();
        }

        @Test
        void tolerated_failures_let_the_map_succeed() {
            Execution run = DocsRun.run(
                    "{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"ToleratedFailureCount\": 1,"
                            + " \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"},"
                            + " \"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$\","
                            + " \"NumericEquals\": 2, \"Next\": \"F\"}], \"Default\": \"P\"}, \"F\": {\"Type\": \"Fail\"},"
                            + " \"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}}}",
                    "[1, 2, 3]");

            assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }

        @Test
        void more_failures_than_tolerated_fail_with_exceed_tolerated_failure_threshold() {
            Execution run = DocsRun.run(
                    "{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"ToleratedFailureCount\": 0,"
                            + " \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"},"
                            + " \"StartAt\": \"F\", \"States\": {\"F\": {\"Type\": \"Fail\"}}}, \"End\": true}}}",
                    "[1]");

            assertThat(run.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        }
    }

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html")
    class JsonataFunctionsPage {

        static Stream<Arguments> functions() {
            return Stream.of(
                    Arguments.of("$string(12)", "\"12\""),
                    Arguments.of("$number(\"12.5\")", "12.5"),
                    Arguments.of("$join([\"a\", \"b\"], \"-\")", "\"a-b\""),
                    Arguments.of("$split(\"a,b,c\", \",\")", "[\"a\", \"b\", \"c\"]"),
                    Arguments.of("$substring(\"Hello World\", 3, 5)", "\"lo Wo\""),
                    Arguments.of("$lowercase(\"ABC\")", "\"abc\""),
                    Arguments.of("$length(\"hello\")", "5"),
                    Arguments.of("$trim(\"  a  b  \")", "\"a b\""),
                    Arguments.of("$contains(\"abracadabra\", \"bra\")", "true"),
                    Arguments.of("$replace(\"abc\", \"b\", \"x\")", "\"axc\""),
                    Arguments.of("$max([1, 5, 3])", "5"),
                    Arguments.of("$min([1, 5, 3])", "1"),
                    Arguments.of("$average([1, 2, 3])", "2"),
                    Arguments.of("$round(2.5)", "2"),
                    Arguments.of("$round(3.5)", "4"),
                    Arguments.of("$floor(2.7)", "2"),
                    Arguments.of("$ceil(2.1)", "3"),
                    Arguments.of("$abs(-3)", "3"),
                    Arguments.of("$power(2, 10)", "1024"),
                    Arguments.of("$keys({\"a\": 1, \"b\": 2})", "[\"a\", \"b\"]"),
                    Arguments.of("$lookup({\"a\": 1}, \"a\")", "1"),
                    Arguments.of("$merge([{\"a\": 1}, {\"b\": 2}])", "{\"a\": 1, \"b\": 2}"),
                    Arguments.of("$sort([3, 1, 2])", "[1, 2, 3]"),
                    Arguments.of("$reverse([1, 2, 3])", "[3, 2, 1]"),
                    Arguments.of("$distinct([1, 1, 2])", "[1, 2]"),
                    Arguments.of("$append([1], [2, 3])", "[1, 2, 3]"),
                    Arguments.of("$boolean(0)", "false"),
                    Arguments.of("$not(true)", "false"),
                    Arguments.of("$count([])", "0"),
                    Arguments.of("[1, 2, 3][$ > 1]", "[2, 3]"),
                    Arguments.of("$map([1, 2], function($v) { $v * 10 })", "[10, 20]"),
                    Arguments.of("$filter([1, 2, 3], function($v) { $v != 2 })", "[1, 3]"),
                    Arguments.of("$reduce([1, 2, 3], function($a, $b) { $a + $b })", "6"),
                    Arguments.of("true ? \"yes\" : \"no\"", "\"yes\""),
                    Arguments.of("5 % 3", "2"));
        }

        @ParameterizedTest(name = "{0} is {1}")
        @MethodSource("functions")
        void jsonata_built_in_functions(String expression, String expected) {
            Execution run = DocsRun.jsonata(expression, "{}");

            assertThat(run.status()).as(run.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(run.output()).isEqualTo(json(expected));
        }
    }
}
