package io.github.sfnunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
        StringWriter out = new StringWriter();
        CommandLine command = Main.commandLine().setOut(new PrintWriter(out, true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread server = new Thread(() -> exit.set(command.execute(
                "serve",
                "--port",
                "0",
                "--definitions",
                definitions.toString(),
                "--mock-config",
                mockFile.toString())));
        server.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!out.toString().contains("\n") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            String url = out.toString().strip();
            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+");
            URI uri = URI.create(url);
            String machine = "arn:aws:states:us-east-1:123456789012:stateMachine:OrderFlow";

            String started =
                    post(uri, "StartExecution", "{\"stateMachineArn\":\"" + machine + "#HappyPath\",\"name\":\"e1\"}");
            String described = post(
                    uri,
                    "DescribeExecution",
                    "{\"executionArn\":\"arn:aws:states:us-east-1:123456789012:execution:OrderFlow:e1\"}");

            assertThat(started)
                    .contains("\"executionArn\":\"arn:aws:states:us-east-1:123456789012:execution:OrderFlow:e1\"");
            assertThat(described).contains("\"status\":\"SUCCEEDED\"").contains("\\\"Payload\\\":{\\\"id\\\":7}");
        } finally {
            server.interrupt();
            server.join(10_000);
        }
        assertThat(exit.get()).isZero();
    }
}
