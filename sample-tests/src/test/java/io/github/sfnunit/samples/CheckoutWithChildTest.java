package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.Definition;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A parent that starts a child state machine (startExecution.sync:2): the child really runs, from its own file. */
@StateMachineTest(definition = "statemachines/checkout-parent.asl.json")
class CheckoutWithChildTest {

    @Test
    void the_child_execution_decides_the_shipping(
            StateMachine checkout,
            @Definition("statemachines/shipping-choice.asl.json") StateMachine shipping,
            TaskMocks mocks) {
        // GIVEN the startExecution.sync task runs the child and returns what AWS returns for it
        mocks.forState("ChooseShipping").thenAnswer(call -> {
            Execution child = shipping.start(call.input().get("Input"));
            assertThat(child).succeeded();
            return Map.of("Status", child.status().name(), "Output", child.output());
        });

        // WHEN
        Execution run = checkout.start("{\"orderId\":\"o-1\",\"priority\":\"HIGH\",\"total\":1500}");

        // THEN
        assertThat(run)
                .succeeded()
                .hasOutputAt("$.shipping", Map.of("method", "EXPRESS", "insured", true))
                .taskInputs("ChooseShipping")
                .singleElement()
                .satisfies(input -> org.assertj.core.api.Assertions.assertThat(
                                input.at("/Input/AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID")
                                        .asText())
                        .isEqualTo(run.executionArn()));
    }
}
