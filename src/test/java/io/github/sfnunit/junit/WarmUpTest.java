package io.github.sfnunit.junit;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.Execution;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    /** The warm-up swallows its own failures (the test thread reports them), so this is where they show. */
    @Test
    void the_built_in_machine_runs_every_part_a_first_test_loads() {
        Execution execution = WarmUp.exercise();

        assertThat(execution)
                .succeeded()
                .visitedExactly("Prepare", "Route", "Charge")
                .hasOutputAt("$.label", "order 1")
                .hasOutputAt("$.charge.chargeId", "c-1");
    }
}
