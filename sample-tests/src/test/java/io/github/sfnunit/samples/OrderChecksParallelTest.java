package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A Parallel state fanning out to three tasks; the slowest branch sets the pace. */
@StateMachineTest(definition = "statemachines/order-checks-parallel.asl.json")
class OrderChecksParallelTest {

    @Test
    void the_three_checks_run_at_once_and_are_combined(StateMachine checks, TaskMocks mocks) {
        // GIVEN three services of different speed
        mocks.forLambda("check-inventory").thenReturn("{\"inStock\":true}").after(Duration.ofSeconds(2));
        mocks.forLambda("score-fraud").thenReturn("{\"score\":0.1}").after(Duration.ofSeconds(5));
        mocks.forLambda("quote-shipping").thenReturn("{\"price\":4.99}").after(Duration.ofSeconds(3));

        // WHEN
        Execution run = checks.start("{\"orderId\":\"o-1\"}");

        // THEN the branches overlapped: 5s, not 10s
        assertThat(run)
                .succeeded()
                .visited("CheckInventory", "ScoreFraud", "QuoteShipping")
                .hasOutput("""
                        {"orderId": "o-1",
                         "checks": {"inventory": {"inStock": true},
                                    "fraud": {"score": 0.1},
                                    "shipping": {"price": 4.99}}}""")
                .tookVirtually(Duration.ofSeconds(5));
    }

    @Test
    void a_failing_branch_sends_the_order_to_manual_review(StateMachine checks, TaskMocks mocks) {
        // GIVEN the fraud service is down
        mocks.forLambda("check-inventory").thenReturn("{\"inStock\":true}");
        mocks.forLambda("score-fraud").thenFailFunction("FraudServiceUnavailable", "503 from upstream");
        mocks.forLambda("quote-shipping").thenReturn("{\"price\":4.99}");

        // WHEN
        Execution run = checks.start("{\"orderId\":\"o-1\"}");

        // THEN
        assertThat(run)
                .succeeded()
                .endedAt("ManualReview")
                .hasOutputAt("$.error.Error", "FraudServiceUnavailable")
                .state("CheckOrder")
                .wasCaught("FraudServiceUnavailable")
                .andWentTo("ManualReview");
    }
}
