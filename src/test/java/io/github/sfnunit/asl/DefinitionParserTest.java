package io.github.sfnunit.asl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefinitionParserTest {

    private final DefinitionParser parser = new DefinitionParser();

    @Test
    void should_give_every_state_its_pointer_and_effective_query_language() {
        // GIVEN a JSONPath machine with a JSONata state, a Parallel branch and a Map item processor
        String definition = """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $states.input %}", "Next": "P"},
                  "P": {"Type": "Parallel", "Next": "M", "Branches": [
                    {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}]},
                  "M": {"Type": "Map", "End": true, "ItemProcessor": {
                    "StartAt": "C", "States": {"C": {"Type": "Pass", "End": true}}}}
                }}
                """;

        // WHEN
        StateMachineDefinition parsed = parser.parse(definition);

        // THEN
        State a = parsed.graph().state("A");
        assertThat(a.pointer()).isEqualTo("/States/A");
        assertThat(a.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
        State.Parallel p = (State.Parallel) parsed.graph().state("P");
        State b = p.branches().get(0).state("B");
        assertThat(b.pointer()).isEqualTo("/States/P/Branches/0/States/B");
        assertThat(b.queryLanguage()).isEqualTo(QueryLanguage.JSONPATH);
        State.Map m = (State.Map) parsed.graph().state("M");
        assertThat(m.itemProcessor().state("C").pointer()).isEqualTo("/States/M/ItemProcessor/States/C");
        assertThat(m.processorConfig()).isEqualTo(ProcessorConfig.INLINE);
        assertThat(m.isEnd()).isTrue();
    }

    @Test
    void should_fill_in_aws_defaults_for_retriers_and_paths() {
        // GIVEN
        String definition = """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Retry": [{"ErrorEquals": ["States.ALL"]}], "End": true}}}
                """;

        // WHEN
        State.Task task = (State.Task) parser.parse(definition).graph().state("T");

        // THEN
        Retrier retrier = task.retry().get(0);
        assertThat(retrier.intervalSeconds()).isEqualTo(1);
        assertThat(retrier.maxAttempts()).isEqualTo(3);
        assertThat(retrier.backoffRate()).isEqualTo(2.0);
        assertThat(retrier.jitterStrategy()).isEqualTo(Retrier.JitterStrategy.NONE);
        assertThat(task.dataFlow()).isEqualTo(DataFlow.DEFAULT);
    }

    @Test
    void should_read_yaml_definitions() {
        // GIVEN
        String definition = """
                StartAt: Hello
                States:
                  Hello:
                    Type: Pass
                    Result: {greeting: hi}
                    End: true
                """;

        // WHEN
        State.Pass pass = (State.Pass) parser.parse(definition).graph().state("Hello");

        // THEN
        assertThat(pass.result().path("greeting").asText()).isEqualTo("hi");
    }

    @Test
    void should_keep_null_paths_as_null_to_mean_discard() {
        // GIVEN
        String definition = """
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "ResultPath": null, "OutputPath": null, "End": true}}}
                """;

        // WHEN
        DataFlow flow = parser.parse(definition).graph().state("A").dataFlow();

        // THEN
        assertThat(flow.resultPath()).isNull();
        assertThat(flow.outputPath()).isNull();
        assertThat(flow.inputPath()).isEqualTo("$");
    }

    @Test
    void states_inside_a_jsonata_map_default_to_the_machines_query_language() {
        // GIVEN a JSONata Map in a JSONPath machine
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "QueryLanguage": "JSONata", "Items": "{% [1] %}",
                  "End": true, "ItemProcessor": {"StartAt": "I", "States": {
                    "I": {"Type": "Pass", "ResultPath": "$.x", "Next": "J"},
                    "J": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% 1 %}", "End": true}}}}}}
                """;

        // WHEN
        State.Map map = (State.Map) parser.parse(definition).graph().state("M");

        // THEN
        assertThat(map.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
        assertThat(map.itemProcessor().queryLanguage()).isEqualTo(QueryLanguage.JSONPATH);
        assertThat(map.itemProcessor().state("I").queryLanguage()).isEqualTo(QueryLanguage.JSONPATH);
        assertThat(map.itemProcessor().state("J").queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
    }
}
