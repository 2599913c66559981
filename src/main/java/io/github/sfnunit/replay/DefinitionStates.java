package io.github.sfnunit.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every state of a definition, at any depth (Parallel branches, Map processors), with its type. */
final class DefinitionStates {

    private final Map<String, String> types;

    private DefinitionStates(Map<String, String> types) {
        this.types = types;
    }

    static DefinitionStates of(JsonNode definition) {
        Map<String, String> types = new LinkedHashMap<>();
        collect(definition, types);
        return new DefinitionStates(types);
    }

    /** The state's type ({@code Task}, {@code Map}, ...), {@code null} when the definition has no such state. */
    String typeOf(String name) {
        return types.get(name);
    }

    /** For a message about a state the definition does not have: the states it has. */
    String suggestion(String name) {
        String list = String.join(", ", types.keySet());
        return " (it has " + (list.length() <= 200 ? list : list.substring(0, 199) + "\u2026") + ")";
    }

    private static void collect(JsonNode node, Map<String, String> types) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode states = node.get("States");
            if (states != null && states.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                states.properties().iterator();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> state = it.next();
                    types.putIfAbsent(
                            state.getKey(), state.getValue().path("Type").asText());
                }
            }
            node.forEach(child -> collect(child, types));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, types));
        }
    }
}
