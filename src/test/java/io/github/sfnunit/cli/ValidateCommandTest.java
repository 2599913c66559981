package io.github.sfnunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void should_exit_0_and_say_valid_when_every_file_is_valid() throws IOException {
        // GIVEN
        Path good = file("good.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");

        // WHEN
        int exit = run("validate", good.toString());

        // THEN
        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo(good + ": valid (1 top-level states)" + System.lineSeparator());
    }

    @Test
    void should_print_each_error_with_file_and_pointer_and_exit_1() throws IOException {
        // GIVEN
        Path good = file("good.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
        Path bad = file(
                "bad.asl.json",
                "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"Dnoe\"},"
                        + " \"Done\": {\"Type\": \"Succeed\"}}}");

        // WHEN
        int exit = run("validate", good.toString(), bad.toString());

        // THEN
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString().lines())
                .containsExactly(
                        good + ": valid (1 top-level states)",
                        bad + ": /States/A/Next: state \"Dnoe\" does not exist; did you mean \"Done\"?",
                        bad + ": /States/Done: state \"Done\" is not reachable: StartAt is \"A\" and no reachable state"
                                + " transitions to it",
                        "1 of 2 files valid");
    }

    @Test
    void should_fill_placeholders_given_with_substitution_options() throws IOException {
        // GIVEN
        Path flow = file(
                "flow.asl.json",
                "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\", \"Resource\": \"${Fn}\","
                        + " \"TimeoutSeconds\": ${Timeout}, \"End\": true}}}");

        // WHEN
        int missing = run("validate", flow.toString());
        String missingOutput = out.toString();
        int filled = run(
                "validate",
                "-s",
                "Fn=arn:aws:lambda:us-east-1:123456789012:function:f",
                "--substitution",
                "Timeout=5",
                flow.toString());

        // THEN
        assertThat(missing).isEqualTo(1);
        assertThat(missingOutput)
                .contains(flow + ": /: flow.asl.json has placeholders without a value: ${Fn}, ${Timeout}");
        assertThat(filled).isZero();
    }

    @Test
    void should_report_an_unreadable_file() {
        int exit = run("validate", dir.resolve("missing.json").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString())
                .isEqualTo(dir.resolve("missing.json") + ": /: cannot read " + dir.resolve("missing.json")
                        + ": no such file" + System.lineSeparator());
    }

    @Test
    void should_show_usage_without_a_subcommand() {
        int exit = run();

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("Usage: sfn-unit")
                .contains("validate")
                .contains("run");
    }

    @Test
    void the_examples_of_the_readme_say_what_the_readme_shows() {
        // GIVEN the two example files at the root of the project (tests run from it)
        // WHEN
        int exit = run("validate", "examples/hello-world.asl.json", "examples/with-mistakes.asl.json");

        // THEN
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString().lines())
                .containsExactly(
                        "examples/hello-world.asl.json: valid (4 top-level states)",
                        "examples/with-mistakes.asl.json: /States/Greet/Parameters/message.$: \"States.Fromat('Hello,"
                                + " {}!', $.name)\" is not a valid intrinsic function call: unknown function"
                                + " \"States.Fromat\"; did you mean \"States.Format\"?",
                        "examples/with-mistakes.asl.json: /States/Patient?/Choices/0/BooleanEquals: expected a boolean,"
                                + " found a string",
                        "examples/with-mistakes.asl.json: /States/Patient?/Default: state \"Dnoe\" does not exist; did"
                                + " you mean \"Done\"?",
                        "1 of 2 files valid");
    }

    @Test
    void the_help_names_the_placeholder_syntax() {
        int exit = run("validate", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("A value for a ${NAME} placeholder");
    }
}
