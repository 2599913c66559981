package io.github.sfnunit.docs;

import static io.github.sfnunit.docs.DocsRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.mock.TaskMocks;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The context object ({@code $$}) and each field the page lists. */
@DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html")
class ContextObjectPageTest {

    private static JsonNode field(String path, String input) {
        Execution run = DocsRun.passParameters("{\"v.$\": \"" + path + "\"}", input);
        return run.output().get("v");
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of(
                        "$$.Execution.Id", "arn:aws:states:[a-z0-9-]+:\\d{12}:execution:StateMachine:[0-9a-f-]{36}"),
                Arguments.of("$$.Execution.Name", "[0-9a-f-]{36}"),
                Arguments.of("$$.Execution.StartTime", "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"),
                Arguments.of("$$.Execution.RoleArn", "arn:aws:iam::\\d{12}:role/.+"),
                Arguments.of("$$.State.EnteredTime", "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"),
                Arguments.of("$$.State.Name", "S"),
                Arguments.of("$$.StateMachine.Id", "arn:aws:states:[a-z0-9-]+:\\d{12}:stateMachine:StateMachine"),
                Arguments.of("$$.StateMachine.Name", "StateMachine"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void each_documented_text_field_is_present(String path, String pattern) {
        assertThat(field(path, "{}").asText()).matches(pattern);
    }

    @Test
    void execution_input_is_the_execution_input() {
        assertThat(field("$$.Execution.Input", "{\"a\": [1, 2]}")).isEqualTo(json("{\"a\": [1, 2]}"));
    }

    @Test
    void execution_redrive_count_is_zero_for_a_first_run() {
        assertThat(field("$$.Execution.RedriveCount", "{}").asInt()).isZero();
    }

    @Test
    void state_retry_count_is_zero_on_a_task_first_attempt() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("T").thenAnswer(call -> call.parameters());

        Execution run = DocsRun.run(
                "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
                        + " \"Resource\": \"arn:aws:states:::lambda:invoke\", \"Parameters\": {\"n.$\": \"$$.State.RetryCount\"},"
                        + " \"End\": true}}}",
                "{}",
                mocks);

        assertThat(run.output()).isEqualTo(json("{\"n\": 0}"));
    }

    @Test
    void state_retry_count_counts_retries_of_a_task() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("T").thenFail("E", "c").thenFail("E", "c").thenAnswer(call -> call.parameters());

        Execution run = DocsRun.run(
                "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
                        + " \"Resource\": \"arn:aws:states:::lambda:invoke\", \"Parameters\": {\"n.$\": \"$$.State.RetryCount\"},"
                        + " \"Retry\": [{\"ErrorEquals\": [\"E\"]}], \"End\": true}}}",
                "{}",
                mocks);

        assertThat(run.output()).isEqualTo(json("{\"n\": 2}"));
    }

    @Test
    void task_token_is_given_to_wait_for_task_token_tasks() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("T").thenAnswer(call -> call.parameters());

        Execution run = DocsRun.run(
                "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
                        + " \"Resource\": \"arn:aws:states:::sqs:sendMessage.waitForTaskToken\","
                        + " \"Parameters\": {\"QueueUrl\": \"q\", \"MessageBody\": {\"token.$\": \"$$.Task.Token\"}},"
                        + " \"End\": true}}}",
                "{}",
                mocks);

        assertThat(run.invocations()
                        .get(0)
                        .parameters()
                        .path("MessageBody")
                        .path("token")
                        .asText())
                .isEqualTo(run.invocations().get(0).taskToken())
                .isNotEmpty();
    }

    @Test
    void task_token_is_given_to_sync_jobs_too() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("T").thenAnswer(call -> call.parameters());

        Execution run = DocsRun.run(
                "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
                        + " \"Resource\": \"arn:aws:states:::states:startExecution.sync:2\","
                        + " \"Parameters\": {\"StateMachineArn\": \"arn:aws:states:us-east-1:123456789012:stateMachine:C\","
                        + " \"Input\": {\"token.$\": \"$$.Task.Token\"}}, \"End\": true}}}",
                "{}",
                mocks);

        assertThat(run.invocations()
                        .get(0)
                        .parameters()
                        .path("Input")
                        .path("token")
                        .asText())
                .isEqualTo(run.invocations().get(0).taskToken())
                .isNotEmpty();
    }

    @Test
    void map_item_index_and_value_inside_an_iteration() {
        Execution run = DocsRun.state(
                "{\"Type\": \"Map\", \"ItemSelector\": {\"index.$\": \"$$.Map.Item.Index\","
                        + " \"value.$\": \"$$.Map.Item.Value\"}, \"ItemProcessor\": {\"StartAt\": \"P\","
                        + " \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}",
                "[\"a\", {\"b\": 1}]");

        assertThat(run.output())
                .isEqualTo(json("[{\"index\": 0, \"value\": \"a\"}, {\"index\": 1, \"value\": {\"b\": 1}}]"));
    }

    @Test
    void the_page_map_example_with_parameters_and_a_static_field() {
        Execution run = DocsRun.state(
                "{\"Type\": \"Map\", \"ItemsPath\": \"$.ship\", \"ItemSelector\": {\"ContextIndex.$\": \"$$.Map.Item.Index\","
                        + " \"ContextValue.$\": \"$$.Map.Item.Value\", \"Static\": \"x\"}, \"ItemProcessor\": {\"StartAt\": \"P\","
                        + " \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}",
                "{\"ship\": [{\"prod\": \"R31\"}]}");

        assertThat(run.output())
                .isEqualTo(json("[{\"ContextIndex\": 0, \"ContextValue\": {\"prod\": \"R31\"}, \"Static\": \"x\"}]"));
    }

    /** The page's JSONPath example: the three {@code Map.Item} fields of items read from the state's input. */
    @Test
    void the_page_map_example_gives_index_value_and_source_state_data() {
        Execution run = DocsRun.state(
                "{\"Type\": \"Map\", \"ItemSelector\": {\"ContextIndex.$\": \"$$.Map.Item.Index\","
                        + " \"ContextValue.$\": \"$$.Map.Item.Value\", \"ContextSource.$\": \"$$.Map.Item.Source\"},"
                        + " \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"INLINE\"}, \"StartAt\": \"TestPass\","
                        + " \"States\": {\"TestPass\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}",
                "[{\"who\": \"bob\"}, {\"who\": \"meg\"}, {\"who\": \"joe\"}]");

        assertThat(run.output()).isEqualTo(PAGE_MAP_OUTPUT);
    }

    private static final JsonNode PAGE_MAP_OUTPUT = json("[{\"ContextIndex\": 0, \"ContextValue\": {\"who\": \"bob\"},"
            + " \"ContextSource\": \"STATE_DATA\"}, {\"ContextIndex\": 1, \"ContextValue\": {\"who\": \"meg\"},"
            + " \"ContextSource\": \"STATE_DATA\"}, {\"ContextIndex\": 2, \"ContextValue\": {\"who\": \"joe\"},"
            + " \"ContextSource\": \"STATE_DATA\"}]");

    /** The page's JSONata example: {@code $states.context.Map.Item} in ItemSelector. */
    @Test
    void the_page_jsonata_map_example_gives_the_same_output() {
        Execution run = DocsRun.run(
                "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"ExampleMapState\", \"States\": {\"ExampleMapState\":"
                        + " {\"Type\": \"Map\", \"ItemSelector\": {\"ContextIndex\": \"{% $states.context.Map.Item.Index %}\","
                        + " \"ContextValue\": \"{% $states.context.Map.Item.Value %}\","
                        + " \"ContextSource\": \"{% $states.context.Map.Item.Source %}\"},"
                        + " \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"INLINE\"}, \"StartAt\": \"TestPass\","
                        + " \"States\": {\"TestPass\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}}}",
                "[{\"who\": \"bob\"}, {\"who\": \"meg\"}, {\"who\": \"joe\"}]");

        assertThat(run.output()).isEqualTo(PAGE_MAP_OUTPUT);
    }

    @Test
    void a_distributed_map_over_state_input_has_source_state_data() {
        Execution run = DocsRun.state(
                "{\"Type\": \"Map\", \"ItemSelector\": {\"s.$\": \"$$.Map.Item.Source\"}, \"ItemProcessor\":"
                        + " {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"EXPRESS\"},"
                        + " \"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}",
                "[1]");

        assertThat(run.output()).isEqualTo(json("[{\"s\": \"STATE_DATA\"}]"));
    }

    private static Execution readerMap(String reader, String content, String selector) {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("M").thenReturn(content);
        return DocsRun.run(
                "{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"ItemReader\": " + reader
                        + ", \"ItemSelector\": " + selector + ", \"ItemProcessor\": {\"ProcessorConfig\":"
                        + " {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"}, \"StartAt\": \"P\","
                        + " \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}}}",
                "{\"bucket\": \"amzn-s3-demo-bucket\"}",
                mocks);
    }

    /** "For all the other input types, the value will be the Amazon S3 URI. For example: S3://bucket-name/object-key". */
    @Test
    void an_item_read_from_an_s3_object_has_the_object_uri_as_source() {
        Execution run = readerMap(
                "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"JSON\"},"
                        + " \"Parameters\": {\"Bucket.$\": \"$.bucket\", \"Key\": \"jsonDataset/factcheck.json\"}}",
                "\"[{\\\"verdict\\\": \\\"true\\\"}]\"",
                "{\"source.$\": \"$$.Map.Item.Source\", \"value.$\": \"$$.Map.Item.Value\", \"index.$\": \"$$.Map.Item.Index\"}");

        assertThat(run.output())
                .isEqualTo(json("[{\"source\": \"S3://amzn-s3-demo-bucket/jsonDataset/factcheck.json\","
                        + " \"value\": {\"verdict\": \"true\"}, \"index\": 0}]"));
    }

    /** "For Amazon S3 LIST_OBJECTS_V2 with Transformation=NONE, the value will show the S3 URI for the bucket." */
    @Test
    void an_item_of_an_s3_listing_has_the_bucket_uri_as_source() {
        Execution run = readerMap(
                "{\"Resource\": \"arn:aws:states:::s3:listObjectsV2\", \"Parameters\": {\"Bucket.$\": \"$.bucket\","
                        + " \"Prefix\": \"processData\"}}",
                "{\"Contents\": [{\"Key\": \"processData/a.jpg\"}, {\"Key\": \"processData/b.jpg\"}]}",
                "{\"source.$\": \"$$.Map.Item.Source\", \"key.$\": \"$$.Map.Item.Value.Key\"}");

        assertThat(run.output())
                .isEqualTo(json("[{\"source\": \"S3://amzn-s3-demo-bucket\", \"key\": \"processData/a.jpg\"},"
                        + " {\"source\": \"S3://amzn-s3-demo-bucket\", \"key\": \"processData/b.jpg\"}]"));
    }

    /** "You must define parameters from the Context object in the ItemSelector block ... not within the states". */
    @Test
    void the_map_item_is_not_in_the_context_of_the_states_inside_an_iteration() {
        Execution run = DocsRun.state(
                "{\"Type\": \"Map\", \"ItemProcessor\": {\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\","
                        + " \"Parameters\": {\"context.$\": \"$$\"}, \"End\": true}}}, \"End\": true}",
                "[1]");

        assertThat(run.output().get(0).get("context").has("Map")).isFalse();
        assertThat(run.output().get(0).get("context").path("State").path("Name").asText())
                .isEqualTo("P");
    }

    @Test
    void the_context_object_is_read_only_and_the_same_in_every_state() {
        Execution run = DocsRun.run(
                "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Parameters\": {\"id.$\": \"$$.Execution.Id\"},"
                        + " \"ResultPath\": \"$.a\", \"Next\": \"B\"}, \"B\": {\"Type\": \"Pass\","
                        + " \"Parameters\": {\"id.$\": \"$$.Execution.Id\", \"a.$\": \"$.a.id\"}, \"End\": true}}}",
                "{}");

        assertThat(run.output().get("id")).isEqualTo(run.output().get("a"));
    }

    @Test
    void jsonata_reads_the_context_object_as_states_context() {
        Execution run = DocsRun.jsonata("$states.context.State.Name", "{}");

        assertThat(run.output().asText()).isEqualTo("S");
    }
}
