package io.github.sfnunit.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Class 7: every bad command-line value ends in one clear line and the documented exit code, no stack trace. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CliAttacksTest {

    @TempDir
    Path dir;

    private Path definition;
    private int exitCode;

    @BeforeEach
    void writeDefinition() throws Exception {
        definition = Files.writeString(
                dir.resolve("flow.json"),
                "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}");
    }

    private String cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(out));
        exitCode = commandLine.execute(args);
        return out.toString();
    }

    private void assertOneLine(String out, String expected, int code) {
        assertThat(out).doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(out.strip()).isEqualTo(expected);
        assertThat(exitCode).isEqualTo(code);
    }

    @Test
    void a_missing_input_file() {
        String out = cli("run", definition.toString(), "--input", "@" + dir.resolve("nope.json"));

        assertOneLine(out, "ERROR: --input @" + dir.resolve("nope.json") + ": no such file", 3);
    }

    @Test
    void an_input_file_that_is_not_utf8() throws Exception {
        Path input = Files.write(
                dir.resolve("latin1.json"), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xe9, '"', '}'});

        String out = cli("run", definition.toString(), "--input", "@" + input);

        assertOneLine(out, "ERROR: --input @" + input + ": the file is not valid UTF-8 text", 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{oops", "not json", "{\"a\": 1} extra"})
    void an_input_that_is_not_json(String input) {
        String out = cli("run", definition.toString(), "--input", input);

        assertThat(out.strip())
                .startsWith("ERROR: The input is not valid JSON: ")
                .doesNotContain("\n");
        assertThat(exitCode).isEqualTo(3);
    }

    @Test
    void an_empty_input() {
        String out = cli("run", definition.toString(), "--input", "");

        assertOneLine(
                out,
                "ERROR: The input is empty, which is not JSON: pass \"{}\" (or null, AWS's default) for an empty object",
                3);
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 10_000, 100_000})
    void a_deeply_nested_input(int depth) {
        String out = cli("run", definition.toString(), "--input", "[".repeat(depth) + "]".repeat(depth));

        assertOneLine(out, "ERROR: The input is nested more than 200 levels deep, sfn-unit's limit for JSON values", 3);
    }

    @Test
    void a_deeply_nested_input_in_json_format() {
        String out = cli(
                "run", definition.toString(), "--format", "json", "--input", "[".repeat(10_000) + "]".repeat(10_000));

        assertOneLine(
                out,
                "{\"status\":\"ERROR\",\"error\":\"IllegalArgumentException\",\"cause\":\"The input is nested more"
                        + " than 200 levels deep, sfn-unit's limit for JSON values\"}",
                3);
    }

    @Test
    void an_input_with_a_lone_surrogate() {
        String out = cli("run", definition.toString(), "--input", "{\"a\": \"\\ud800\"}");

        assertOneLine(
                out,
                "ERROR: The input holds a text with a lone UTF-16 surrogate (\\ud800) at '/a', index 0: it cannot be"
                        + " written as UTF-8; AWS accepts only valid Unicode",
                3);
    }

    @Test
    void an_input_of_1e400() {
        String out = cli("run", definition.toString(), "--input", "{\"n\": 1e400}");

        assertOneLine(
                out,
                "ERROR: The input holds a number beyond the range of a 64-bit float at '/n', which would become"
                        + " \"Infinity\": write it as a string, or as a smaller number",
                3);
    }

    @Test
    void an_input_file_with_a_byte_order_mark_runs() throws Exception {
        Path input = Files.writeString(dir.resolve("bom.json"), "\uFEFF{\"a\": 1}");

        String out = cli("run", definition.toString(), "--input", "@" + input, "--format", "json");

        assertThat(out.strip()).startsWith("{\"status\":\"SUCCEEDED\",\"output\":{\"a\":1}");
        assertThat(exitCode).isZero();
    }

    @Test
    void a_missing_mock_config_file() {
        Path missing = dir.resolve("MockConfigFile.json");

        String out = cli("run", definition.toString(), "--mock-config", missing.toString(), "--test-case", "Happy");

        assertOneLine(out, "ERROR: --mock-config " + missing + ": no such file", 3);
    }

    @Test
    void an_unknown_test_case() throws Exception {
        Path config = Files.writeString(dir.resolve("MockConfigFile.json"), """
                {"StateMachines": {"flow": {"TestCases": {"Happy": {}}}}, "MockedResponses": {}}
                """);

        String out = cli("run", definition.toString(), "--mock-config", config.toString(), "--test-case", "Sad");

        assertThat(out.strip())
                .startsWith("ERROR: ")
                .contains("Sad")
                .doesNotContain("\n")
                .doesNotContain("\tat ");
        assertThat(exitCode).isEqualTo(3);
    }

    @Test
    void a_definition_file_that_is_not_utf8() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xff, '"', '}'});

        String out = cli("run", latin1.toString());

        assertOneLine(
                out,
                "Definition rejected: The state machine definition is invalid:\n  /: " + latin1
                        + " is not valid UTF-8 text: byte 2 (0xff) starts no UTF-8 character",
                2);
    }

    @Test
    void a_missing_definition_file() {
        String out = cli("run", dir.resolve("none.json").toString());

        assertThat(out.strip()).endsWith("cannot read " + dir.resolve("none.json") + ": no such file");
        assertThat(exitCode).isEqualTo(2);
    }

    @Test
    void a_template_whose_definition_uri_is_in_s3_is_unsupported() throws Exception {
        Path template = Files.writeString(dir.resolve("template.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Flow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionUri: s3://bucket/flow.asl.json
                """);

        String out = cli("run", template.toString());

        assertOneLine(
                out,
                "UNSUPPORTED: State machine \"Flow\" has a DefinitionUri in S3, which sfn-unit cannot fetch: point"
                        + " DefinitionUri at a local file",
                3);
    }

    @Test
    void a_start_time_past_the_supported_range() {
        String out = cli("run", definition.toString(), "--start-time", "9999-06-01T00:00:00Z");

        assertOneLine(
                out,
                "ERROR: The virtual start time 9999-06-01T00:00:00Z is outside the range sfn-unit supports,"
                        + " 1970-01-01T00:00:00Z to 9998-12-31T23:59:59Z",
                3);
    }

    @Test
    void an_input_over_256_kib() {
        String out = cli("run", definition.toString(), "--input", "\"" + "x".repeat(300_000) + "\"");

        assertThat(out.strip()).startsWith("ERROR: 1 validation error detected: Value at 'input' failed to satisfy");
        assertThat(exitCode).isEqualTo(3);
    }
}
