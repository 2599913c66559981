package io.github.sfnunit.cli;

import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.replay.ExecutionRecording;
import io.github.sfnunit.replay.ExecutionReplay;
import io.github.sfnunit.replay.InvalidHistoryException;
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
 * {@code sfn-unit replay DEFINITION --history HISTORY.json}: reruns a recorded execution with its input, start time
 * and task answers, and prints whether the rerun reproduces it. Exit 0 when it does, 1 when it diverges, 2 for
 * input that cannot be replayed.
 *
 * <pre>
 * aws stepfunctions get-execution-history --execution-arn ARN --output json &gt; history.json
 * sfn-unit replay order-flow.asl.json --history history.json --emit-test src/test/java/com/example
 * </pre>
 *
 * @since 0.1.0
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = "Rerun a recorded execution (aws stepfunctions get-execution-history) with its input and task"
                + " answers, and report whether it reproduces the recording.")
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DEFINITION", description = "The definition or template (JSON or YAML).")
    Path definitionFile;

    @Mixin
    DefinitionOptions definitionOptions = new DefinitionOptions();

    @Option(
            names = "--history",
            required = true,
            paramLabel = "FILE",
            description = "The execution's history: get-execution-history output (pages may follow each other).")
    Path historyFile;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
    String format = "text";

    @Option(
            names = "--input",
            paramLabel = "JSON|@FILE",
            description = "The input, for a history exported without execution data (default: the recorded one).")
    String input;

    @Option(
            names = "--start-time",
            paramLabel = "ISO",
            description = "The virtual start instant, for a history whose timestamps are not real.")
    Instant startTime;

    @Option(
            names = "--emit-test",
            paramLabel = "DIR",
            description = "Write a JUnit test class and its mock file that reproduce the execution here.")
    Path emitTest;

    @Option(names = "--test-class", paramLabel = "NAME", description = "The emitted test's class name.")
    String testClass;

    @Option(
            names = "--emit-mock-config",
            paramLabel = "FILE",
            description = "Write the task answers as a Step Functions Local MockConfigFile.json test case.")
    Path emitMockConfig;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean json = RunCommand.isJson(spec, format);
        ExecutionReplay replay;
        ExecutionRecording recording;
        StateMachineDefinition definition;
        try {
            definition = definitionOptions.loader().load(definitionFile);
            recording = ExecutionRecording.read(historyFile);
            if (input != null) {
                recording = recording.withInput(JsonCodec.read(RunCommand.readInput(input)));
            }
            ExecutionOptions.Builder options = definitionOptions.executionOptions();
            if (startTime != null) {
                options.startTime(startTime);
            }
            replay = ExecutionReplay.of(StateMachine.from(definition, options.build()), recording);
        } catch (InvalidHistoryException | InvalidDefinitionException | UnsupportedFeatureException e) {
            err.println("Cannot replay: " + e.getMessage());
            err.flush();
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("Cannot replay: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (json) {
            out.println(replay.toJson().toPrettyString());
        } else {
            out.println(replay.report());
        }
        if (emitMockConfig != null) {
            write(
                    emitMockConfig,
                    recording.mockConfig(machineName(), "Recorded").toPrettyString());
            out.println("Wrote " + emitMockConfig);
        }
        if (emitTest != null) {
            RegressionTestSource source =
                    new RegressionTestSource(className(), definitionFile, recording, replay, startTime, machineName());
            Files.createDirectories(emitTest);
            Path javaFile = emitTest.resolve(source.className() + ".java");
            Path mockFile = emitTest.resolve(source.mockFileName());
            write(mockFile, source.mockConfig());
            write(javaFile, source.javaSource(mockFile));
            out.println("Wrote " + javaFile + " and " + mockFile);
        }
        out.flush();
        return replay.reproduces() ? 0 : 1;
    }

    private String machineName() {
        String name = definitionFile.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private String className() {
        if (testClass != null) {
            return testClass;
        }
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        for (char c : machineName().toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
            name.insert(0, "Recorded");
        }
        return name + "RegressionTest";
    }

    private static void write(Path file, String text) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, text);
    }
}
