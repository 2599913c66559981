package io.github.sfnunit.internal.engine;

import static io.github.sfnunit.internal.engine.Machines.json;
import static io.github.sfnunit.internal.engine.Machines.machine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskInvocation;
import io.github.sfnunit.mock.TaskOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributedMapTest {

    private static final String PROCESSOR = """
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
              "StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "End": true}}}
            """;

    private static String readerMap(String reader) {
        return """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemReader": %s, %s}}}
                """.formatted(reader, PROCESSOR);
    }

    /** Answers the Map state's reader with {@code content}, and fails any other call. */
    private static Machines.Recording reader(Object content) {
        return new Machines.Recording(call -> {
            assertThat(call.stateName()).isEqualTo("M");
            return new TaskOutcome.Succeeded(
                    content instanceof String text ? TextNode.valueOf(text) : (JsonNode) content);
        });
    }

    @Test
    void should_run_each_item_as_a_child_execution_with_its_own_context_and_history() {
        // GIVEN
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "Label": "Files",
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                    "StartAt": "Inner", "States": {"Inner": {"Type": "Pass",
                      "Parameters": {"input.$": "$$.Execution.Input", "id.$": "$$.Execution.Id"}, "End": true}}}}}}
                """;
        // WHEN
        Execution run = machine(definition).start("[\"a\"]");
        // THEN
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().get(0).get("input").asText()).isEqualTo("a");
        assertThat(run.output().get(0).get("id").asText())
                .startsWith("arn:aws:states:us-east-1:123456789012:express:")
                .contains("/Files:");
        assertThat(run.statesEntered()).containsExactly("M");
        assertThat(run.history().stream().map(HistoryEvent::type))
                .containsExactly(
                        "ExecutionStarted",
                        "MapStateEntered",
                        "MapStateStarted",
                        "MapRunStarted",
                        "MapRunSucceeded",
                        "MapStateSucceeded",
                        "MapStateExited",
                        "ExecutionSucceeded");
    }

    @Test
    void should_fail_the_map_run_when_a_child_execution_fails_and_nothing_is_tolerated() {
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Inner", "States": {"Inner": {"Type": "Fail", "Error": "Bad"}}}}}}
                """;

        Execution run = machine(definition).start("[1, 2]");

        assertThat(run.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        assertThat(run.history().stream().map(HistoryEvent::type)).contains("MapRunFailed", "MapStateFailed");
    }

    @Test
    void should_read_a_json_object_given_by_the_test_and_evaluate_the_reader_parameters() {
        // GIVEN
        Machines.Recording tasks = reader("[{\"n\": 1}, {\"n\": 2}, {\"n\": 3}]");
        String definition = readerMap("""
                {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSON", "MaxItems": 2},
                 "Parameters": {"Bucket": "b", "Key.$": "$.key"}}
                """);
        // WHEN
        Execution run = machine(definition, tasks).start("{\"key\": \"items.json\"}");
        // THEN
        assertThat(run.output()).isEqualTo(json("[{\"n\": 1}, {\"n\": 2}]"));
        TaskInvocation call = tasks.calls.get(0);
        assertThat(call.resource()).isEqualTo("arn:aws:states:::s3:getObject");
        assertThat(call.input()).isEqualTo(json("{\"Bucket\": \"b\", \"Key\": \"items.json\"}"));
    }

    @Test
    void should_read_json_lines() {
        String definition = readerMap("""
                {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSONL"},
                 "Parameters": {"Bucket": "b", "Key": "k"}}
                """);

        Execution run =
                machine(definition, reader("{\"a\": 1}\n\n{\"a\": 2}\n")).start("{}");

        assertThat(run.output()).isEqualTo(json("[{\"a\": 1}, {\"a\": 2}]"));
    }

    @Test
    void should_read_csv_with_the_header_in_the_first_row() {
        String definition = readerMap("""
                {"Resource": "arn:aws:states:::s3:getObject",
                 "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"},
                 "Parameters": {"Bucket": "b", "Key": "k"}}
                """);

        Execution run =
                machine(definition, reader("id,name\n1,\"Smith, J\"\n2,Doe\n")).start("{}");

        assertThat(run.output())
                .isEqualTo(json("[{\"id\": \"1\", \"name\": \"Smith, J\"}, {\"id\": \"2\", \"name\": \"Doe\"}]"));
    }

    @Test
    void should_read_csv_with_given_headers() {
        String definition = readerMap("""
                {"Resource": "arn:aws:states:::s3:getObject",
                 "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "GIVEN", "CSVHeaders": ["x", "y"],
                   "CSVDelimiter": "PIPE"},
                 "Parameters": {"Bucket": "b", "Key": "k"}}
                """);

        Execution run = machine(definition, reader("1|2\n3|4")).start("{}");

        assertThat(run.output()).isEqualTo(json("[{\"x\": \"1\", \"y\": \"2\"}, {\"x\": \"3\", \"y\": \"4\"}]"));
    }

    @Test
    void should_iterate_over_the_objects_of_a_listing() {
        String definition = readerMap("""
                {"Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": {"Bucket": "b", "Prefix": "in/"}}
                """);
        String listing = "{\"Contents\": [{\"Key\": \"in/a.txt\", \"Size\": 1}, {\"Key\": \"in/b.txt\", \"Size\": 2}]}";

        Execution run = machine(definition, reader(json(listing))).start("{}");

        assertThat(run.output().size()).isEqualTo(2);
        assertThat(run.output().get(1).get("Key").asText()).isEqualTo("in/b.txt");
    }

    @Test
    void should_batch_items_with_the_batch_input() {
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"run.$": "$.run"}},
                  "ItemsPath": "$.items", %s}}}
                """.formatted(PROCESSOR);

        Execution run = machine(definition).start("{\"run\": 7, \"items\": [1, 2, 3]}");

        assertThat(run.output())
                .isEqualTo(json("[{\"BatchInput\": {\"run\": 7}, \"Items\": [1, 2]},"
                        + " {\"BatchInput\": {\"run\": 7}, \"Items\": [3]}]"));
    }

    @Test
    void should_write_the_results_where_the_test_can_read_them_and_return_the_writer_details() {
        // GIVEN
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                    "Parameters": {"Bucket": "out", "Prefix": "results"}}, %s}}}
                """.formatted(PROCESSOR);
        // WHEN
        Execution run = machine(definition).start("[1, 2]");
        // THEN
        assertThat(run.output().get("MapRunArn").asText()).contains(":mapRun:");
        assertThat(run.output().at("/ResultWriterDetails/Bucket").asText()).isEqualTo("out");
        assertThat(run.output().at("/ResultWriterDetails/Key").asText())
                .startsWith("results/")
                .endsWith("/manifest.json");
        List<TaskInvocation> written = run.invocations();
        assertThat(written).extracting(TaskInvocation::resource).containsOnly("arn:aws:states:::s3:putObject");
        TaskInvocation succeeded = written.get(0);
        assertThat(succeeded.input().get("Key").asText()).endsWith("/SUCCEEDED_0.json");
        JsonNode records = json(succeeded.input().get("Body").asText());
        assertThat(records.get(1).get("Output").asText()).isEqualTo("2");
        assertThat(records.get(1).get("Status").asText()).isEqualTo("SUCCEEDED");
        assertThat(written.get(written.size() - 1).input().get("Key").asText()).endsWith("/manifest.json");
    }

    @Test
    void should_refuse_an_inventory_manifest_reader_with_a_clear_message() {
        String definition = readerMap("""
                {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "MANIFEST"},
                 "Parameters": {"Bucket": "b", "Key": "manifest.json"}}
                """);

        assertThatThrownBy(() -> machine(definition).start("{}"))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("State 'M' (/States/M/ItemReader)")
                .hasMessageContaining("InputType MANIFEST");
    }

    @Test
    void should_refuse_load_and_flatten_over_a_listing_rather_than_iterate_the_listing() {
        String definition = readerMap("""
                {"Resource": "arn:aws:states:::s3:listObjectsV2",
                 "ReaderConfig": {"InputType": "JSON", "Transformation": "LOAD_AND_FLATTEN"},
                 "Parameters": {"Bucket": "b", "Prefix": "p/"}}
                """);

        assertThatThrownBy(() -> machine(definition).start("{}"))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("State 'M' (/States/M/ItemReader)")
                .hasMessageContaining("LOAD_AND_FLATTEN");
    }
}
