package io.github.sfnunit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.history.HistoryJson;
import io.github.sfnunit.mock.TaskMocks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import picocli.CommandLine;

/** {@code sfn-unit replay}, run as a user runs it: exit codes, both formats, and the files it emits. */
class ReplayCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String DEFINITION = """
            {"StartAt": "Reserve", "States": {
              "Reserve": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "reserve", "Payload.$": "$"}, "ResultPath": "$.reservation",
                "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "MaxAttempts": 1}],
                "Next": "Pay"},
              "Pay": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:pay",
                "TimeoutSeconds": 30, "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "PaymentLate"}],
                "End": true},
              "PaymentLate": {"Type": "Fail", "Error": "PaymentLate", "Cause": "the payment service did not answer"}}}
            """;

    @TempDir
    Path dir;

    Path definition;
    Path history;

    /** A production failure: Reserve throttled once, then the payment call timed out. */
    @BeforeEach
    void recordAFailedExecution() throws Exception {
        definition = Files.writeString(dir.resolve("order-flow.asl.json"), DEFINITION);
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Reserve")
                .thenFail("Lambda.TooManyRequestsException", "Rate exceeded")
                .thenReturn("{\"StatusCode\": 200, \"Payload\": {\"reservationId\": \"r-7\"}}")
                .after(Duration.ofSeconds(4));
        mocks.forState("Pay").thenWaitForCallback();
        Execution execution = StateMachine.from(
                        new DefinitionParser().parse(DEFINITION),
                        ExecutionOptions.builder()
                                .startTime(Instant.parse("2026-11-30T22:14:03.120Z"))
                                .taskHandler(mocks)
                                .build())
                .start("{\"orderId\": \"o-42\", \"note\": \"caf\u00e9 \\\"quoted\\\"\"}");
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        history = Files.writeString(
                dir.resolve("history.json"),
                HistoryJson.writePretty(execution.history(), HistoryJson.TimestampStyle.EPOCH_SECONDS));
    }

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void a_reproduced_execution_exits_0_in_text_and_json() throws Exception {
        Run text = run("replay", definition.toString(), "--history", history.toString());
        assertThat(text.exit()).isZero();
        assertThat(text.out())
                .isEqualTo("Recorded: FAILED with error PaymentLate: the payment service did not answer (16 events, 3"
                        + " states entered)\n"
                        + "Rerun:    FAILED with error PaymentLate: the payment service did not answer\n"
                        + "Reproduces the recording: same path, status, error and cause.\n");

        Run json = run("replay", definition.toString(), "--history", history.toString(), "--format", "json");
        assertThat(json.exit()).isZero();
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.get("reproduces").asBoolean()).isTrue();
        assertThat(report.at("/recorded/states").toString()).isEqualTo("[\"Reserve\",\"Pay\",\"PaymentLate\"]");
        assertThat(report.at("/rerun/error").asText()).isEqualTo("PaymentLate");
    }

    @Test
    void a_fixed_definition_diverges_and_exits_1_naming_the_event() throws Exception {
        Path fixed = Files.writeString(
                dir.resolve("fixed.asl.json"), DEFINITION.replace("[\"States.Timeout\"]", "[\"States.TaskFailed\"]"));
        Run run = run("replay", fixed.toString(), "--history", history.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("Does not reproduce the recording: diverges at event 15 (state 'PaymentLate'): path\n")
                .contains("the rerun stopped before entering state 'PaymentLate' (state 3 of the recorded path)")
                .doesNotContain("Exception:");
    }

    @Test
    void bad_input_exits_2_with_the_event_and_no_stack_trace() throws Exception {
        Path other = Files.writeString(
                dir.resolve("other.asl.json"), "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
        Run wrongDefinition = run("replay", other.toString(), "--history", history.toString());
        assertThat(wrongDefinition.exit()).isEqualTo(2);
        assertThat(wrongDefinition.err())
                .startsWith("Cannot replay: " + history + ": event 2 (TaskStateEntered) enters state 'Reserve', which"
                        + " the definition does not have (it has A)")
                .doesNotContain("\tat ");

        String text = Files.readString(history);
        Path truncated =
                Files.writeString(dir.resolve("cut.json"), text.substring(0, text.lastIndexOf("}, {")) + "}]}");
        Run cut = run("replay", definition.toString(), "--history", truncated.toString());
        assertThat(cut.exit()).isEqualTo(2);
        assertThat(cut.err()).contains("the history ends at event 15 (FailStateEntered) without");
    }

    @Test
    void the_emitted_mock_config_answers_the_tasks_as_recorded() throws Exception {
        Path mockFile = dir.resolve("MockConfigFile.json");
        Run run = run(
                "replay",
                definition.toString(),
                "--history",
                history.toString(),
                "--emit-mock-config",
                mockFile.toString());
        assertThat(run.exit()).isZero();
        JsonNode config = JSON.readTree(mockFile.toFile());
        assertThat(config.at("/StateMachines/order-flow/TestCases/Recorded").toString())
                .isEqualTo("{\"Reserve\":\"ReserveRecorded\",\"Pay\":\"PayRecorded\"}");
        assertThat(config.at("/MockedResponses/ReserveRecorded").toString())
                .isEqualTo(
                        "{\"0\":{\"Throw\":{\"Error\":\"Lambda.TooManyRequestsException\",\"Cause\":\"Rate"
                                + " exceeded\"}},\"1\":{\"Return\":{\"StatusCode\":200,\"Payload\":{\"reservationId\":\"r-7\"}}}}");
        assertThat(config.path("Comment").asText())
                .isEqualTo("State 'Pay' invocation(s) [0] timed out or never answered in the recording; this format"
                        + " cannot say so. ");
    }

    @Test
    void the_emitted_test_of_a_failed_execution_compiles_and_passes_in_a_scratch_project() throws Exception {
        Path testDir = dir.resolve("scratch/src/test/java/com/example");
        Run run = run(
                "replay",
                definition.toAbsolutePath().toString(),
                "--history",
                history.toString(),
                "--emit-test",
                testDir.toAbsolutePath().toString());
        assertThat(run.exit()).isZero();
        Path source = testDir.resolve("OrderFlowRegressionTest.java");
        assertThat(source).exists();
        assertThat(testDir.resolve("OrderFlowRegressionTest.mock-config.json")).exists();
        assertThat(Files.readString(source))
                .contains("package com.example;")
                .contains("mocks.forState(\"Pay\").when(\"call #0\", call -> call.invocationIndex() == 0)"
                        + ".thenWaitForCallback();")
                .contains("assertThat(execution).failedWith(\"PaymentLate\", \"the payment service did not answer\");");

        Events events = compileAndRun(source, dir.resolve("scratch/classes"), "com.example.OrderFlowRegressionTest");
        events.assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));

        // and it fails, as a regression test must, once the definition behaves differently
        Files.writeString(definition, DEFINITION.replace("\"TimeoutSeconds\": 30,", ""));
        Events changed = compileAndRun(source, dir.resolve("scratch/classes2"), "com.example.OrderFlowRegressionTest");
        changed.assertStatistics(stats -> stats.started(1).failed(1));
    }

    /** Compiles one emitted test class against the build's test classpath and runs it on the JUnit Platform. */
    static Events compileAndRun(Path source, Path classes, String className) throws Exception {
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(
                        diagnostics,
                        null,
                        null,
                        List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString()),
                        null,
                        compiler.getStandardFileManager(null, null, null).getJavaFileObjects(source.toFile()))
                .call();
        assertThat(compiled).as(diagnostics.toString()).isTrue();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReplayCommandTest.class.getClassLoader())) {
            Class<?> test = loader.loadClass(className);
            return EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(test))
                    .execute()
                    .testEvents();
        }
    }
}
