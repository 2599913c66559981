package io.github.sfnunit.junit;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.mock.TaskMocks;
import org.junit.jupiter.api.Test;

/** An example of docs/mocking.md, run as it is printed there ({@link MockingPageTest} keeps them equal). */
@StateMachineTest(definition = "checkout.asl.json")
class PaymentEventsTest {

    @Test
    void aBareFunctionArnRecordsLambdaFunctionEvents(StateMachine checkout, TaskMocks mocks) {
        mocks.forLambda("payments").thenFailFunction("PaymentDeclined", "card declined");

        Execution run = checkout.start("{\"amount\": 42}");

        assertThat(run).failedWith("PaymentDeclined");
        assertThat(run.history())
                .extracting(event -> event.type())
                .containsExactly(
                        "ExecutionStarted",
                        "TaskStateEntered",
                        "LambdaFunctionScheduled",
                        "LambdaFunctionStarted",
                        "LambdaFunctionFailed",
                        "ExecutionFailed")
                .doesNotContain("TaskFailed");
    }
}
