package io.github.sfnunit.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.replay.internal.JsonComparison;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares a rerun with its recording, in the order things happened: path, then status, error, cause, output. */
final class ReplayComparison {

    private static final String NOTHING = "(nothing: the path ends)";

    private ReplayComparison() {}

    static Divergence compare(ExecutionRecording recording, Execution execution) {
        Divergence path = path(recording, entered(execution));
        if (path != null) {
            return path;
        }
        HistoryEvent end = recording.last();
        String lastState = recording.statesEntered().isEmpty()
                ? null
                : recording
                        .statesEntered()
                        .get(recording.statesEntered().size() - 1)
                        .name();
        if (recording.status() != execution.status()) {
            String actual = execution.status()
                    + (execution.status() == ExecutionStatus.SUCCEEDED
                            ? " with output " + shortText(JsonCodec.write(execution.output()))
                            : " with error " + execution.error() + ": " + shortText(String.valueOf(execution.cause())));
            String reason = recording.status() == ExecutionStatus.ABORTED
                    ? "the recorded execution was stopped (StopExecution); a rerun runs to its end"
                    : "the rerun ended " + execution.status() + " where the recording ended " + recording.status();
            return new Divergence(end.id(), lastState, "status", String.valueOf(recording.status()), actual, reason);
        }
        if (execution.status() != ExecutionStatus.SUCCEEDED) {
            if (!Objects.equals(recording.error(), execution.error())) {
                return new Divergence(
                        end.id(),
                        lastState,
                        "error",
                        String.valueOf(recording.error()),
                        String.valueOf(execution.error()),
                        "the rerun failed with another error");
            }
            if (!sameCause(recording.cause(), execution.cause())) {
                return new Divergence(
                        end.id(),
                        lastState,
                        "cause",
                        String.valueOf(recording.cause()),
                        String.valueOf(execution.cause()),
                        "the rerun failed with the same error but another cause");
            }
            return null;
        }
        String difference = JsonComparison.firstDifference(recording.output(), execution.output(), "");
        if (difference != null) {
            return new Divergence(
                    end.id(),
                    lastState,
                    "output",
                    shortText(String.valueOf(recording.output())),
                    shortText(JsonCodec.write(execution.output())),
                    "the outputs differ at " + difference);
        }
        return null;
    }

    /** The rerun could not finish: a Task call without a recorded answer, a callback nobody sends, a crash. */
    static Divergence notFinished(ExecutionRecording recording, RuntimeException e) {
        return new Divergence(
                recording.last().id(),
                null,
                "run",
                recording.status() + " (event " + recording.last().id() + " "
                        + recording.last().type() + ")",
                "no end: " + e.getClass().getSimpleName(),
                "the rerun could not finish: " + e.getMessage());
    }

    /** The names of the states the rerun entered, in the order of its history (all levels). */
    static List<String> entered(Execution execution) {
        if (execution.history().isEmpty()) {
            return execution.statesEntered();
        }
        List<String> names = new ArrayList<>();
        for (HistoryEvent event : execution.history()) {
            if (event.type().endsWith("StateEntered")) {
                names.add(Recordings.text(event.details(), "name"));
            }
        }
        return names;
    }

    private static Divergence path(ExecutionRecording recording, List<String> actual) {
        List<ExecutionRecording.EnteredState> recorded = recording.statesEntered();
        int common = Math.min(recorded.size(), actual.size());
        int at = 0;
        while (at < common && recorded.get(at).name().equals(actual.get(at))) {
            at++;
        }
        if (at == recorded.size() && at == actual.size()) {
            return null;
        }
        boolean concurrent = recorded.stream()
                .anyMatch(s -> s.type().equals("Map") || s.type().equals("Parallel"));
        if (concurrent) {
            Map<String, Integer> counts = new HashMap<>();
            recorded.forEach(s -> counts.merge(s.name(), 1, Integer::sum));
            actual.forEach(name -> counts.merge(name, -1, Integer::sum));
            counts.values().removeIf(count -> count == 0);
            if (counts.isEmpty()) {
                // Map iterations and Parallel branches interleave; the same states were entered as often
                return null;
            }
        }
        long eventId = at < recorded.size()
                ? recorded.get(at).eventId()
                : recording.last().id();
        String expected = at < recorded.size() ? recorded.get(at).name() : NOTHING;
        String got = at < actual.size() ? actual.get(at) : NOTHING;
        String reason;
        if (at >= recorded.size()) {
            reason = "the rerun went on to state '" + got + "' after the recording's last state";
        } else if (at >= actual.size()) {
            reason = "the rerun stopped before entering state '" + expected + "' (state " + (at + 1)
                    + " of the recorded path)";
        } else {
            reason = "the rerun entered state '" + got + "' where the recording entered '" + expected + "' (state "
                    + (at + 1) + " of the path)";
        }
        return new Divergence(eventId, at < recorded.size() ? expected : null, "path", expected, got, reason);
    }

    private static boolean sameCause(String recorded, String actual) {
        if (Objects.equals(recorded, actual)) {
            return true;
        }
        if (recorded == null || actual == null) {
            return false;
        }
        JsonNode a = Recordings.decoded(recorded);
        JsonNode b = Recordings.decoded(actual);
        return (a.isContainerNode() && b.isContainerNode()) && JsonComparison.firstDifference(a, b, "") == null;
    }

    static String shortText(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "\u2026";
    }
}
