package io.github.sfnunit.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path dir;

    private static String post(URI uri, String operation, String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .header("X-Amz-Target", "AWSStepFunctions." + operation)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    void should_print_the_url_create_the_definitions_and_answer_with_the_mock_file() throws Exception {
        Path definitions = Files.createDirectory(dir.resolve("statemachines"));
        Files.writeString(definitions.resolve("OrderFlow.asl.json"), """
                {"StartAt": "Charge", "States": {
                  "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                             "Parameters": {"FunctionName": "charge"}, "End": true}}}
                """);
        Path mockFile = Files.writeString(dir.resolve("MockConfigFile.json"), """
                {"StateMachines": {"OrderFlow": {"TestCases": {"HappyPath": {"Charge": "Charged"}}}},
                 "MockedResponses": {"Charged": {"0": {"Return": {"StatusCode": 200, "Payload": {"id": 7}}}}}}
                """);
        serve(
                uri -> {
                    String machine = "arn:aws:states:us-east-1:123456789012:stateMachine:OrderFlow";

                    String started = post(
                            uri,
                            "StartExecution",
                            "{\"stateMachineArn\":\"" + machine + "#HappyPath\",\"name\":\"e1\"}");
                    String described = post(
                            uri,
                            "DescribeExecution",
                            "{\"executionArn\":\"arn:aws:states:us-east-1:123456789012:execution:OrderFlow:e1\"}");

                    assertThat(started)
                            .contains(
                                    "\"executionArn\":\"arn:aws:states:us-east-1:123456789012:execution:OrderFlow:e1\"");
                    assertThat(described)
                            .contains("\"status\":\"SUCCEEDED\"")
                            .contains("\\\"Payload\\\":{\\\"id\\\":7}");
                },
                "--definitions",
                definitions.toString(),
                "--mock-config",
                mockFile.toString());
    }

    @Test
    void should_call_unmocked_lambda_functions_on_the_lambda_endpoint() throws Exception {
        Path definitions = Files.createDirectory(dir.resolve("statemachines"));
        Files.writeString(definitions.resolve("OrderFlow.asl.json"), """
                {"StartAt": "Charge", "States": {
                  "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                             "Parameters": {"FunctionName": "charge"}, "OutputPath": "$.Payload", "End": true}}}
                """);
        WireMockServer lambda =
                new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        lambda.start();
        lambda.stubFor(WireMock.post(urlEqualTo("/2015-03-31/functions/charge/invocations"))
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":8}")));
        try {
            serve(
                    uri -> {
                        post(
                                uri,
                                "StartExecution",
                                "{\"stateMachineArn\":\"arn:aws:states:us-east-1:123456789012:stateMachine:OrderFlow\","
                                        + "\"name\":\"e1\"}");
                        String described = post(
                                uri,
                                "DescribeExecution",
                                "{\"executionArn\":\"arn:aws:states:us-east-1:123456789012:execution:OrderFlow:e1\"}");

                        assertThat(described)
                                .contains("\"status\":\"SUCCEEDED\"")
                                .contains("\"output\":\"{\\\"id\\\":8}\"");
                    },
                    "--definitions",
                    definitions.toString(),
                    "--lambda-endpoint",
                    lambda.baseUrl());
        } finally {
            lambda.stop();
        }
    }

    private interface Client {
        void use(URI endpoint) throws Exception;
    }

    /** Runs {@code sfn-unit serve --port 0 options...}, hands its printed URL to {@code client}, then stops it. */
    private static void serve(Client client, String... options) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine command = Main.commandLine().setOut(new PrintWriter(out, true));
        AtomicInteger exit = new AtomicInteger(-1);
        String[] args = new String[options.length + 3];
        args[0] = "serve";
        args[1] = "--port";
        args[2] = "0";
        System.arraycopy(options, 0, args, 3, options.length);
        Thread server = new Thread(() -> exit.set(command.execute(args)));
        server.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!out.toString().contains("\n") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            String url = out.toString().strip();
            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+");
            client.use(URI.create(url));
        } finally {
            server.interrupt();
            server.join(10_000);
        }
        assertThat(exit.get()).isZero();
    }
}
