package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@StateMachineTest(definition = "statemachines/shipping-choice.asl.json")
class ShippingChoiceTest {

    @ParameterizedTest(name = "{0} order of {1} ships via {2}")
    @CsvSource({
        "HIGH,   1000, ExpressInsured, EXPRESS",
        "HIGH,    999, Express,        EXPRESS",
        "NORMAL, 5000, Standard,       STANDARD",
        "NORMAL,  101, Standard,       STANDARD",
        "NORMAL,  100, Economy,        ECONOMY",
        "LOW,       0, Economy,        ECONOMY"
    })
    void routes_by_priority_and_value(
            String priority, int total, String expectedState, String expectedMethod, StateMachine shipping) {
        // WHEN
        Execution run = shipping.start(Map.of("priority", priority, "total", total));

        // THEN
        assertThat(run)
                .succeeded()
                .visitedExactly("RouteOrder", expectedState)
                .hasOutputAt("$.shipping.method", expectedMethod)
                .state("RouteOrder")
                .visit(1)
                .wentTo(expectedState);
    }

    @Test
    void an_order_without_a_priority_fails_at_the_choice_as_on_aws(StateMachine shipping) {
        // WHEN the first rule reads $.priority, which is missing
        Execution run = shipping.start("{\"total\": 50}");

        // THEN AWS fails the execution rather than taking the default: guard with IsPresent if that can happen
        assertThat(run).failedWith("States.Runtime").visitedExactly("RouteOrder");
    }
}
