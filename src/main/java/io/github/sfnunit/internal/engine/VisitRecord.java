package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.StateType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the engine learns about one state visit while it runs; the root package reads it into the public {@code
 * StateVisit}. Only the engine changes it.
 */
public final class VisitRecord {

    private final String stateName;
    private final String statePath;
    private final StateType type;
    private final int sequence;
    private final Instant enteredTime;
    private final JsonNode input;
    /** Most visits have one attempt: sized for it and one retry. */
    private final List<Attempt> attempts = new ArrayList<>(2);

    private Instant exitedTime;
    private JsonNode output;
    private Caught caught;
    private String error;
    private String cause;
    private Map<String, JsonNode> variables = Map.of();
    private String next;
    private Integer choiceRule;
    private Instant abortedTime;

    /** One attempt of a Task, Parallel or Map state (see the public {@code StateVisit.Attempt}). */
    public record Attempt(
            int retryCount,
            Instant startedTime,
            Instant endedTime,
            String error,
            String cause,
            Integer retrierIndex,
            Duration retryDelay) {}

    /** The catcher that handled a state's error (see the public {@code StateVisit.CaughtError}). */
    public record Caught(String error, String cause, int catcherIndex, String next) {}

    VisitRecord(String stateName, String statePath, StateType type, int sequence, Instant enteredTime, JsonNode input) {
        this.stateName = stateName;
        this.statePath = statePath;
        this.type = type;
        this.sequence = sequence;
        this.enteredTime = enteredTime;
        this.input = input;
    }

    public String stateName() {
        return stateName;
    }

    public String statePath() {
        return statePath;
    }

    public StateType type() {
        return type;
    }

    public int sequence() {
        return sequence;
    }

    public Instant enteredTime() {
        return enteredTime;
    }

    public Instant exitedTime() {
        return exitedTime;
    }

    public JsonNode input() {
        return input;
    }

    public JsonNode output() {
        return output;
    }

    /** The attempts so far (a view). */
    public List<Attempt> attempts() {
        return attempts;
    }

    public Caught caught() {
        return caught;
    }

    public String error() {
        return error;
    }

    public String cause() {
        return cause;
    }

    public Map<String, JsonNode> variables() {
        return variables;
    }

    public String next() {
        return next;
    }

    /** The index of the Choice rule that matched, {@code null} for a Default or another state type. */
    public Integer choiceRule() {
        return choiceRule;
    }

    /**
     * When the state was stopped while it ran because a sibling Parallel branch or Map iteration failed (it neither
     * exited nor failed), else {@code null}.
     */
    public Instant abortedTime() {
        return abortedTime;
    }

    /** Whether the state was entered and has neither exited, failed nor been aborted yet. */
    boolean isOpen() {
        return exitedTime == null && error == null && abortedTime == null;
    }

    void aborted(Instant time) {
        this.abortedTime = time;
    }

    void attempt(Attempt attempt) {
        attempts.add(attempt);
    }

    void exited(Instant time, JsonNode output, String next, Map<String, JsonNode> variables) {
        this.exitedTime = time;
        this.output = output;
        this.next = next;
        this.variables = variables;
    }

    void choseRule(int index) {
        this.choiceRule = index;
    }

    void caught(Caught caught) {
        this.caught = caught;
    }

    void failed(String error, String cause, Map<String, JsonNode> variables) {
        this.error = error;
        this.cause = cause;
        this.variables = variables;
    }
}
