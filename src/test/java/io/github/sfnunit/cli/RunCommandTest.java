package io.github.sfnunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(out));
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "run";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        commandLine.execute(withCommand);
        return out.toString();
    }

    @Test
    void prints_the_runner_contract_json() throws Exception {
        Path definition = Files.writeString(
                dir.resolve("flow.json"),
                "{\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Seconds\": 5, \"Next\": \"P\"},"
                        + " \"P\": {\"Type\": \"Pass\", \"Parameters\": {\"t.$\": \"$$.State.EnteredTime\"}, \"End\": true}}}");

        String out =
                run(definition.toString(), "--input", "{}", "--format", "json", "--start-time", "2025-01-01T00:00:00Z");

        assertThat(out.trim())
                .isEqualTo("{\"status\":\"SUCCEEDED\",\"output\":{\"t\":\"2025-01-01T00:00:05.000Z\"},\"error\":null,"
                        + "\"cause\":null,\"states\":[\"W\",\"P\"]}");
    }

    @Test
    void prints_the_path_and_the_error_as_text() throws Exception {
        Path definition = Files.writeString(
                dir.resolve("fail.json"),
                "{\"StartAt\": \"F\", \"States\": {\"F\": {\"Type\": \"Fail\", \"Error\": \"Oops\"}}}");
        Path input = Files.writeString(dir.resolve("input.json"), "{\"a\": 1, \"b\": [1, 2]}");

        String out = run(definition.toString(), "--input", "@" + input);

        assertThat(out).contains("+0.000s  F").contains("Status: FAILED").contains("Error:  Oops");
    }

    @Test
    void reports_a_run_that_could_not_happen_as_json() throws Exception {
        Path definition = Files.writeString(
                dir.resolve("task.json"),
                "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
                        + " \"Resource\": \"arn:aws:states:::sqs:sendMessage\", \"End\": true}}}");

        String out = run(definition.toString(), "--format", "json");

        assertThat(out).startsWith("{\"status\":\"ERROR\",\"error\":\"UnmockedTaskException\"");
    }

    @Test
    void reports_a_rejected_definition_as_the_contract_says() throws Exception {
        Path definition = Files.writeString(dir.resolve("bad.json"), "{\"StartAt\": \"Nope\", \"States\": {}}");

        String out = run(definition.toString(), "--format", "json");

        assertThat(out).startsWith("{\"status\":\"DEFINITION_REJECTED\"");
    }

    @Test
    void runs_a_state_machine_of_a_sam_template_with_substitutions() throws Exception {
        Path template = Files.writeString(dir.resolve("template.yaml"), """
                Resources:
                  Greeter:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      Definition:
                        StartAt: Greet
                        States:
                          Greet:
                            Type: Pass
                            Result: ${Greeting}
                            End: true
                """);

        String out = run(template.toString(), "-s", "Greeting=hello", "--format", "json");

        assertThat(out.trim())
                .isEqualTo("{\"status\":\"SUCCEEDED\",\"output\":\"hello\",\"error\":null,\"cause\":null,"
                        + "\"states\":[\"Greet\"]}");
    }

    @Test
    void names_the_missing_substitution_of_a_definition() throws Exception {
        Path definition = Files.writeString(
                dir.resolve("placeholder.json"),
                "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"Result\": \"${Greeting}\","
                        + " \"End\": true}}}");

        String out = run(definition.toString());

        assertThat(out).contains("Greeting");
    }

    @Test
    void aligns_the_path_column_whatever_the_virtual_time() throws Exception {
        Path definition = Files.writeString(
                dir.resolve("wait.json"),
                "{\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Seconds\": 3600,"
                        + " \"Next\": \"Done\"}, \"Done\": {\"Type\": \"Succeed\"}}}");

        String out = run(definition.toString());

        assertThat(out).contains("\n       +0.000s  W ").contains("\n    +3600.000s  Done ");
    }

    @Test
    void reports_resources_that_are_not_arns_as_a_rejected_definition_with_exit_code_2() throws Exception {
        Path definition = Files.writeString(
                dir.resolve("docs-example.json"),
                "{\"StartAt\": \"Process\", \"States\": {\"Process\": {\"Type\": \"Task\","
                        + " \"Resource\": \"arn:aws:lambda:...:function:Process\", \"Next\": \"Notify\"},"
                        + " \"Notify\": {\"Type\": \"Task\", \"Resource\": \"notify\", \"End\": true}}}");
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(out));

        int exitCode = commandLine.execute("run", definition.toString(), "--format", "json");

        assertThat(exitCode).isEqualTo(2);
        assertThat(out.toString())
                .startsWith("{\"status\":\"DEFINITION_REJECTED\",\"error\":\"InvalidDefinition\"")
                .contains("/States/Process/Resource: Value is not a valid resource ARN")
                .contains("/States/Notify/Resource: Value is not a valid resource ARN")
                .doesNotContain("IllegalArgumentException");
    }
}
