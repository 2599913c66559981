package io.github.sfnunit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.mock.TaskMocks;
import io.github.sfnunit.mock.UnmockedTaskException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Mocking the order pipeline's Lambda functions, as a user of sfn-unit writes it. */
class OrderPipelineMockingTest {

    private final StateMachine pipeline =
            StateMachine.from(new DefinitionParser().parse(read("statemachines/order-pipeline.asl.json")));

    @Test
    void lambda_stubs_give_the_function_payload_and_sfn_unit_wraps_it_like_aws() {
        // GIVEN
        TaskMocks mocks = new TaskMocks();
        mocks.forLambda("validate-order").thenReturn("{\"valid\":true}");
        mocks.forLambda("process-payment").thenReturn("{\"paymentId\":\"pay-7\"}");
        mocks.forLambda("fulfil-order").thenReturn("{\"trackingNumber\":\"TRK-1\"}");

        // WHEN
        Execution run = pipeline.withTaskHandler(mocks).start("{\"orderId\":\"o-1\",\"total\":42}");

        // THEN
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().at("/payment/paymentId").asText()).isEqualTo("pay-7");
        assertThat(run.output().at("/shipment/trackingNumber").asText()).isEqualTo("TRK-1");
        assertThat(mocks.invocations("ProcessPayment").get(0).input().toString())
                .isEqualTo("{\"FunctionName\":\"process-payment\",\"Payload\":{\"orderId\":\"o-1\",\"amount\":42}}");
        assertThat(mocks.unusedStubs()).isEmpty();
    }

    @Test
    void a_function_error_fails_the_execution_with_its_error_type() {
        // GIVEN
        TaskMocks mocks = new TaskMocks();
        mocks.forLambda("validate-order").thenReturn("{\"valid\":true}");
        mocks.forLambda("process-payment").thenFailFunction("CardDeclined", "insufficient funds");

        // WHEN
        Execution run = pipeline.withTaskHandler(mocks).start("{\"orderId\":\"o-1\",\"total\":42}");

        // THEN
        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("CardDeclined");
        assertThat(run.cause()).contains("\"errorMessage\":\"insufficient funds\"");
        mocks.verifyNeverCalled("FulfilOrder");
    }

    @Test
    void a_step_functions_local_mock_file_works_as_is() throws URISyntaxException {
        // GIVEN the team's existing MockConfigFile.json
        Path file = Path.of(getClass()
                .getClassLoader()
                .getResource("mocks/MockConfigFile.json")
                .toURI());
        TaskMocks mocks = TaskMocks.load(file, "OrderPipeline", "PaymentThrottledThenPaid");

        // WHEN
        Execution run = pipeline.withTaskHandler(mocks).start("{\"orderId\":\"o-1\",\"total\":42}");

        // THEN the throttling error is not retried by this definition, so the execution fails with it
        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("Lambda.TooManyRequestsException");
    }

    @Test
    void an_unmocked_task_fails_the_test_and_names_the_closest_stub() {
        // GIVEN a typo in the function name
        TaskMocks mocks = new TaskMocks();
        mocks.forState("ValidateOrdr").thenReturn("{\"valid\":true}");

        // WHEN / THEN
        assertThatThrownBy(() -> pipeline.withTaskHandler(mocks).start("{\"orderId\":\"o-1\",\"total\":42}"))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessageContaining("No mock answers Task state 'ValidateOrder'")
                .hasMessageContaining("Did you mean 'ValidateOrdr'?");
    }

    private static String read(String resource) {
        try (InputStream in = OrderPipelineMockingTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
