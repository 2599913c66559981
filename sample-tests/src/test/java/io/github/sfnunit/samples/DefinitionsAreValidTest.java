package io.github.sfnunit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.StateMachineDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every definition the samples use is valid Amazon States Language, as AWS would accept it. */
class DefinitionsAreValidTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "statemachines/order-pipeline.asl.json",
                "statemachines/shipping-choice.asl.json",
                "statemachines/payment-retries.asl.json",
                "statemachines/shipment-tracking.asl.json",
                "statemachines/manager-approval.asl.json",
                "statemachines/pickup-reminder.asl.json",
                "statemachines/loyalty-points.asl.json",
                "statemachines/checkout-parent.asl.json",
                "statemachines/order-checks-parallel.asl.json",
                "statemachines/reserve-items-map.asl.json",
                "statemachines/invoice-batch.asl.json"
            })
    void definition_parses_and_validates(String resource) throws IOException {
        // GIVEN
        String text = read(resource);

        // WHEN
        StateMachineDefinition definition = new DefinitionParser().parse(text);

        // THEN
        assertThat(definition.startAt()).isNotBlank();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = DefinitionsAreValidTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("classpath resource %s", resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
