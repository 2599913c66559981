package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.internal.query.VariableScope;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workflow variables of one fiber. A child fiber (a Parallel branch, a Map iteration) sees its parent's
 * variables and keeps its own assignments. Changed only through {@link #assign(Map)}, which the engine calls in
 * one place: when a state (or a catcher) is left.
 */
final class FiberVariables implements VariableScope {

    private final FiberVariables parent;
    private final Map<String, JsonNode> values = new LinkedHashMap<>();

    public FiberVariables(FiberVariables parent) {
        this.parent = parent;
    }

    @Override
    public JsonNode lookup(String name) {
        JsonNode value = values.get(name);
        if (value == null && parent != null) {
            return parent.lookup(name);
        }
        return value;
    }

    /** Sets the variables of {@code assignments} in this fiber's scope. */
    public void assign(Map<String, JsonNode> assignments) {
        values.putAll(assignments);
    }

    /** The variables visible here (the parent's, overridden by this fiber's), in assignment order. */
    public Map<String, JsonNode> snapshot() {
        if (isEmpty()) {
            // The common case (no Assign anywhere): no copy per state visit.
            return Map.of();
        }
        Map<String, JsonNode> all = parent == null ? new LinkedHashMap<>() : new LinkedHashMap<>(parent.snapshot());
        all.putAll(values);
        return all;
    }

    private boolean isEmpty() {
        return values.isEmpty() && (parent == null || parent.isEmpty());
    }

    public FiberVariables parent() {
        return parent;
    }
}
