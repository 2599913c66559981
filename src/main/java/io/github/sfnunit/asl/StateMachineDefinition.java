package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed and validated state machine definition.
 *
 * @param graph the top-level {@code StartAt} and {@code States}
 * @param timeoutSeconds the top-level {@code TimeoutSeconds}, {@code null} when absent
 * @param version the top-level {@code Version}, {@code null} when absent
 * @param source the definition exactly as loaded (after template substitutions), for reports
 * @param type the state machine type the definition was validated for: a template's own {@code Type} / {@code
 *     StateMachineType}, else the loader's or parser's
 * @param name the state machine's name when the definition says it (a template's {@code StateMachineName} / {@code
 *     Name}, else its logical id), {@code null} for a bare definition
 * @since 0.1.0
 */
public record StateMachineDefinition(
        StateGraph graph, Integer timeoutSeconds, String version, JsonNode source, StateMachineType type, String name) {

    public StateMachineDefinition {
        java.util.Objects.requireNonNull(type, "type");
    }

    /** A definition without a name of its own, validated for {@code STANDARD}. */
    public StateMachineDefinition(StateGraph graph, Integer timeoutSeconds, String version, JsonNode source) {
        this(graph, timeoutSeconds, version, source, StateMachineType.STANDARD, null);
    }

    /** This definition under {@code newName}. */
    StateMachineDefinition withName(String newName) {
        return new StateMachineDefinition(graph, timeoutSeconds, version, source, type, newName);
    }

    public String startAt() {
        return graph.startAt();
    }

    public QueryLanguage queryLanguage() {
        return graph.queryLanguage();
    }

    public String comment() {
        return graph.comment();
    }
}
