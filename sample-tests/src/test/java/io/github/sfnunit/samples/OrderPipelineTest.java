package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.assertions.SfnSoftAssertions;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@StateMachineTest(definition = "statemachines/order-pipeline.asl.json")
@ExtendWith(SoftAssertionsExtension.class)
class OrderPipelineTest {

    @InjectSoftAssertions
    private SfnSoftAssertions softly;

    private static final String ORDER = "{\"orderId\":\"o-1\",\"total\":42.5}";

    @Test
    void a_valid_order_is_paid_and_fulfilled(StateMachine orderPipeline, TaskMocks mocks) {
        // GIVEN
        mocks.forLambda("validate-order").thenReturn("{\"valid\":true}");
        mocks.forLambda("process-payment").thenReturn("{\"paymentId\":\"pay-7\"}");
        mocks.forLambda("fulfil-order").thenReturn("{\"trackingNumber\":\"TRK-1\"}");

        // WHEN
        Execution run = orderPipeline.start(ORDER);

        // THEN
        assertThat(run)
                .succeeded()
                .visitedExactly("ValidateOrder", "ProcessPayment", "FulfilOrder")
                .hasOutput("""
                        {
                          "orderId": "o-1",
                          "total": 42.5,
                          "validation": { "valid": true },
                          "payment": { "paymentId": "pay-7" },
                          "shipment": { "trackingNumber": "TRK-1" }
                        }""")
                .invokedWith(
                        "ProcessPayment",
                        "{\"FunctionName\":\"process-payment\",\"Payload\":{\"orderId\":\"o-1\",\"amount\":42.5}}")
                .invokedWith(
                        "FulfilOrder",
                        "{\"FunctionName\":\"fulfil-order\",\"Payload\":{\"orderId\":\"o-1\",\"paymentId\":\"pay-7\"}}");
    }

    @Test
    void an_invalid_order_is_rejected_before_payment(StateMachine orderPipeline, TaskMocks mocks) {
        // GIVEN the validation function raises a ValidationError
        mocks.forLambda("validate-order").thenFailFunction("ValidationError", "the order has no address");

        // WHEN
        Execution run = orderPipeline.start(ORDER);

        // THEN
        assertThat(run)
                .failedWith("OrderRejected", "The order did not pass validation.")
                .neverVisited("ProcessPayment", "FulfilOrder")
                .endedAt("RejectOrder")
                .state("ValidateOrder")
                .wasCaught("ValidationError")
                .andWentTo("RejectOrder");
    }

    @Test
    void soft_assertions_report_every_difference_at_once(StateMachine orderPipeline, TaskMocks mocks) {
        // GIVEN
        mocks.forLambda("validate-order").thenReturn("{\"valid\":true}");
        mocks.forLambda("process-payment").thenReturn("{\"paymentId\":\"pay-7\"}");
        mocks.forLambda("fulfil-order").thenReturn("{\"trackingNumber\":\"TRK-1\"}");

        // WHEN
        Execution run = orderPipeline.start(ORDER);

        // THEN all of these are checked even if one fails
        softly.assertThat(run).succeeded().endedAt("FulfilOrder");
        softly.assertThat(run).state("ProcessPayment").wasAttempted(1).hasOutput("""
                {"orderId": "o-1", "total": 42.5, "validation": {"valid": true}, "payment": {"paymentId": "pay-7"}}""");
        softly.assertThat(run.output().path("shipment").path("trackingNumber").asText())
                .startsWith("TRK-");
    }
}
