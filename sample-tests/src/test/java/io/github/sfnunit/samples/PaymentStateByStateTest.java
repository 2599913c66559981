package io.github.sfnunit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.StateMachine;
import io.github.sfnunit.StateTest;
import io.github.sfnunit.StateTestResult;
import io.github.sfnunit.StateTestResult.Status;
import io.github.sfnunit.junit.StateMachineTest;
import org.junit.jupiter.api.Test;

/**
 * One state at a time, as AWS's TestState API runs it: a mocked result or error, and the retry count the error
 * arrives at, decide where the execution would go next. No execution runs and nothing waits.
 */
@StateMachineTest(definition = "statemachines/payment-retries.asl.json")
class PaymentStateByStateTest {

    private static final String ORDER = "{\"orderId\":\"o-1\",\"amount\":42}";

    @Test
    void a_charge_keeps_only_the_charge_id(StateMachine payment) {
        // WHEN the Lambda answers with its invoke envelope
        StateTestResult result = payment.testState(
                "ChargeCard",
                StateTest.builder()
                        .input(ORDER)
                        .mockResult("{\"Payload\":{\"chargeId\":\"ch-1\",\"fee\":0.3},\"StatusCode\":200}")
                        .build());

        // THEN ResultSelector and ResultPath keep the id beside the order, and the execution goes on to Charged
        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.nextState()).isEqualTo("Charged");
        assertThat(result.output().toString())
                .isEqualTo("{\"orderId\":\"o-1\",\"amount\":42,\"charge\":{\"chargeId\":\"ch-1\"}}");
        assertThat(result.inspection("afterParameters").orElseThrow().toString())
                .isEqualTo("{\"FunctionName\":\"charge-card\",\"Payload\":{\"orderId\":\"o-1\",\"amount\":42}}");
    }

    @Test
    void throttling_is_retried_with_back_off_until_the_third_retry(StateMachine payment) {
        StateTest.Builder throttled =
                StateTest.builder().input(ORDER).mockError("Lambda.TooManyRequestsException", "Rate exceeded");

        // WHEN the error arrives after two retries, then after three
        StateTestResult thirdTry =
                payment.testState("ChargeCard", throttled.retrierRetryCount(2).build());
        StateTestResult noTriesLeft =
                payment.testState("ChargeCard", throttled.retrierRetryCount(3).build());

        // THEN the first retrier waits 2 * 2^2 = 8 s, then States.ALL catches the error
        assertThat(thirdTry.status()).isEqualTo(Status.RETRIABLE);
        assertThat(thirdTry.nextState()).isEqualTo("ChargeCard");
        assertThat(thirdTry.errorDetails()).isEqualTo(new StateTestResult.ErrorDetails(0, 8.0, null));
        assertThat(noTriesLeft.status()).isEqualTo(Status.CAUGHT_ERROR);
        assertThat(noTriesLeft.nextState()).isEqualTo("PaymentFailed");
        assertThat(noTriesLeft.errorDetails().catchIndex()).isEqualTo(1);
    }

    @Test
    void a_declined_payment_goes_to_its_own_handler_with_the_error_beside_the_order(StateMachine payment) {
        StateTestResult result = payment.testState(
                "ChargeCard",
                StateTest.builder()
                        .input(ORDER)
                        .mockError("PaymentDeclined", "insufficient funds")
                        .build());

        assertThat(result.status()).isEqualTo(Status.CAUGHT_ERROR);
        assertThat(result.nextState()).isEqualTo("NotifyDeclined");
        assertThat(result.output().at("/error/Cause").asText()).isEqualTo("insufficient funds");
        assertThat(result.output().at("/orderId").asText()).isEqualTo("o-1");
    }
}
