package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An inline Map: MaxConcurrency on the virtual clock, ItemSelector with $$.Map.Item, a tolerated failure. */
@StateMachineTest(definition = "statemachines/invoice-batch.asl.json")
class InvoiceBatchTest {

    private static final String THREE_INVOICES = """
            {"currency": "EUR", "invoices": [{"id": "i-1"}, {"id": "i-2"}, {"id": "i-3"}]}""";

    @Test
    void invoices_are_charged_two_at_a_time_and_results_keep_invoice_order(StateMachine batch, TaskMocks mocks) {
        // GIVEN each charge takes 10 virtual seconds
        mocks.forState("Charge")
                .thenAnswer(call -> Map.of(
                        "Payload",
                        Map.of("charged", call.input().at("/Payload/invoiceId").asText())))
                .after(Duration.ofSeconds(10));

        // WHEN
        Execution run = batch.start(THREE_INVOICES);

        // THEN two rounds of charges: 20 virtual seconds
        assertThat(run)
                .succeeded()
                .tookVirtually(Duration.ofSeconds(20))
                .hasOutputAt("$.results[2].charged", "i-3")
                .invoked("Charge", 3);
        assertThat(run)
                .taskInputs("Charge")
                .first()
                .hasToString("{\"FunctionName\":\"charge-invoice\",\"Payload\":"
                        + "{\"invoiceId\":\"i-1\",\"position\":0,\"currency\":\"EUR\"}}");
    }

    @Test
    void the_second_call_fails_in_every_run_and_one_failure_is_tolerated(StateMachine batch, TaskMocks mocks) {
        // GIVEN the 2nd call of Charge fails: calls are numbered in item order, so it is always invoice i-2
        mocks.forState("Charge")
                .thenReturn("{\"Payload\": {\"charged\": \"ok\"}}")
                .thenFail("Card.Declined", "declined")
                .thenReturn("{\"Payload\": {\"charged\": \"ok\"}}");

        // WHEN
        Execution run = batch.start(THREE_INVOICES);

        // THEN the failed item's place holds its error
        assertThat(run)
                .succeeded()
                .hasOutputAt("$.results[1].Error", "Card.Declined")
                .hasOutputAt("$.results[2].charged", "ok");
    }
}
