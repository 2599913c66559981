package io.github.sfnunit.adversarial;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.github.sfnunit.adversarial.Attacks.machine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.mock.TaskMocks;
import io.github.sfnunit.mock.UnmockedTaskException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Class 7: an HTTP Task's {@code ApiEndpoint} stays under the base URL the test allowed: no dot segment (written,
 * percent-encoded or with a {@code ;parameter}), backslash, other user, port or longer path name reaches a server.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HttpConfinementAttacksTest {

    private WireMockServer server;
    private String origin;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
        origin = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private Execution call(String endpoint) {
        TaskMocks mocks = new TaskMocks().allowHttp(origin + "/api");
        String definition = """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                  "Parameters": {"ApiEndpoint": "%s", "Method": "GET",
                    "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/c/1"}},
                  "End": true}}}
                """.formatted(endpoint.replace("\\", "\\\\"));
        return machine(definition, mocks).start("{}");
    }

    private String refusal(String endpoint, String why) {
        return refusal(endpoint, why, "allow it: mocks.allowHttp(\"" + origin + "\")");
    }

    private String refusal(String endpoint, String why, String fix) {
        return "HTTP Task 'Call' would call " + endpoint + ", but no request leaves the machine unless the test allows"
                + " its endpoint" + why + " (allowed: [" + origin + "/api]). Either " + fix + ", or stub the state:"
                + " mocks.forState(\"Call\").thenReturn(\"{\\\"StatusCode\\\":200,\\\"ResponseBody\\\":{}}\")";
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/../admin",
                "/api/%2e%2e/admin",
                "/api/..%2Fadmin",
                "/api/.%2E/admin",
                "/api/..;/admin",
                "/api/%2E%2E;x=1/admin",
                "/api/./orders",
            })
    void a_path_that_climbs_out_of_the_allowed_base_path_is_never_called(String path) {
        String endpoint = origin + path;

        assertThatThrownBy(() -> call(endpoint))
                .isExactlyInstanceOf(UnmockedTaskException.class)
                .hasMessage(refusal(
                        endpoint,
                        " (its path " + URI.create(endpoint).getPath()
                                + " has a \".\" or \"..\" segment or a backslash, which a server would resolve out of"
                                + " any allowed base path, so it is never allowed)"));
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api\\..\\admin", "/api/%zz", "/api/ x"})
    void an_endpoint_that_is_no_url_is_never_called(String path) {
        String endpoint = origin + path;
        String parseError = catchThrowableOfType(URISyntaxException.class, () -> new URI(endpoint))
                .getMessage();

        assertThatThrownBy(() -> call(endpoint))
                .isExactlyInstanceOf(UnmockedTaskException.class)
                .hasMessage(refusal(endpoint, " (it is not a URL: " + parseError + ")", "make ApiEndpoint a URL"));
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/apix", "/ap", "/", ""})
    void a_path_beside_the_allowed_base_path_is_never_called(String path) {
        String endpoint = origin + path;

        assertThatThrownBy(() -> call(endpoint))
                .isExactlyInstanceOf(UnmockedTaskException.class)
                .hasMessage(refusal(endpoint, ""));
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/orders/o-1", "/api?page=2"})
    void a_path_at_or_below_the_allowed_base_path_is_called(String path) {
        Execution run = call(origin + path);

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(server.getAllServeEvents()).hasSize(1);
    }
}
