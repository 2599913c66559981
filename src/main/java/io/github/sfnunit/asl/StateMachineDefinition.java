package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed and validated state machine definition.
 *
 * @param graph the top-level {@code StartAt} and {@code States}
 * @param timeoutSeconds the top-level {@code TimeoutSeconds}, {@code null} when absent
 * @param version the top-level {@code Version}, {@code null} when absent
 * @param source the definition exactly as loaded (after template substitutions), for reports
 * @since 0.1.0
 */
public record StateMachineDefinition(StateGraph graph, Integer timeoutSeconds, String version, JsonNode source) {

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
