package io.github.sfnunit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The getting-started page shows the first test and its definition; sample-tests/ builds and runs the same files,
 * so the page cannot drift from code that passes.
 */
class GettingStartedPageTest {

    @Test
    void the_first_test_on_the_page_is_the_one_sample_tests_runs() throws IOException {
        List<String> blocks = codeBlocks("java");

        assertThat(blocks)
                .filteredOn(block -> block.contains("class OrderFlowTest"))
                .containsExactly(
                        Files.readString(Path.of("sample-tests/src/test/java/com/example/OrderFlowTest.java")));
    }

    @Test
    void the_definition_on_the_page_is_the_one_sample_tests_runs() throws IOException {
        assertThat(codeBlocks("json"))
                .containsExactly(Files.readString(Path.of("sample-tests/src/test/resources/order-flow.asl.json")));
    }

    private static List<String> codeBlocks(String language) throws IOException {
        return DocPages.codeBlocks("getting-started.md", language);
    }
}
