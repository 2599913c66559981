package io.github.sfnunit.internal.engine;

import static io.github.sfnunit.internal.engine.Machines.machine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateVisit;
import org.junit.jupiter.api.Test;

class MapVisitRetentionTest {

    private static final String DEFINITION = """
            {"StartAt": "Before", "States": {
              "Before": {"Type": "Pass", "Next": "M"},
              "M": {"Type": "Map", "Next": "After",
                "ItemProcessor": {"StartAt": "P", "States": {
                  "P": {"Type": "Pass", "Next": "Q"}, "Q": {"Type": "Pass", "End": true}}}},
              "After": {"Type": "Pass", "End": true}}}
            """;

    private static String items(int count) {
        StringBuilder items = new StringBuilder("[0");
        for (int i = 1; i < count; i++) {
            items.append(',').append(i);
        }
        return items.append(']').toString();
    }

    private static Execution run(boolean recordMapIterationVisits, int items) {
        return machine(DEFINITION)
                .withOptions(ExecutionOptions.builder()
                        .historyEnabled(false)
                        .recordMapIterationVisits(recordMapIterationVisits)
                        .maxHistoryEvents(0)
                        .build())
                .start(items(items));
    }

    @Test
    void should_not_retain_visits_inside_map_iterations_when_asked_not_to_record_them() {
        // GIVEN history recording and Map iteration visits off
        // WHEN a Map runs over 10 and over 1,000 items
        Execution small = run(false, 10);
        Execution large = run(false, 1_000);
        // THEN only the visits outside the iterations are kept, however many items there are
        assertThat(large.output().size()).isEqualTo(1_000);
        assertThat(small.statesEntered()).containsExactly("Before", "M", "After");
        assertThat(large.statesEntered()).containsExactly("Before", "M", "After");
    }

    @Test
    void should_number_visits_by_all_states_entered_when_iteration_visits_are_not_retained() {
        // GIVEN Map iteration visits off, WHEN a Map runs over 3 items (6 states entered inside it)
        Execution run = run(false, 3);
        // THEN the state after the Map is the 9th state entered
        assertThat(run.visits()).extracting(StateVisit::sequence).containsExactly(0, 1, 8);
    }

    @Test
    void should_retain_every_visit_inside_map_iterations_by_default_even_with_history_off() {
        // GIVEN history off but Map iteration visits recorded (the default), WHEN a Map runs over 3 items
        Execution run = run(true, 3);
        // THEN every visit is kept
        assertThat(run.statesEntered()).hasSize(9).startsWith("Before", "M").endsWith("After");
    }
}
