package io.github.sfnunit.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionLoader;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A recorded execution run again: the definition rerun with the recording's input and start time, every Task
 * answered as the recording says ({@link ExecutionRecording#taskAnswers()}), and the rerun compared with the
 * recording: same path (the states entered), status, error, cause and output. The first difference is the {@link
 * #divergence()}, with the recorded event it is at.
 *
 * <pre>{@code
 * ExecutionReplay replay = ExecutionReplay.of(Path.of("order-flow.asl.json"), Path.of("history.json"));
 * assertThat(replay).reproducesRecording();   // SfnAssertions
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExecutionReplay {

    private final ExecutionRecording recording;
    private final Execution execution;
    private final Divergence divergence;

    private ExecutionReplay(ExecutionRecording recording, Execution execution, Divergence divergence) {
        this.recording = recording;
        this.execution = execution;
        this.divergence = divergence;
    }

    /** Replays a history file against a definition file (JSON or YAML, loaded as {@link DefinitionLoader} does). */
    public static ExecutionReplay of(Path definition, Path history) {
        return of(StateMachine.from(DefinitionLoader.defaults().load(definition)), ExecutionRecording.read(history));
    }

    /** Replays a recording against a definition with default options. */
    public static ExecutionReplay of(StateMachineDefinition definition, ExecutionRecording recording) {
        return of(StateMachine.from(definition), recording);
    }

    /**
     * Replays a recording against a state machine. Its options stay, except that the recording answers the tasks
     * and, when the recording's timestamps are real, its start time is the execution's.
     *
     * @throws InvalidHistoryException when the recording enters a state the definition does not have
     */
    public static ExecutionReplay of(StateMachine stateMachine, ExecutionRecording recording) {
        recording.checkMatches(stateMachine.definition());
        ExecutionOptions.Builder options = stateMachine.options().toBuilder().taskHandler(recording.taskAnswers());
        if (recording.startTime() != null) {
            options.startTime(recording.startTime());
        }
        Execution execution;
        try {
            execution = stateMachine.withOptions(options.build()).start(recording.input());
        } catch (RuntimeException e) {
            return new ExecutionReplay(recording, null, ReplayComparison.notFinished(recording, e));
        }
        return new ExecutionReplay(recording, execution, ReplayComparison.compare(recording, execution));
    }

    /** The recording replayed. */
    public ExecutionRecording recording() {
        return recording;
    }

    /** The rerun; empty when it could not finish (see {@link #divergence()}). */
    public Optional<Execution> execution() {
        return Optional.ofNullable(execution);
    }

    /** {@code true} when the rerun reproduces the recording: same path, status, error, cause and output. */
    public boolean reproduces() {
        return divergence == null;
    }

    /** Where the rerun first differs from the recording; empty when it reproduces it. */
    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    /** The comparison as text: the recorded and rerun results and, if any, the divergence. */
    public String report() {
        StringBuilder text = new StringBuilder();
        text.append("Recorded: ")
                .append(summary(recording.status(), recording.output(), recording.error(), recording.cause()))
                .append(" (")
                .append(recording.events().size())
                .append(" events, ")
                .append(recording.statesEntered().size())
                .append(" states entered)\n");
        text.append("Rerun:    ");
        if (execution == null) {
            text.append("did not finish\n");
        } else {
            text.append(summary(execution.status(), execution.output(), execution.error(), execution.cause()))
                    .append('\n');
        }
        if (divergence == null) {
            text.append("Reproduces the recording: same path, status, ")
                    .append(recording.status() == ExecutionStatus.SUCCEEDED ? "output" : "error and cause")
                    .append('.');
        } else {
            text.append("Does not reproduce the recording: ").append(divergence.describe());
        }
        return text.toString();
    }

    /**
     * The comparison as JSON: {@code {"reproduces", "recorded": {...}, "rerun": {...}, "divergence": {...}}}, each
     * result as {@code {"status", "output", "error", "cause", "states"}}.
     */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("reproduces", reproduces());
        ObjectNode recorded = result(
                json.putObject("recorded"),
                recording.status(),
                recording.output(),
                recording.error(),
                recording.cause());
        ArrayNode recordedStates = recorded.putArray("states");
        recording.statesEntered().forEach(s -> recordedStates.add(s.name()));
        if (execution != null) {
            ObjectNode rerun = result(
                    json.putObject("rerun"),
                    execution.status(),
                    execution.output(),
                    execution.error(),
                    execution.cause());
            ArrayNode states = rerun.putArray("states");
            ReplayComparison.entered(execution).forEach(states::add);
        }
        if (divergence != null) {
            ObjectNode d = json.putObject("divergence");
            d.put("eventId", divergence.eventId());
            d.put("state", divergence.state());
            d.put("aspect", divergence.aspect());
            d.put("expected", divergence.expected());
            d.put("actual", divergence.actual());
            d.put("reason", divergence.reason());
        }
        return json;
    }

    private static ObjectNode result(
            ObjectNode into, ExecutionStatus status, JsonNode output, String error, String cause) {
        into.put("status", status.name());
        if (status == ExecutionStatus.SUCCEEDED) {
            into.set("output", output);
        } else {
            into.put("error", error);
            into.put("cause", cause);
        }
        return into;
    }

    private static String summary(ExecutionStatus status, JsonNode output, String error, String cause) {
        if (status == ExecutionStatus.SUCCEEDED) {
            return "SUCCEEDED with output " + ReplayComparison.shortText(JsonCodec.write(output));
        }
        return status + " with error " + error + (cause == null ? "" : ": " + ReplayComparison.shortText(cause));
    }
}
