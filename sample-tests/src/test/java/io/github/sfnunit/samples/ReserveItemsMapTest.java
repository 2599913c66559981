package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Map over an order's items with MaxConcurrency 2 and ResultPath. */
@StateMachineTest(definition = "statemachines/reserve-items-map.asl.json")
class ReserveItemsMapTest {

    @Test
    void items_are_reserved_two_at_a_time_and_results_keep_the_item_order(StateMachine reserve, TaskMocks mocks) {
        // GIVEN each reservation takes 10s
        mocks.forLambda("reserve-item")
                .thenAnswer(
                        call -> Map.of("sku", call.input().at("/Payload/sku").asText(), "reserved", true))
                .after(Duration.ofSeconds(10));

        // WHEN five items
        Execution run = reserve.start("""
                {"orderId": "o-1",
                 "items": [{"sku": "a"}, {"sku": "b"}, {"sku": "c"}, {"sku": "d"}, {"sku": "e"}]}""");

        // THEN three rounds of at most two: 30s; results in item order, next to the input
        assertThat(run)
                .succeeded()
                .visited("ReserveItem", 5)
                .invoked("ReserveItem", 5)
                .hasOutputAt("$.orderId", "o-1")
                .hasOutputAt("$.reservations[*].sku", java.util.List.of("a", "b", "c", "d", "e"))
                .tookVirtually(Duration.ofSeconds(30));
    }
}
