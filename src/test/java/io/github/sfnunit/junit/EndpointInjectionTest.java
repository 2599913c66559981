package io.github.sfnunit.junit;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.VirtualClock;
import io.github.sfnunit.api.StepFunctionsEndpoint;
import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.mock.TaskMocks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A test class injecting the served API: one endpoint for the class, fresh state and the test's clock and mocks. */
@StateMachineTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndpointInjectionTest {

    private static final String DEFINITION = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
                         "Next": "Wait"},
              "Wait": {"Type": "Wait", "Seconds": 3600, "End": true}}}
            """;
    private static final List<URI> SEEN = new ArrayList<>();

    @Test
    @Order(1)
    void runs_on_the_tests_clock_and_mocks(StepFunctionsEndpoint endpoint, TaskMocks mocks, VirtualClock clock)
            throws Exception {
        SEEN.add(endpoint.uri());
        mocks.forLambda("charge").thenReturn("{\"chargeId\":\"ch-1\"}");
        String arn = endpoint.createStateMachine("Orders", StateMachineType.STANDARD, DEFINITION);

        String answer = post(endpoint, "StartExecution", "{\"stateMachineArn\":\"" + arn + "\",\"name\":\"o-1\"}");

        assertThat(answer)
                .startsWith("{\"executionArn\":\"arn:aws:states:us-east-1:123456789012:execution:Orders:o-1\"");
        assertThat(endpoint.clock()).isSameAs(clock);
        assertThat(endpoint.executions()).hasSize(1);
        assertThat(endpoint.executions().get(0))
                .succeeded()
                .hasOutputAt("$.chargeId", "ch-1")
                .tookVirtually(Duration.ofHours(1));
        assertThat(clock.elapsed()).isEqualTo(Duration.ofHours(1));
        mocks.verify("Charge", 1);
    }

    @Test
    @Order(2)
    void holds_no_state_from_the_previous_test(StepFunctionsEndpoint endpoint) throws Exception {
        SEEN.add(endpoint.uri());

        assertThat(post(endpoint, "ListStateMachines", "{}")).isEqualTo("{\"stateMachines\":[]}");
        assertThat(endpoint.executions()).isEmpty();
    }

    @Test
    @Order(3)
    void is_started_once_per_class(StepFunctionsEndpoint endpoint) {
        assertThat(SEEN).hasSize(2).containsOnly(endpoint.uri());
        assertThat(endpoint.uri().getHost()).isEqualTo("127.0.0.1");
    }

    private static String post(StepFunctionsEndpoint endpoint, String operation, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint.uri())
                .header("X-Amz-Target", "AWSStepFunctions." + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
