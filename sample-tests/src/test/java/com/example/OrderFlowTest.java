package com.example;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@StateMachineTest(definition = "order-flow.asl.json")
class OrderFlowTest {

    @Test
    void chargeIsRetriedThenSucceeds(StateMachine orderFlow, TaskMocks mocks) {
        // GIVEN Lambda throttles once, then charges the card
        mocks.forLambda("charge-card")
                .thenFail("Lambda.TooManyRequestsException", "Rate exceeded")
                .thenReturn("{\"chargeId\":\"ch-1\"}");
        mocks.forState("Notify").thenReturn("{\"MessageId\":\"m-1\"}");

        // WHEN
        Execution run = orderFlow.start("{\"orderId\":\"o-1\"}");

        // THEN
        assertThat(run)
                .succeeded()
                .visitedInOrder("ChargeCard", "Notify")
                .state("ChargeCard")
                .wasAttempted(2)
                .wasRetriedOn("Lambda.TooManyRequestsException")
                .returnToExecution()
                .hasOutputAt("$.charge.chargeId", "ch-1")
                .tookVirtually(Duration.ofSeconds(2));
    }
}
