package io.github.sfnunit.internal.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A compiled set of states with a start: the top level, a Parallel branch or a Map item processor. Every {@code
 * Next} in it was resolved when it was compiled.
 */
record CompiledGraph(String startAt, Map<String, CompiledState> states) {

    public CompiledGraph {
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }

    /** The state named {@code name}; the plan guarantees it exists for every transition. */
    public CompiledState state(String name) {
        CompiledState state = states.get(name);
        if (state == null) {
            throw new IllegalStateException("No state named '" + name + "' in this graph");
        }
        return state;
    }
}
