package io.github.sfnunit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.replay.ExecutionRecording;
import io.github.sfnunit.replay.ExecutionReplay;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JUnit 5 test {@code replay --emit-test} writes: the recorded input and start time, the recorded task answers
 * as a Step Functions Local mock file (plus a stub for each attempt that timed out, which that format cannot say),
 * and assertions on what the execution did: status, error and cause or output, and the states entered.
 */
final class RegressionTestSource {

    private final String className;
    private final Path definitionFile;
    private final ExecutionRecording recording;
    private final ExecutionReplay replay;
    private final Instant startTime;
    private final String machine;

    RegressionTestSource(
            String className,
            Path definitionFile,
            ExecutionRecording recording,
            ExecutionReplay replay,
            Instant startTime,
            String machine) {
        this.className = className;
        this.definitionFile = definitionFile;
        this.recording = recording;
        this.replay = replay;
        this.startTime = recording.startTime() != null ? recording.startTime() : startTime;
        this.machine = machine;
    }

    String className() {
        return className;
    }

    String mockFileName() {
        return className + ".mock-config.json";
    }

    String mockConfig() {
        ObjectNode config = recording.mockConfig(machine, "Recorded");
        return config.toPrettyString() + "\n";
    }

    String javaSource(Path mockFile) {
        StringBuilder java = new StringBuilder();
        String packageName = packageOf(mockFile);
        java.append("// Written by `sfn-unit replay ")
                .append(definitionFile)
                .append(" --history ")
                .append(recording.source())
                .append(" --emit-test ...`: the recorded execution, rerun\n")
                .append(
                        "// with its input and task answers. It passes while the definition does what the recording did.\n");
        if (packageName != null) {
            java.append("package ").append(packageName).append(";\n\n");
        }
        java.append("import static io.github.sfnunit.assertions.SfnAssertions.assertThat;\n\n")
                .append("import io.github.sfnunit.Execution;\n")
                .append("import io.github.sfnunit.ExecutionOptions;\n")
                .append("import io.github.sfnunit.ExecutionStatus;\n")
                .append("import io.github.sfnunit.StateMachine;\n")
                .append("import io.github.sfnunit.asl.DefinitionLoader;\n")
                .append("import io.github.sfnunit.mock.TaskMocks;\n")
                .append("import java.nio.file.Path;\n")
                .append("import java.time.Instant;\n")
                .append("import org.assertj.core.api.Assertions;\n")
                .append("import org.junit.jupiter.api.Test;\n\n");
        java.append("class ").append(className).append(" {\n\n");
        java.append("    static final Path DEFINITION = Path.of(")
                .append(literal(slashes(definitionFile)))
                .append(");\n");
        java.append("    static final Path MOCKS = Path.of(")
                .append(literal(slashes(mockFile)))
                .append(");\n");
        java.append("    static final String INPUT = ")
                .append(literal(JsonCodec.write(recording.input())))
                .append(";\n\n");
        java.append("    @Test\n    void reproduces_the_recorded_execution() {\n");
        java.append("        TaskMocks mocks = TaskMocks.load(MOCKS, ")
                .append(literal(machine))
                .append(", \"Recorded\");\n");
        for (ExecutionRecording.UnansweredCall attempt : recording.unansweredCalls()) {
            java.append("        // ")
                    .append(attempt.stateName())
                    .append(" call #")
                    .append(attempt.invocationIndex())
                    .append(" (event ")
                    .append(attempt.scheduledEventId())
                    .append(") never answered: its TimeoutSeconds/HeartbeatSeconds fired\n");
            java.append("        mocks.forState(")
                    .append(literal(attempt.stateName()))
                    .append(").when(")
                    .append(literal("call #" + attempt.invocationIndex()))
                    .append(", call -> call.invocationIndex() == ")
                    .append(attempt.invocationIndex())
                    .append(").thenWaitForCallback();\n");
        }
        java.append("        ExecutionOptions.Builder options = ExecutionOptions.builder().taskHandler(mocks);\n");
        if (startTime != null) {
            java.append("        options.startTime(Instant.parse(")
                    .append(literal(startTime.toString()))
                    .append("));\n");
        }
        java.append("        Execution execution = StateMachine.from(DefinitionLoader.defaults().load(DEFINITION),"
                + " options.build())\n                .start(INPUT);\n\n");
        java.append(outcomeAssertion());
        java.append(pathAssertion());
        java.append("    }\n}\n");
        return java.toString();
    }

    private String outcomeAssertion() {
        ExecutionStatus status = recording.status();
        if (status == ExecutionStatus.SUCCEEDED) {
            return "        assertThat(execution).succeeded().hasOutput(" + literal(JsonCodec.write(recording.output()))
                    + ");\n";
        }
        if (status == ExecutionStatus.FAILED) {
            return "        assertThat(execution).failedWith("
                    + literal(recording.error())
                    + (recording.cause() == null ? "" : ", " + literal(recording.cause()))
                    + ");\n";
        }
        return "        assertThat(execution).hasStatus(ExecutionStatus." + status.name() + ");\n";
    }

    private String pathAssertion() {
        List<String> states = replay.execution()
                .map(Execution::statesEntered)
                .orElse(recording.statesEntered().stream()
                        .map(ExecutionRecording.EnteredState::name)
                        .toList());
        boolean concurrent = recording.statesEntered().stream()
                .anyMatch(s -> s.type().equals("Map") || s.type().equals("Parallel"));
        return "        Assertions.assertThat(execution.statesEntered())"
                + (concurrent ? ".containsExactlyInAnyOrder(" : ".containsExactly(")
                + states.stream().map(RegressionTestSource::literal).collect(Collectors.joining(", "))
                + ");\n";
    }

    /** The package a file under {@code src/test/java} belongs to, {@code null} elsewhere. */
    private static String packageOf(Path file) {
        String path = slashes(file.toAbsolutePath().normalize().getParent());
        int root = path.indexOf("src/test/java/");
        if (root < 0) {
            return null;
        }
        String pkg = path.substring(root + "src/test/java/".length()).replace('/', '.');
        return pkg.isEmpty() ? null : pkg;
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** A Java string literal. */
    static String literal(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        literal.append(String.format("\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }
}
