package io.github.sfnunit.asl;

import static io.github.sfnunit.asl.ValidationAssertions.assertErrors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapRulesTest {

    private static String map(String fields, String processorConfig) {
        return "{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"End\": true, " + fields
                + " \"ItemProcessor\": {" + processorConfig
                + " \"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Pass\", \"End\": true}}}}}}";
    }

    private static final String DISTRIBUTED =
            "\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"},";

    @Test
    void should_read_a_distributed_map() {
        StateMachineDefinition definition = new DefinitionParser()
                .parse(map(
                        "\"Label\": \"Files\", \"MaxConcurrency\": 5, \"ToleratedFailurePercentage\": 10,"
                                + " \"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:listObjectsV2\","
                                + " \"Parameters\": {\"Bucket.$\": \"$.bucket\"}},"
                                + " \"ItemBatcher\": {\"MaxItemsPerBatch\": 10},",
                        DISTRIBUTED));

        State.Map map = (State.Map) definition.graph().state("M");
        assertThat(map.isDistributed()).isTrue();
        assertThat(map.processorConfig().executionType()).isEqualTo(ProcessorConfig.ExecutionType.STANDARD);
        assertThat(map.label()).isEqualTo("Files");
        assertThat(map.itemReader().resource()).isEqualTo("arn:aws:states:::s3:listObjectsV2");
        assertThat(map.itemBatcher().maxItemsPerBatch().intValue()).isEqualTo(10);
        assertThat(map.maxConcurrency().intValue()).isEqualTo(5);
    }

    @Test
    void should_reject_labels_as_aws_does() {
        assertErrors(map("\"Label\": \"\",", DISTRIBUTED)).containsExactly("/States/M/Label: Label cannot be empty");
        assertErrors(map("\"Label\": \"label_]\",", DISTRIBUTED))
                .containsExactly("/States/M/Label: Label contains invalid character: ']'");
        assertErrors(map("\"Label\": \"a\\tb\",", DISTRIBUTED))
                .containsExactly("/States/M/Label: Label contains invalid character: '\\t'");
        assertErrors(map("\"Label\": \"" + "x".repeat(41) + "\",", DISTRIBUTED))
                .containsExactly("/States/M/Label: Label cannot exceed 40 characters, found 41");
    }

    @Test
    void should_check_processor_config() {
        assertErrors(map("", "\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\"},"))
                .containsExactly("/States/M/ItemProcessor/ProcessorConfig: a distributed Map needs \"ExecutionType\":"
                        + " \"STANDARD\" or \"EXPRESS\"");
        assertErrors(map("", "\"ProcessorConfig\": {\"Mode\": \"PARALLEL\"},"))
                .containsExactly("/States/M/ItemProcessor/ProcessorConfig/Mode: expected \"INLINE\" or \"DISTRIBUTED\","
                        + " found \"PARALLEL\"");
    }

    @Test
    void should_check_concurrency_and_tolerated_failures() {
        assertErrors(map("\"MaxConcurrency\": -1, \"ToleratedFailurePercentage\": 101,", DISTRIBUTED))
                .containsExactly(
                        "/States/M/MaxConcurrency: must be an integer >= 0, found -1",
                        "/States/M/ToleratedFailurePercentage: must be a number from 0 to 100, found 101");
    }

    @Test
    void should_require_an_item_processor() {
        assertErrors("{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"End\": true}}}")
                .containsExactly("/States/M: missing required field \"ItemProcessor\" (the states run for each item)");
    }

    @Test
    void should_point_into_the_item_processor() {
        assertErrors(map("", "").replace("\"End\": true}}}}}}", "\"Next\": \"Nowhere\"}}}}}}"))
                .contains("/States/M/ItemProcessor/States/I/Next: state \"Nowhere\" does not exist");
    }

    @Test
    void should_accept_the_legacy_iterator_and_parameters() {
        StateMachineDefinition definition = new DefinitionParser()
                .parse(
                        "{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"End\": true,"
                                + " \"Parameters\": {\"x.$\": \"$$.Map.Item.Value\"},"
                                + " \"Iterator\": {\"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Pass\", \"End\": true}}}}}}");

        State.Map map = (State.Map) definition.graph().state("M");
        assertThat(map.legacyIterator()).isTrue();
        assertThat(map.itemSelector().has("x.$")).isTrue();
        assertThat(map.itemProcessor().state("I").pointer()).isEqualTo("/States/M/Iterator/States/I");
    }

    @Test
    void should_check_the_item_reader_resource_and_input_type() {
        assertErrors(map(
                        "\"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:getObjects\","
                                + " \"ReaderConfig\": {\"InputType\": \"XML\"}},",
                        DISTRIBUTED))
                .containsExactly(
                        "/States/M/ItemReader/Resource: an ItemReader reads with arn:aws:states:::s3:getObject or"
                                + " arn:aws:states:::s3:listObjectsV2, found \"arn:aws:states:::s3:getObjects\"",
                        "/States/M/ItemReader/ReaderConfig/InputType: expected one of CSV, JSON, JSONL, MANIFEST, PARQUET,"
                                + " found \"XML\"");
    }
}
