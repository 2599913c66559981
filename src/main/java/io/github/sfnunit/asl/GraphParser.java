package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a set of states with a start (the top level, a Parallel branch, a Map item processor) and checks the
 * graph: StartAt and every transition name a state of the same graph, every state is reachable from StartAt, and
 * at least one state ends the graph.
 */
final class GraphParser {

    /** AWS limits state names to 80 characters. */
    static final int MAX_STATE_NAME_LENGTH = 80;

    private static final Set<String> TOP_LEVEL_FIELDS =
            Set.of("Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage");

    private final ParseContext context;

    GraphParser(ParseContext context) {
        this.context = context;
    }

    /**
     * @param fields the object holding StartAt and States (its other fields are the caller's business)
     * @param language the language inherited by the graph's states
     */
    StateGraph parse(Fields fields, QueryLanguage language) {
        String startAt = null;
        if (fields.require("StartAt", "the name of the first state")) {
            startAt = fields.string("StartAt");
        }
        String comment = fields.string("Comment");
        Map<String, State> states = new LinkedHashMap<>();
        Set<String> declared = new HashSet<>();
        List<String> declaredInOrder = new ArrayList<>();
        if (fields.require("States", "an object of state names to states")) {
            ObjectNode statesNode = fields.object("States");
            if (statesNode != null) {
                if (statesNode.isEmpty()) {
                    fields.error("States", "a state machine needs at least one state");
                }
                parseStates(fields, statesNode, language, states, declared, declaredInOrder);
            }
        }
        StateGraph graph = new StateGraph(startAt, states, language, comment, fields.pointer());
        checkGraph(fields, graph, declared, declaredInOrder);
        return graph;
    }

    private void parseStates(
            Fields fields,
            ObjectNode statesNode,
            QueryLanguage language,
            Map<String, State> states,
            Set<String> declared,
            List<String> declaredInOrder) {
        String statesPointer = fields.pointer("States");
        StateParser stateParser = new StateParser(context, this);
        Iterator<Map.Entry<String, JsonNode>> it = statesNode.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            String pointer = Json.child(statesPointer, name);
            JsonNode node = entry.getValue();
            if (!node.isObject()) {
                String hint = TOP_LEVEL_FIELDS.contains(name)
                        ? " (\"" + name + "\" is a field of the state machine or of a state, not a state: move it out"
                                + " of \"States\")"
                        : "";
                context.problems()
                        .add(pointer, name, "a state must be a JSON object, found " + Json.describe(node) + hint);
                continue;
            }
            declared.add(name);
            declaredInOrder.add(name);
            if (name.isEmpty() || name.length() > MAX_STATE_NAME_LENGTH) {
                context.problems()
                        .add(
                                pointer,
                                name,
                                "a state name must be 1 to " + MAX_STATE_NAME_LENGTH + " characters long, found "
                                        + name.length());
            }
            State state = stateParser.parse(new Fields((ObjectNode) node, pointer, name, context.problems()), language);
            if (state != null) {
                states.put(name, state);
            }
        }
    }

    private void checkGraph(Fields fields, StateGraph graph, Set<String> declared, List<String> declaredInOrder) {
        if (declared.isEmpty()) {
            return;
        }
        // One helper for every broken name: a big definition's names are indexed once, not scanned per name.
        Suggestions names = Suggestions.among(declaredInOrder);
        if (graph.startAt() != null && !declared.contains(graph.startAt())) {
            fields.error("StartAt", missingState(graph.startAt(), names));
        }
        for (State state : graph.states().values()) {
            for (Transition transition : transitions(state)) {
                if (!declared.contains(transition.target())) {
                    context.problems()
                            .add(transition.pointer(), state.name(), missingState(transition.target(), names));
                }
            }
        }
        boolean hasTerminal = graph.states().values().stream().anyMatch(State::isEnd);
        boolean allParsed = graph.states().size() == declared.size();
        if (!hasTerminal && allParsed) {
            fields.error(
                    "States",
                    "no terminal state: at least one state needs \"End\": true or must be a Succeed or Fail state");
        }
        if (graph.startAt() != null && declared.contains(graph.startAt()) && allParsed) {
            Set<String> reachable = reachable(graph);
            for (State state : graph.states().values()) {
                if (!reachable.contains(state.name())) {
                    context.problems()
                            .add(
                                    state.pointer(),
                                    state.name(),
                                    "state \"" + state.name() + "\" is not reachable: StartAt is \"" + graph.startAt()
                                            + "\" and no reachable state transitions to it");
                }
            }
        }
    }

    private static Set<String> reachable(StateGraph graph) {
        Set<String> seen = new HashSet<>();
        Deque<String> work = new ArrayDeque<>();
        work.add(graph.startAt());
        while (!work.isEmpty()) {
            String name = work.pop();
            State state = graph.state(name);
            if (state == null || !seen.add(name)) {
                continue;
            }
            for (Transition transition : transitions(state)) {
                work.add(transition.target());
            }
        }
        return seen;
    }

    /** Every state name {@code state} can go to, with the pointer of the field naming it. */
    static List<Transition> transitions(State state) {
        List<Transition> transitions = new ArrayList<>();
        if (state.next() != null) {
            transitions.add(new Transition(state.next(), Json.child(state.pointer(), "Next")));
        }
        if (state instanceof State.ChoiceState choice) {
            for (int i = 0; i < choice.choices().size(); i++) {
                String next = choice.choices().get(i).next();
                if (next != null) {
                    transitions.add(new Transition(
                            next, Json.child(Json.child(Json.child(state.pointer(), "Choices"), i), "Next")));
                }
            }
            if (choice.defaultState() != null) {
                transitions.add(new Transition(choice.defaultState(), Json.child(state.pointer(), "Default")));
            }
        }
        for (int i = 0; i < state.catchers().size(); i++) {
            String next = state.catchers().get(i).next();
            if (next != null) {
                transitions.add(new Transition(
                        next, Json.child(Json.child(Json.child(state.pointer(), "Catch"), i), "Next")));
            }
        }
        return transitions;
    }

    private static String missingState(String target, Suggestions declared) {
        return "state \"" + target + "\" does not exist" + declared.clause(target);
    }

    record Transition(String target, String pointer) {}
}
