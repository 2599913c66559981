package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.MockConfigFile;
import io.github.sfnunit.mock.TaskMocks;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The MockConfigFile.json a team already keeps for AWS Step Functions Local, reused as it is. */
@StateMachineTest(definition = "statemachines/order-pipeline.asl.json")
class MockConfigFileTest {

    private static final MockConfigFile MOCKS =
            MockConfigFile.load(Path.of("src/test/resources/mocks/MockConfigFile.json"));
    private static final String ORDER = "{\"orderId\":\"o-1\",\"total\":42.5}";

    @Test
    void happy_path_test_case(StateMachine orderPipeline, TaskMocks mocks) {
        // GIVEN
        mocks.loadMockConfig(MOCKS, "OrderPipeline", "HappyPath");

        // WHEN
        Execution run = orderPipeline.start(ORDER);

        // THEN
        assertThat(run)
                .succeeded()
                .hasOutputAt("$.payment.paymentId", "pay-7")
                .hasOutputAt("$.shipment.trackingNumber", "TRK-1");
    }

    @Test
    void invalid_order_test_case(StateMachine orderPipeline, TaskMocks mocks) {
        // GIVEN
        mocks.loadMockConfig(MOCKS, "OrderPipeline", "InvalidOrder");

        // WHEN
        Execution run = orderPipeline.start(ORDER);

        // THEN
        assertThat(run).failedWith("OrderRejected").state("ValidateOrder").wasCaught("ValidationError");
    }
}
