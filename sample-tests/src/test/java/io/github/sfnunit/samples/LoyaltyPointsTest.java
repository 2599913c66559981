package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A JSONata workflow: Assign, variables across states, a JSONata Choice Condition, Arguments and Output. */
@StateMachineTest(definition = "statemachines/loyalty-points.asl.json")
class LoyaltyPointsTest {

    @Test
    void a_large_order_earns_double_points(StateMachine loyalty, TaskMocks mocks) {
        // GIVEN the points service adds the points to a balance of 500
        mocks.forLambda("award-points")
                .thenAnswer(call -> Map.of(
                        "balance", 500 + call.input().at("/Payload/points").asInt()));

        // WHEN two items for 60 and 2 x 25
        Execution run = loyalty.start("""
                {"customerId": "c-7",
                 "items": [{"price": 60, "quantity": 1}, {"price": 25, "quantity": 2}]}""");

        // THEN
        assertThat(run)
                .succeeded()
                .hasOutput("{\"customerId\":\"c-7\",\"total\":110,\"tier\":\"GOLD\",\"balance\":720}")
                .invokedWith(
                        "AwardPoints",
                        "{\"FunctionName\":\"award-points\",\"Payload\":{\"customerId\":\"c-7\",\"points\":220}}")
                .state("PriceOrder")
                .hasVariable("total", 110)
                .hasVariable("customerId", "c-7")
                .returnToExecution()
                .state("ChooseTier")
                .hasVariable("tier", "GOLD")
                .hasVariable("rate", 2);
    }

    @Test
    void a_small_order_takes_the_default_tier(StateMachine loyalty, TaskMocks mocks) {
        // GIVEN
        mocks.forLambda("award-points").thenReturn("{\"balance\":42}");

        // WHEN
        Execution run = loyalty.start("{\"customerId\":\"c-8\",\"items\":[{\"price\":30,\"quantity\":1}]}");

        // THEN
        assertThat(run)
                .succeeded()
                .hasOutputAt("$.tier", "STANDARD")
                .invokedWith(
                        "AwardPoints",
                        "{\"FunctionName\":\"award-points\",\"Payload\":{\"customerId\":\"c-8\",\"points\":30}}")
                .state("AwardPoints")
                .hasVariable("balance", 42);
    }
}
