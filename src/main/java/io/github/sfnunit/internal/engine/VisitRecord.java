package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.StateVisit;
import io.github.sfnunit.asl.StateType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the engine learns about one state visit while it runs; becomes a {@link StateVisit} at the end. */
final class VisitRecord {

    private final String stateName;
    private final String statePath;
    private final StateType type;
    private final int sequence;
    private final Instant enteredTime;
    private final JsonNode input;
    private final List<StateVisit.Attempt> attempts = new ArrayList<>();
    private Instant exitedTime;
    private JsonNode output;
    private StateVisit.CaughtError caught;
    private String error;
    private String cause;
    private Map<String, JsonNode> variables = Map.of();
    private String next;

    VisitRecord(String stateName, String statePath, StateType type, int sequence, Instant enteredTime, JsonNode input) {
        this.stateName = stateName;
        this.statePath = statePath;
        this.type = type;
        this.sequence = sequence;
        this.enteredTime = enteredTime;
        this.input = input;
    }

    String stateName() {
        return stateName;
    }

    /** Whether the state was entered and has neither exited nor failed yet. */
    boolean isOpen() {
        return exitedTime == null && error == null;
    }

    void attempt(StateVisit.Attempt attempt) {
        attempts.add(attempt);
    }

    void exited(Instant time, JsonNode output, String next, Map<String, JsonNode> variables) {
        this.exitedTime = time;
        this.output = output;
        this.next = next;
        this.variables = variables;
    }

    void caught(StateVisit.CaughtError caught) {
        this.caught = caught;
    }

    void failed(String error, String cause, Map<String, JsonNode> variables) {
        this.error = error;
        this.cause = cause;
        this.variables = variables;
    }

    StateVisit toStateVisit() {
        return new StateVisit(
                stateName,
                statePath,
                type,
                sequence,
                enteredTime,
                exitedTime,
                input,
                output,
                attempts,
                caught,
                error,
                cause,
                variables,
                next);
    }
}
