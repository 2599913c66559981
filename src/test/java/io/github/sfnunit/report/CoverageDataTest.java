package io.github.sfnunit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionLoader;
import io.github.sfnunit.mock.TaskMocks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage counted on {@code coverage/route.asl.json}, whose numbers are known by construction: 12 states, 18
 * transitions (Route: 3 rules and a Default; Charge: Next and 2 catchers; ...), 2 retriers, 2 catchers.
 */
class CoverageDataTest {

    static final String SOURCE = "classpath:coverage/route.asl.json";

    static StateMachine route() {
        return StateMachine.from(DefinitionLoader.defaults().loadResource("coverage/route.asl.json"));
    }

    /** A card payment retried once (Choices[0], Retry[0], the Map's both branches) and an invoice (Choices[1]). */
    static CoverageData twoOfThreeRules() {
        CoverageData data = new CoverageData();
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge").thenFail("Busy", "try later").thenReturn("{}");
        StateMachine machine = data.recording(SOURCE, route().withTaskHandler(mocks));
        assertThat(machine.start("{\"kind\": \"card\", \"items\": [1, 0, 2]}").status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(machine.start("{\"kind\": \"invoice\"}").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        return data;
    }

    @Test
    void counts_what_two_executions_taking_two_of_three_choice_rules_exercised() {
        MachineCoverage route = twoOfThreeRules().machine(SOURCE);

        assertThat(route.executions()).isEqualTo(2);
        assertThat(route.states()).isEqualTo(new MachineCoverage.Counter(10, 12));
        assertThat(route.transitions()).isEqualTo(new MachineCoverage.Counter(12, 18));
        assertThat(route.retriers()).isEqualTo(new MachineCoverage.Counter(1, 2));
        assertThat(route.catchers()).isEqualTo(new MachineCoverage.Counter(0, 2));
        assertThat(route.uncoveredStates()).containsExactly("Refund", "Rejected");
        assertThat(route.uncoveredTransitions())
                .containsExactly(
                        "Route Choices[2] -> Refund",
                        "Route Default -> Rejected",
                        "Charge Catch[0] -> Rejected",
                        "Charge Catch[1] -> Rejected",
                        "Refund Next -> Done",
                        "Rejected Fail -> (fails)");
        assertThat(route.uncoveredRetriers()).containsExactly("Charge Retry[1] (States.Timeout)");
        assertThat(route.uncoveredCatchers())
                .containsExactly("Charge Catch[0] (Declined)", "Charge Catch[1] (States.ALL)");
    }

    @Test
    void counts_each_entry_and_each_transition_inside_map_iterations_and_parallel_branches() {
        MachineCoverage route = twoOfThreeRules().machine(SOURCE);
        MachineGraph graph = route.graph();
        MachineCounts counts = route.counts();

        assertThat(counts.entered(node(graph, "Check"))).isEqualTo(3);
        assertThat(counts.entered(node(graph, "Keep"))).isEqualTo(2);
        assertThat(counts.entered(node(graph, "Left"))).isEqualTo(1);
        assertThat(counts.entered(node(graph, "Done"))).isEqualTo(2);
        assertThat(graph.qualifiedName(node(graph, "Keep"))).isEqualTo("Map \"Items\" items / Keep");
        assertThat(counts.taken(graph.ruleEdge(node(graph, "Check"), 0))).isEqualTo(2);
        assertThat(counts.taken(graph.defaultEdge(node(graph, "Check")))).isEqualTo(1);
        assertThat(counts.retried(graph.retrier(node(graph, "Charge"), 0))).isEqualTo(1);
    }

    @Test
    void a_catch_counts_its_transition_and_its_catcher_and_a_fail_state_its_fail_transition() {
        CoverageData data = new CoverageData();
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge").thenFail("Declined", "no funds");
        StateMachine machine = data.recording(SOURCE, route().withTaskHandler(mocks));

        Execution run = machine.start("{\"kind\": \"card\"}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        MachineCoverage route = data.machine(SOURCE);
        assertThat(route.catchers()).isEqualTo(new MachineCoverage.Counter(1, 2));
        assertThat(route.uncoveredTransitions())
                .doesNotContain("Charge Catch[0] -> Rejected", "Rejected Fail -> (fails)")
                .contains("Charge Catch[1] -> Rejected");
        assertThat(route.retriers()).isEqualTo(new MachineCoverage.Counter(0, 2));
    }

    @Test
    void state_names_used_twice_in_a_machine_are_told_apart_by_their_path() {
        StateMachine machine = StateMachine.from(DefinitionLoader.defaults().loadString("""
                {"StartAt": "Fan", "States": {"Fan": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Step", "States": {"Step": {"Type": "Pass", "End": true}}},
                  {"StartAt": "Step", "States": {"Step": {"Type": "Pass", "Next": "Other"},
                                                 "Other": {"Type": "Pass", "End": true}}}]}}}
                """));
        CoverageData data = new CoverageData();

        data.recording("twice", machine).start("{}");

        MachineCoverage twice = data.machine("twice");
        assertThat(twice.states()).isEqualTo(new MachineCoverage.Counter(4, 4));
        assertThat(twice.transitions()).isEqualTo(new MachineCoverage.Counter(4, 4));
        assertThat(twice.graph().nodes())
                .extracting(MachineGraph.Node::id)
                .containsExactly(
                        "/States/Fan",
                        "/States/Fan/Branches/0/States/Step",
                        "/States/Fan/Branches/1/States/Step",
                        "/States/Fan/Branches/1/States/Other");
    }

    @Test
    void a_state_name_used_inside_and_outside_a_map_is_counted_by_the_path_of_each_iteration() {
        StateMachine machine = StateMachine.from(DefinitionLoader.defaults().loadString("""
                {"StartAt": "Step", "States": {
                  "Step": {"Type": "Pass", "Next": "Each"},
                  "Each": {"Type": "Map", "ItemsPath": "$.items", "End": true, "ItemProcessor": {
                    "StartAt": "Step", "States": {
                      "Step": {"Type": "Parallel", "End": true, "Branches": [
                        {"StartAt": "Step", "States": {"Step": {"Type": "Pass", "End": true}}},
                        {"StartAt": "Other", "States": {"Other": {"Type": "Pass", "End": true}}}]}}}}}}
                """));
        CoverageData data = new CoverageData();

        data.recording("inside", machine).start("{\"items\": [1, 2, 3]}");

        MachineCoverage inside = data.machine("inside");
        MachineGraph graph = inside.graph();
        assertThat(graph.nodes())
                .extracting(MachineGraph.Node::id)
                .containsExactly(
                        "/States/Step",
                        "/States/Each",
                        "/States/Each/ItemProcessor/States/Step",
                        "/States/Each/ItemProcessor/States/Step/Branches/0/States/Step",
                        "/States/Each/ItemProcessor/States/Step/Branches/1/States/Other");
        MachineCounts counts = inside.counts();
        assertThat(List.of(
                        counts.entered(0), counts.entered(1), counts.entered(2), counts.entered(3), counts.entered(4)))
                .containsExactly(1L, 1L, 3L, 3L, 3L);
        assertThat(inside.transitions()).isEqualTo(new MachineCoverage.Counter(5, 5));
    }

    @Test
    void two_definitions_from_one_source_are_two_machines_named_with_their_hash() {
        CoverageData data = new CoverageData();
        DefinitionLoader loader = DefinitionLoader.defaults();
        data.recording(
                        "template.yaml",
                        StateMachine.from(loader.loadString(
                                "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}")))
                .start("{}");
        data.recording(
                        "template.yaml",
                        StateMachine.from(loader.loadString(
                                "{\"StartAt\": \"B\", \"States\": {\"B\": {\"Type\": \"Succeed\"}}}")))
                .start("{}");

        assertThat(data.machines())
                .extracting(MachineCoverage::name)
                .allMatch(name -> name.matches("template\\.yaml @[0-9a-f]{8}"))
                .doesNotHaveDuplicates()
                .hasSize(2);
    }

    @Test
    void one_source_loaded_twice_with_the_same_content_is_one_machine_with_both_counts() {
        CoverageData data = new CoverageData();
        DefinitionLoader loader = DefinitionLoader.defaults();
        String definition = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}";
        // two test classes loading one file: two definition objects, one machine in the data
        data.recording("flow.json", StateMachine.from(loader.loadString(definition)))
                .start("{}");
        data.recording("flow.json", StateMachine.from(loader.loadString(definition)))
                .start("{}");

        assertThat(data.machines()).hasSize(1);
        assertThat(data.machine("flow.json").counts().entered(0)).isEqualTo(2L);
    }

    @Test
    void a_distributed_maps_child_states_are_left_out_and_said_to_be_not_measured() {
        MachineGraph graph = MachineGraph.of(DefinitionLoader.defaults().loadString("""
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true,
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Work", "States": {"Work": {"Type": "Pass", "End": true}}}}}}
                """));

        assertThat(graph.nodes()).extracting(MachineGraph.Node::name).containsExactly("Each");
        assertThat(GraphSvg.nodeLines(graph, new MachineCounts(graph), 0, GraphSvg.Wording.COVERAGE))
                .containsExactly("Each", "Map · NOT ENTERED", "» child executions: not measured");
    }

    @Test
    void the_data_file_is_the_same_bytes_for_the_same_executions_and_reads_back_to_the_same_counts(@TempDir Path dir)
            throws Exception {
        String first = twoOfThreeRules().toJson();
        String second = twoOfThreeRules().toJson();
        assertThat(first).isEqualTo(second).doesNotContain("\r");

        Path file = twoOfThreeRules().writeDataFile(dir);
        CoverageData read = CoverageData.read(dir);

        assertThat(read.toJson()).isEqualTo(first);
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(file.getFileName().toString()).matches("coverage-[0-9a-f]{16}\\.json");
    }

    @Test
    void data_files_of_several_forks_merge_by_adding_their_counts(@TempDir Path dir) {
        twoOfThreeRules().writeDataFile(dir);
        CoverageData other = new CoverageData();
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge").thenFail("Declined", "no funds");
        other.recording(SOURCE, route().withTaskHandler(mocks)).start("{\"kind\": \"card\"}");
        other.writeDataFile(dir);

        MachineCoverage merged = CoverageData.read(dir).machine(SOURCE);

        assertThat(merged.executions()).isEqualTo(3);
        assertThat(merged.counts().entered(node(merged.graph(), "Route"))).isEqualTo(3);
        assertThat(merged.catchers()).isEqualTo(new MachineCoverage.Counter(1, 2));
        assertThat(merged.transitions()).isEqualTo(new MachineCoverage.Counter(14, 18));
    }

    @Test
    void a_file_that_is_not_coverage_data_is_refused_with_its_name_and_place(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("coverage-x.json"), "{\"format\": \"something-else\"}");
        assertThatThrownBy(() -> CoverageData.read(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(
                        "coverage-x.json: /format must be \"sfn-unit-coverage\": this is not sfn-unit coverage data");

        String broken = twoOfThreeRules().toJson().replaceFirst("\"taken\" : 2", "\"taken\" : -1");
        assertThatThrownBy(() -> CoverageData.fromJson(broken, "f.json"))
                .hasMessageMatching("f\\.json: /machines/0/transitions/\\d+/taken must be a whole number >= 0");
    }

    @Test
    void an_unknown_source_is_named_with_the_recorded_ones() {
        assertThatThrownBy(() -> twoOfThreeRules().machine("nope"))
                .hasMessage("No coverage recorded for \"nope\"; recorded: [" + SOURCE + "]");
    }

    static int node(MachineGraph graph, String name) {
        List<MachineGraph.Node> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no state " + name);
    }
}
