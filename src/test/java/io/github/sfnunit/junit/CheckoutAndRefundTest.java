package io.github.sfnunit.junit;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.mock.TaskMocks;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An example of docs/mocking.md, run as it is printed there ({@link MockingPageTest} keeps them equal). */
@StateMachineTest(definition = "checkout.asl.json")
class CheckoutAndRefundTest {

    @Test
    void oneStubAnswersBothMachines(
            StateMachine checkout, @Definition("refund.asl.json") StateMachine refund, TaskMocks mocks) {
        // GIVEN one stub for the function both machines call
        mocks.forLambda("payments")
                .thenAnswer(call -> Map.of("done", call.input().get("action")));

        // WHEN
        Execution charged = checkout.start("{\"amount\": 42}");
        Execution refunded = refund.start("{\"amount\": 42}");

        // THEN the one stub answered both, and the test's mocks saw both calls
        assertThat(charged).succeeded().hasOutputAt("$.done", "charge");
        assertThat(refunded).succeeded().hasOutputAt("$.done", "refund");
        assertThat(mocks.invocations())
                .extracting(call -> call.stateName())
                .containsExactly("ChargeCard", "RefundCard");
    }
}
