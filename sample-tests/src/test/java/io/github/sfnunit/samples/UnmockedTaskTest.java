package io.github.sfnunit.samples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.mock.TaskMocks;
import io.github.sfnunit.mock.UnmockedTaskException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A Task nobody mocked fails the test, not the state machine, and the message points at the likely typo. */
class UnmockedTaskTest {

    @Test
    void an_unmocked_task_names_the_state_and_the_closest_stub() throws IOException {
        // GIVEN a stub with a typo in the state name
        StateMachine pipeline =
                StateMachine.from(new DefinitionParser().parse(read("statemachines/order-pipeline.asl.json")));
        TaskMocks mocks = new TaskMocks();
        mocks.forState("ValidateOrdr").thenReturn("{\"valid\":true}");

        // WHEN / THEN
        assertThatThrownBy(() -> pipeline.withTaskHandler(mocks).start("{\"orderId\":\"o-1\",\"total\":42}"))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessageContaining("No mock answers Task state 'ValidateOrder' (resource"
                        + " arn:aws:states:::lambda:invoke, function 'validate-order', invocation #0)")
                .hasMessageContaining("Did you mean \"ValidateOrdr\"?");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = UnmockedTaskTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
