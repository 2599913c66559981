package io.github.sfnunit.asl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A set of states with a start: the top level of a definition, a Parallel branch, or a Map's item processor.
 *
 * @param states in definition order
 * @param queryLanguage the language inherited by states that do not set their own
 * @param pointer the JSON Pointer of this graph in the definition ({@code ""} for the top level)
 * @since 0.1.0
 */
public record StateGraph(
        String startAt, Map<String, State> states, QueryLanguage queryLanguage, String comment, String pointer) {

    public StateGraph {
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }

    /** The state named {@code name}, or {@code null}. */
    public State state(String name) {
        return states.get(name);
    }
}
