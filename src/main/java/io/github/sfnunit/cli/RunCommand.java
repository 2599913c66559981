package io.github.sfnunit.cli;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.StateVisit;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskHandler;
import io.github.sfnunit.replay.internal.MockConfigs;
import io.github.sfnunit.replay.internal.RunnerJson;
import io.github.sfnunit.report.CoverageData;
import io.github.sfnunit.report.ExecutionDiagram;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sfn-unit run FILE}: runs one execution on the virtual clock and prints its path and result.
 *
 * <pre>
 * sfn-unit run order-flow.asl.json --input '{"orderId":"o-1"}' --format json
 * sfn-unit run flow.json --input @input.json --mock-config MockConfigFile.json --test-case HappyPath
 * sfn-unit run flow.json --html target/run.html --coverage target/sfn-unit
 * </pre>
 *
 * @since 0.1.0
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run a state machine once on the virtual clock and print the states it entered and its result.")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The definition or template (JSON or YAML).")
    Path definitionFile;

    @Mixin
    DefinitionOptions definitionOptions = new DefinitionOptions();

    @Option(names = "--input", paramLabel = "JSON|@FILE", description = "The execution input (default: {}).")
    String input;

    @Option(names = "--mock-config", paramLabel = "FILE", description = "A Step Functions Local MockConfigFile.")
    Path mockConfig;

    @Option(names = "--test-case", paramLabel = "NAME", description = "The test case of the mock config to use.")
    String testCase;

    @Option(
            names = "--state-machine",
            paramLabel = "NAME",
            description = "The state machine of the mock config (default: its only one).")
    String stateMachineName;

    @Option(names = "--start-time", paramLabel = "ISO", description = "The virtual start instant.")
    Instant startTime;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for jitter, UUIDs and random numbers.")
    long seed;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
    String format = "text";

    @Option(names = "--history", description = "Also print the AWS-shaped execution history.")
    boolean history;

    @Option(
            names = "--html",
            paramLabel = "FILE",
            description = "Also write the execution's path drawn on the state graph as an HTML page.")
    Path html;

    @Option(
            names = "--coverage",
            paramLabel = "DIR",
            description = "Also count the execution's coverage into a data file in DIR (merged by 'coverage report').")
    Path coverage;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        boolean json = isJson(spec, format);
        StateMachineDefinition definition;
        try {
            definition = definitionOptions.loader().load(definitionFile);
        } catch (InvalidDefinitionException e) {
            if (json) {
                out.println(RunnerJson.rejected(e.getMessage()));
            } else {
                out.println("Definition rejected: " + e.getMessage());
            }
            out.flush();
            return 2;
        } catch (UnsupportedFeatureException e) {
            return notRun(out, json, e);
        }
        ExecutionOptions.Builder options = definitionOptions.executionOptions().seed(seed);
        if (startTime != null) {
            options.startTime(startTime);
        }
        Execution execution;
        try {
            if (mockConfig != null) {
                options.taskHandler(taskHandler());
            }
            execution = StateMachine.from(definition, options.build().forDefinition(definition))
                    .start(input == null ? "{}" : readInput(input));
        } catch (RuntimeException e) {
            return notRun(out, json, e);
        }
        if (html != null) {
            ExecutionDiagram.of(definition, execution).writeHtml(html);
        }
        if (coverage != null) {
            CoverageData data = new CoverageData();
            data.record(definitionFile.toString().replace('\\', '/'), definition, execution);
            data.writeDataFile(coverage);
        }
        if (json) {
            out.println(RunnerJson.of(execution, history));
        } else {
            printText(out, execution);
        }
        out.flush();
        return execution.status() == ExecutionStatus.SUCCEEDED ? 0 : 1;
    }

    /**
     * Reports a run that could not happen, as a result of the run itself rather than of the state machine (an
     * unsupported feature, a task nobody answers, a runaway loop), in the requested format instead of a stack trace.
     */
    private static int notRun(PrintWriter out, boolean json, RuntimeException e) {
        String status = e instanceof UnsupportedFeatureException ? "UNSUPPORTED" : "ERROR";
        if (json) {
            out.println(RunnerJson.notRun(status, e.getClass().getSimpleName(), e.getMessage()));
        } else {
            out.println(status + ": " + e.getMessage());
        }
        out.flush();
        return 3;
    }

    private TaskHandler taskHandler() {
        if (testCase == null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--mock-config needs --test-case NAME");
        }
        if (!Files.isRegularFile(mockConfig)) {
            throw new IllegalArgumentException("--mock-config " + mockConfig + ": no such file");
        }
        try {
            return MockConfigs.load(mockConfig, stateMachineName, testCase);
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(
                    "--mock-config " + mockConfig + ": " + e.getCause().getMessage(), e);
        }
    }

    /**
     * The text of an {@code --input JSON|@FILE} option: the JSON as given, or the UTF-8 text of the file. The text
     * is checked by {@code StateMachine.start} (JSON, depth, size, Unicode) like any test's.
     */
    static String readInput(String input) {
        if (!input.startsWith("@")) {
            return input;
        }
        Path file = Path.of(input.substring(1));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("--input " + input + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException("--input " + input + ": cannot read the file: " + e.getMessage());
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("--input " + input + ": the file is not valid UTF-8 text");
        }
    }

    private void printText(PrintWriter out, Execution execution) {
        out.println("Path:");
        for (StateVisit visit : execution.visits()) {
            long offset = java.time.Duration.between(execution.startTime(), visit.enteredTime())
                    .toMillis();
            String outcome = visit.error() != null
                    ? "failed " + visit.error()
                    : visit.caught() != null
                            ? "caught " + visit.caught().error() + " -> "
                                    + visit.caught().next()
                            : "";
            String attempts =
                    visit.attempts().size() > 1 ? " (" + visit.attempts().size() + " attempts)" : "";
            out.printf(
                    "  %12s  %-30s %s%s%n",
                    String.format("+%.3fs", offset / 1000.0), visit.statePath(), outcome, attempts);
        }
        out.println("Status: " + execution.status());
        if (execution.status() == ExecutionStatus.SUCCEEDED) {
            out.println("Output: " + JsonCodec.write(execution.output()));
        } else {
            out.println("Error:  " + execution.error());
            out.println("Cause:  " + execution.cause());
        }
        out.println("Virtual duration: " + execution.virtualDuration());
        if (history) {
            out.println("History:");
            for (HistoryEvent event : execution.history()) {
                out.printf(
                        "  %4d %4d  %s  %-28s %s%n",
                        event.id(),
                        event.previousEventId(),
                        event.timestamp(),
                        event.type(),
                        event.details() == null ? "" : event.details());
            }
        }
    }

    /** Whether {@code --format} asks for JSON; refuses anything but {@code text} or {@code json}. */
    static boolean isJson(picocli.CommandLine.Model.CommandSpec spec, String format) {
        boolean json = "json".equals(format);
        if (!json && !"text".equals(format)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--format must be text or json, not '" + format + "'");
        }
        return json;
    }
}
