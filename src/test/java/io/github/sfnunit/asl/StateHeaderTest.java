package io.github.sfnunit.asl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every state's common parts are one {@link State.Header}, read by the same accessors for every type. */
class StateHeaderTest {

    private static final String DEFINITION = """
            {"StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Comment": "route",
                        "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Work"}], "Default": "Stop"},
              "Work": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% 1 %}", "Next": "Done"},
              "Done": {"Type": "Succeed", "InputPath": "$.x"},
              "Stop": {"Type": "Fail", "Error": "E"}}}
            """;

    private final StateGraph graph = new DefinitionParser().parse(DEFINITION).graph();

    @Test
    void a_state_reads_its_name_pointer_comment_and_language_from_its_header() {
        State check = graph.state("Check");

        assertThat(check.header())
                .isEqualTo(new State.Header(
                        "Check", "/States/Check", "route", QueryLanguage.JSONPATH, check.dataFlow(), null, false));
        assertThat(check.name()).isEqualTo("Check");
        assertThat(check.pointer()).isEqualTo("/States/Check");
        assertThat(check.comment()).isEqualTo("route");
        assertThat(graph.state("Work").queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
    }

    @Test
    void next_and_end_come_from_the_header_for_every_type() {
        assertThat(graph.state("Work").next()).isEqualTo("Done");
        assertThat(graph.state("Work").isEnd()).isFalse();
        assertThat(graph.state("Check").next()).isNull();
        assertThat(graph.state("Check").isEnd()).isFalse();
        assertThat(graph.state("Done").next()).isNull();
        assertThat(graph.state("Done").isEnd()).isTrue();
        assertThat(graph.state("Stop").next()).isNull();
        assertThat(graph.state("Stop").isEnd()).isTrue();
    }

    @Test
    void a_fail_state_has_the_default_data_flow_and_a_succeed_state_its_own() {
        assertThat(graph.state("Stop").dataFlow()).isSameAs(DataFlow.DEFAULT);
        assertThat(graph.state("Done").dataFlow().inputPath()).isEqualTo("$.x");
    }
}
