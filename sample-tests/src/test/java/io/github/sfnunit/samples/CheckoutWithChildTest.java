package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.NestedExecutions;
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

    @Test
    void the_child_runs_as_a_nested_execution_with_its_own_history(
            StateMachine checkout,
            @Definition("statemachines/shipping-choice.asl.json") StateMachine shipping,
            TaskMocks mocks) {
        // GIVEN the startExecution.sync:2 task runs the child machine as AWS would
        NestedExecutions children = NestedExecutions.of(shipping);
        mocks.forState("ChooseShipping").thenAnswer(children);

        // WHEN
        Execution run = checkout.start("{\"orderId\":\"o-1\",\"priority\":\"HIGH\",\"total\":1500}");

        // THEN the parent got the child's DescribeExecution result, and the child is a real execution
        assertThat(run).succeeded().hasOutputAt("$.shipping", Map.of("method", "EXPRESS", "insured", true));
        Execution child = children.executions().get(0);
        assertThat(child).succeeded();
        org.assertj.core.api.Assertions.assertThat(child.executionArn())
                .startsWith("arn:aws:states:us-east-1:123456789012:execution:shipping-choice:");
    }
}
