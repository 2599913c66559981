package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.api.StepFunctionsEndpoint;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Application code that talks to Step Functions through the AWS SDK, tested unchanged: the order service starts an
 * execution with its SfnClient, a shipping worker completes the {@code .waitForTaskToken} step with
 * SendTaskSuccess. sfn-unit serves the API on the test's virtual clock and mocks.
 */
@StateMachineTest
class OrderServiceThroughTheApiTest {

    /** The application's service, as it is in production: it only knows an SfnClient and a machine ARN. */
    static final class OrderService {
        private final SfnClient sfn;
        private final String stateMachineArn;

        OrderService(SfnClient sfn, String stateMachineArn) {
            this.sfn = sfn;
            this.stateMachineArn = stateMachineArn;
        }

        String placeOrder(String orderId) {
            return sfn.startExecution(b ->
                            b.stateMachineArn(stateMachineArn).name(orderId).input("{\"orderId\":\"" + orderId + "\"}"))
                    .executionArn();
        }

        ExecutionStatus status(String executionArn) {
            return sfn.describeExecution(b -> b.executionArn(executionArn)).status();
        }
    }

    /** The warehouse's worker: it gets the task token from the shipping queue's message and reports back. */
    static final class ShippingWorker {
        private final SfnClient sfn;

        ShippingWorker(SfnClient sfn) {
            this.sfn = sfn;
        }

        void shipped(String taskToken, String trackingNumber) {
            sfn.sendTaskSuccess(b -> b.taskToken(taskToken).output("{\"trackingNumber\":\"" + trackingNumber + "\"}"));
        }
    }

    private SfnClient sfn;
    private String stateMachineArn;

    @BeforeEach
    void deploy(StepFunctionsEndpoint endpoint) throws IOException {
        sfn = clientFor(endpoint.uri());
        String definition = resource("statemachines/order-fulfilment.asl.json");
        stateMachineArn = sfn.createStateMachine(b -> b.name("OrderFulfilment")
                        .definition(definition)
                        .roleArn("arn:aws:iam::123456789012:role/order-fulfilment"))
                .stateMachineArn();
    }

    @AfterEach
    void closeClient() {
        sfn.close();
    }

    @Test
    void an_order_is_charged_then_waits_for_the_warehouse_then_completes(
            StepFunctionsEndpoint endpoint, TaskMocks mocks) {
        mocks.forLambda("charge-card").thenReturn("{\"chargeId\":\"ch-1\"}");
        mocks.forState("WaitForShipment").thenWaitForCallback(); // the SQS message is "sent"; the worker answers
        OrderService orders = new OrderService(sfn, stateMachineArn);
        ShippingWorker worker = new ShippingWorker(sfn);

        String executionArn = orders.placeOrder("o-42");
        assertThat(orders.status(executionArn)).isEqualTo(ExecutionStatus.RUNNING);

        // What the worker would read from the shipping queue: the message the state machine sent.
        String taskToken = mocks.invocations("WaitForShipment")
                .get(0)
                .parameters()
                .at("/MessageBody/taskToken")
                .asText();
        worker.shipped(taskToken, "1Z999");

        assertThat(orders.status(executionArn)).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(endpoint.execution(executionArn))
                .succeeded()
                .visitedInOrder("ChargeCard", "WaitForShipment", "Done")
                .hasOutputAt("$.charge.chargeId", "ch-1")
                .hasOutputAt("$.shipment.trackingNumber", "1Z999");
    }

    @Test
    void an_order_placed_twice_with_the_same_id_is_the_same_execution(TaskMocks mocks) {
        mocks.forLambda("charge-card").thenReturn("{\"chargeId\":\"ch-1\"}");
        mocks.forState("WaitForShipment").thenWaitForCallback();
        OrderService orders = new OrderService(sfn, stateMachineArn);

        // a retried request of the caller: StartExecution is idempotent for the same name and input
        assertThat(orders.placeOrder("o-7")).isEqualTo(orders.placeOrder("o-7"));
        mocks.verify("ChargeCard", 1);
    }

    private static SfnClient clientFor(URI endpoint) {
        return SfnClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in =
                OrderServiceThroughTheApiTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
