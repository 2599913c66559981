package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Two retriers and two catchers on one Task, each path with its virtual timing. */
@StateMachineTest(definition = "statemachines/payment-retries.asl.json")
class PaymentRetriesTest {

    private static final String ORDER = "{\"orderId\":\"o-1\",\"amount\":42}";

    @Test
    void throttling_is_retried_with_exponential_back_off(StateMachine payment, TaskMocks mocks) {
        // GIVEN Lambda throttles twice, then the charge goes through
        mocks.forLambda("charge-card")
                .thenFail("Lambda.TooManyRequestsException", "Rate exceeded")
                .thenFail("Lambda.ServiceException", "Internal error")
                .thenReturn("{\"chargeId\":\"ch-1\"}");

        // WHEN
        Execution run = payment.start(ORDER);

        // THEN retried after 2s, then 4s (IntervalSeconds 2, BackoffRate 2)
        assertThat(run)
                .succeeded()
                .hasOutputAt("$.charge.chargeId", "ch-1")
                .tookVirtually(Duration.ofSeconds(6))
                .state("ChargeCard")
                .wasAttempted(3)
                .wasRetriedOn("Lambda.TooManyRequestsException")
                .wasRetriedOn("Lambda.ServiceException")
                .hasRetryDelays(Duration.ofSeconds(2), Duration.ofSeconds(4))
                .hasInputAt("$.amount", 42)
                .hasParametersAt("$.Payload.amount", 42)
                .hasOutputAt("$.charge.chargeId", "ch-1");
        assertThat(run).invokedWithAt("ChargeCard", "$.FunctionName", "charge-card");
    }

    @Test
    void exhausted_retries_fall_through_to_the_catch_all(StateMachine payment, TaskMocks mocks) {
        // GIVEN Lambda keeps throttling (the last answer repeats)
        mocks.forLambda("charge-card").thenFail("Lambda.TooManyRequestsException", "Rate exceeded");

        // WHEN
        Execution run = payment.start(ORDER);

        // THEN three retries (2s, 4s, 8s), then States.ALL catches it
        assertThat(run)
                .failedWith("PaymentFailed")
                .tookVirtually(Duration.ofSeconds(14))
                .invoked("ChargeCard", 4)
                .state("ChargeCard")
                .hasRetryDelays(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8))
                .wasCaught("Lambda.TooManyRequestsException")
                .andWentTo("PaymentFailed");
    }

    @Test
    void a_timeout_is_retried_once_after_five_seconds(StateMachine payment, TaskMocks mocks) {
        // GIVEN the first charge hangs for a minute, the second answers in 1s
        mocks.forLambda("charge-card")
                .thenReturn("{\"chargeId\":\"late\"}")
                .after(Duration.ofMinutes(1))
                .thenReturn("{\"chargeId\":\"ch-2\"}")
                .after(Duration.ofSeconds(1));

        // WHEN
        Execution run = payment.start(ORDER);

        // THEN TimeoutSeconds 10 fires, the second retrier waits 5s, the retry takes 1s
        assertThat(run)
                .succeeded()
                .hasOutputAt("$.charge.chargeId", "ch-2")
                .tookVirtually(Duration.ofSeconds(16))
                .state("ChargeCard")
                .wasRetriedOn("States.Timeout")
                .hasRetryDelays(Duration.ofSeconds(5));
    }

    @Test
    void a_second_timeout_is_caught_by_the_catch_all(StateMachine payment, TaskMocks mocks) {
        // GIVEN every charge hangs
        mocks.forLambda("charge-card").thenReturn("{}").after(Duration.ofMinutes(1));

        // WHEN
        Execution run = payment.start(ORDER);

        // THEN 10s, 5s back-off, 10s again
        assertThat(run)
                .failedWith("PaymentFailed")
                .tookVirtually(Duration.ofSeconds(25))
                .state("ChargeCard")
                .wasAttempted(2)
                .wasCaught("States.Timeout")
                .andWentTo("PaymentFailed");
    }

    @Test
    void a_declined_payment_is_not_retried_and_goes_to_its_handler(StateMachine payment, TaskMocks mocks) {
        // GIVEN
        mocks.forLambda("charge-card").thenFailFunction("PaymentDeclined", "insufficient funds");
        mocks.forState("NotifyDeclined").thenReturn("{\"MessageId\":\"m-1\"}");

        // WHEN
        Execution run = payment.start(ORDER);

        // THEN
        assertThat(run)
                .succeeded()
                .visitedExactly("ChargeCard", "NotifyDeclined")
                .hasOutputAt("$.error.Error", "PaymentDeclined")
                .tookVirtually(Duration.ZERO)
                .state("ChargeCard")
                .wasNotRetried()
                .wasCaught("PaymentDeclined")
                .andWentTo("NotifyDeclined");
    }
}
