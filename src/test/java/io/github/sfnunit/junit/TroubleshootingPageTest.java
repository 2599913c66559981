package io.github.sfnunit.junit;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionLoader;
import io.github.sfnunit.mock.TaskMocks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The troubleshooting page shows real messages: each one is produced here, on the sample state machines with the
 * mistake the page describes, and compared with the page's text (but for the file and line that registered a
 * stub). Blocks are taken in the page's order.
 */
class TroubleshootingPageTest {

    private static final Path MACHINES = Path.of("sample-tests/src/test/resources/statemachines");
    private static final Pattern STUB_LOCATION = Pattern.compile("registered at \\S+\\.java:\\d+");
    private static final String ORDER = "{\"orderId\":\"o-1\",\"total\":42.5}";
    private static final String PAYMENT = "{\"orderId\":\"o-1\",\"amount\":42}";

    @Test
    void every_message_on_the_page_is_checked_here() throws IOException {
        assertThat(blocks())
                .as("plain code blocks on the page, each checked by a test below")
                .hasSize(12);
    }

    @Test
    void the_path_table_and_the_status_failure() throws IOException {
        TaskMocks mocks = new TaskMocks();
        mocks.forLambda("charge-card").thenFail("Lambda.TooManyRequestsException", "Rate exceeded");
        Execution run = machine("payment-retries.asl.json", mocks).start(PAYMENT);

        String message = failureOf(() -> assertThat(run).succeeded());

        assertThat(message).isEqualTo(block(1) + "\n\n" + block(0));
    }

    @Test
    void a_state_attempted_a_different_number_of_times() throws IOException {
        TaskMocks mocks = new TaskMocks();
        mocks.forLambda("charge-card")
                .thenFail("Lambda.TooManyRequestsException", "Rate exceeded")
                .thenReturn("{\"chargeId\":\"ch-1\"}");
        Execution run = machine("payment-retries.asl.json", mocks).start(PAYMENT);

        String message = failureOf(() -> assertThat(run).state("ChargeCard").wasAttempted(3));

        assertThat(message).startsWith(block(2));
    }

    @Test
    void the_output_differs() throws IOException {
        Execution run = machine("order-pipeline.asl.json", pipelineMocks()).start(ORDER);

        String message = failureOf(() -> assertThat(run)
                .hasOutput("{\"orderId\":\"o-1\",\"total\":42.5,\"payment\":{\"paymentId\":\"pay-7\"}}"));

        assertThat(message).startsWith(block(3));
    }

    @Test
    void a_misspelled_state_name() throws IOException {
        TaskMocks mocks = new TaskMocks();
        mocks.forLambda("charge-card").thenReturn("{\"chargeId\":\"ch-1\"}");
        Execution run = machine("payment-retries.asl.json", mocks).start(PAYMENT);

        String message = failureOf(() -> assertThat(run).visited("ChargeCrad"));

        assertThat(message).startsWith(block(4));
    }

    @Test
    void a_choice_on_a_missing_field() throws IOException {
        Execution run = machine("shipping-choice.asl.json", new TaskMocks()).start("{\"total\":42}");

        String message = failureOf(() -> assertThat(run).succeeded());

        assertThat(message).startsWith(block(5));
    }

    @Test
    void a_jsonata_variable_read_in_the_state_that_assigns_it() throws IOException {
        // The mistake: Output reads $balance, which the same state's Assign sets.
        ObjectNode definition = (ObjectNode) new ObjectMapper()
                .readTree(MACHINES.resolve("loyalty-points.asl.json").toFile());
        ((ObjectNode) definition.at("/States/AwardPoints/Output")).put("balance", "{% $balance %}");
        TaskMocks mocks = new TaskMocks();
        mocks.forLambda("award-points").thenReturn("{\"balance\":42}");
        Execution run = StateMachine.from(DefinitionLoader.defaults().loadString(definition.toString()))
                .withTaskHandler(mocks)
                .start("{\"customerId\":\"c-8\",\"items\":[{\"price\":30,\"quantity\":1}]}");

        String message = failureOf(() -> assertThat(run).succeeded());

        assertThat(message).startsWith(block(6));
    }

    @Test
    void a_task_without_a_mock() throws IOException {
        TaskMocks mocks = new TaskMocks();
        mocks.forLambda("charge-card").thenReturn("{\"chargeId\":\"ch-1\"}");
        StateMachine pipeline = machine("order-pipeline.asl.json", mocks);

        Throwable thrown = catchThrowable(() -> pipeline.start(ORDER));

        assertThat(withoutLocations(thrown.toString())).isEqualTo(withoutLocations(block(7)));
    }

    @Test
    void a_stub_that_answered_nothing() throws IOException {
        TaskMocks mocks = paymentDeclinedMocks();
        mocks.forState("Refund").thenReturn("{}");
        Execution run = machine("payment-retries.asl.json", mocks).start(PAYMENT);
        assertThat(run).succeeded();

        Throwable thrown = catchThrowable(() -> StrictMocks.verifyAllStubsUsed(mocks));

        assertThat(withoutLocations(thrown.getMessage())).isEqualTo(withoutLocations(block(8)));
    }

    @Test
    void unused_stubs_at_the_end_of_another_failure() throws IOException {
        TaskMocks mocks = paymentDeclinedMocks();
        mocks.forState("Refund").thenReturn("{}");
        Execution run = machine("payment-retries.asl.json", mocks).start(PAYMENT);

        String message = failureOf(() -> assertThat(run).failed());

        assertThat(withoutLocations(message)).endsWith(withoutLocations(block(9)));
    }

    @Test
    void an_invalid_definition() throws IOException {
        Throwable thrown = catchThrowable(() -> DefinitionLoader.defaults()
                .loadString("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}}}"));

        assertThat(thrown.toString()).isEqualTo(block(10));
    }

    @Test
    void a_feature_sfn_unit_does_not_run_yet() throws IOException {
        String definition = """
                {"StartAt": "Process", "States": {"Process": {"Type": "Map",
                  "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                    "ReaderConfig": {"InputType": "MANIFEST"},
                    "Parameters": {"Bucket": "inventory", "Key": "manifest.json"}},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Work", "States": {"Work": {"Type": "Pass", "End": true}}},
                  "End": true}}}
                """;

        Throwable thrown = catchThrowable(
                () -> StateMachine.from(DefinitionLoader.defaults().loadString(definition)));

        assertThat(thrown.toString()).isEqualTo(block(11));
    }

    private static TaskMocks pipelineMocks() {
        TaskMocks mocks = new TaskMocks();
        mocks.forLambda("validate-order").thenReturn("{\"valid\":true}");
        mocks.forLambda("process-payment").thenReturn("{\"paymentId\":\"pay-7\"}");
        mocks.forLambda("fulfil-order").thenReturn("{\"trackingNumber\":\"TRK-1\"}");
        return mocks;
    }

    private static TaskMocks paymentDeclinedMocks() {
        TaskMocks mocks = new TaskMocks();
        mocks.forLambda("charge-card").thenFailFunction("PaymentDeclined", "Insufficient funds");
        mocks.forState("NotifyDeclined").thenReturn("{\"MessageId\":\"m-1\"}");
        return mocks;
    }

    private static StateMachine machine(String file, TaskMocks mocks) {
        return StateMachine.from(DefinitionLoader.defaults().load(MACHINES.resolve(file)))
                .withTaskHandler(mocks);
    }

    /** The page names a user's test file and line where a stub was registered; here it is this file's. */
    private static String withoutLocations(String text) {
        return STUB_LOCATION.matcher(text).replaceAll("registered at File.java:N");
    }

    private static String failureOf(ThrowingCallable assertion) {
        Throwable thrown = catchThrowable(assertion);
        assertThat(thrown).as("the assertion should have failed").isInstanceOf(AssertionError.class);
        return thrown.getMessage().strip();
    }

    private static String block(int index) throws IOException {
        return blocks().get(index);
    }

    private static List<String> blocks() throws IOException {
        return DocPages.codeBlocks("troubleshooting.md", "").stream()
                .map(block -> block.substring(0, block.length() - 1))
                .toList();
    }
}
