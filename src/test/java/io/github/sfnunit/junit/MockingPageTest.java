package io.github.sfnunit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/mocking.md are the tests {@link CheckoutAndRefundTest} and {@link PaymentEventsTest} (and
 * their definitions), which the build runs: the page cannot drift from code that passes.
 */
class MockingPageTest {

    private static String source(String file) throws IOException {
        return Files.readString(Path.of("src/test/java/io/github/sfnunit/junit", file));
    }

    @Test
    void the_shared_mocks_example_is_the_checkout_and_refund_test() throws IOException {
        String test = source("CheckoutAndRefundTest.java");

        assertThat(DocPages.codeBlocks("mocking.md", "java"))
                .filteredOn(block -> block.contains("class CheckoutAndRefundTest"))
                .containsExactly(test.substring(test.indexOf("@StateMachineTest")));
    }

    @Test
    void the_bare_lambda_arn_example_is_the_payment_events_test() throws IOException {
        String test = source("PaymentEventsTest.java");
        String method = test.substring(test.indexOf("    @Test"), test.lastIndexOf("}"));

        assertThat(DocPages.codeBlocks("mocking.md", "java"))
                .filteredOn(block -> block.contains("aBareFunctionArnRecordsLambdaFunctionEvents"))
                .containsExactly(method);
    }

    @Test
    void the_definitions_on_the_page_are_the_ones_the_examples_run() throws IOException {
        assertThat(DocPages.codeBlocks("mocking.md", "json"))
                .contains(
                        Files.readString(Path.of("src/test/resources/checkout.asl.json")),
                        Files.readString(Path.of("src/test/resources/refund.asl.json")));
    }
}
