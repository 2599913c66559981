package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.JsonataReferences;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the variables page that span fields and scopes, checked over the parsed graphs:
 *
 * <ul>
 *   <li>{@code $states.result} is read only in the {@code Output} and {@code Assign} of a Task, Map or Parallel
 *       state, and {@code $states.errorOutput} only in the {@code Output} and {@code Assign} of a {@code Catch}
 *       ("Attempting to access $states.result or $states.errorOutput in fields and states where they are not
 *       accessible will be caught at creation");
 *   <li>a variable assigned in a Parallel branch or a Map's item processor cannot have the name of one assigned in
 *       an enclosing scope ("a variable assigned in an inner scope cannot have the same name as one assigned in an
 *       outer scope"). A {@code Catch}'s {@code Assign} belongs to the scope of its state.
 * </ul>
 *
 * <p>AWS publishes the rules but not its error texts: the messages here are sfn-unit's.
 */
final class ScopeRules {

    private static final Set<StateType> WITH_RESULT = Set.of(StateType.TASK, StateType.MAP, StateType.PARALLEL);
    private static final Set<String> NESTED_GRAPHS = Set.of("Branches", "ItemProcessor", "Iterator");

    private final JsonNode definition;
    private final Problems problems;

    private ScopeRules(JsonNode definition, Problems problems) {
        this.definition = definition;
        this.problems = problems;
    }

    /** Adds a problem for each reference and each assignment that breaks a rule in {@code graph}. */
    static void check(StateGraph graph, JsonNode definition, Problems problems) {
        ScopeRules rules = new ScopeRules(definition, problems);
        rules.checkStatesReferences(graph);
        rules.checkScope(graph, Map.of());
    }

    private void checkStatesReferences(StateGraph graph) {
        for (State state : graph.states().values()) {
            if (state.queryLanguage() == QueryLanguage.JSONATA) {
                JsonNode body = definition.at(state.pointer());
                Iterator<Map.Entry<String, JsonNode>> fields = body.properties().iterator();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String name = field.getKey();
                    String pointer = Json.child(state.pointer(), name);
                    if (name.equals("Catch") && field.getValue().isArray()) {
                        for (int i = 0; i < field.getValue().size(); i++) {
                            JsonNode catcher = field.getValue().get(i);
                            Iterator<Map.Entry<String, JsonNode>> catcherFields =
                                    catcher.properties().iterator();
                            while (catcherFields.hasNext()) {
                                Map.Entry<String, JsonNode> catcherField = catcherFields.next();
                                boolean errorOutput = catcherField.getKey().equals("Output")
                                        || catcherField.getKey().equals("Assign");
                                walk(
                                        catcherField.getValue(),
                                        Json.child(Json.child(pointer, i), catcherField.getKey()),
                                        state,
                                        false,
                                        errorOutput);
                            }
                        }
                    } else if (!NESTED_GRAPHS.contains(name)) {
                        boolean result =
                                WITH_RESULT.contains(state.type()) && (name.equals("Output") || name.equals("Assign"));
                        walk(field.getValue(), pointer, state, result, false);
                    }
                }
            }
            forEachNested(state, this::checkStatesReferences);
        }
    }

    /** Checks every {@code {% %}} string inside {@code value}. */
    private void walk(JsonNode value, String pointer, State state, boolean result, boolean errorOutput) {
        if (Json.isJsonata(value)) {
            Set<String> read = JsonataReferences.statesFields(Json.jsonataBody(value.textValue()));
            if (!result && read.contains("result")) {
                problems.add(
                        pointer,
                        state.name(),
                        "$states.result is not accessible here: it is read only in the Output and Assign of a"
                                + " Task, Map or Parallel state");
            }
            if (!errorOutput && read.contains("errorOutput")) {
                problems.add(
                        pointer,
                        state.name(),
                        "$states.errorOutput is not accessible here: it is read only in the Output and Assign of a"
                                + " Catch");
            }
        } else if (value.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> entry = it.next();
                walk(entry.getValue(), Json.child(pointer, entry.getKey()), state, result, errorOutput);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                walk(value.get(i), Json.child(pointer, i), state, result, errorOutput);
            }
        }
    }

    /**
     * Checks the assignments of {@code graph} against {@code outer} (variable name to where an enclosing scope
     * assigns it), then the graphs nested in it against both.
     */
    private void checkScope(StateGraph graph, Map<String, String> outer) {
        Map<String, String> scope = new HashMap<>(outer);
        for (State state : graph.states().values()) {
            assigned(state.dataFlow().assign(), Json.child(state.pointer(), "Assign"), state, outer, scope);
            if (state instanceof State.ChoiceState choice) {
                List<Choice> choices = choice.choices();
                for (int i = 0; i < choices.size(); i++) {
                    String pointer = Json.child(Json.child(Json.child(state.pointer(), "Choices"), i), "Assign");
                    assigned(choices.get(i).assign(), pointer, state, outer, scope);
                }
            }
            List<Catcher> catchers = state.catchers();
            for (int i = 0; i < catchers.size(); i++) {
                String pointer = Json.child(Json.child(Json.child(state.pointer(), "Catch"), i), "Assign");
                assigned(catchers.get(i).assign(), pointer, state, outer, scope);
            }
        }
        for (State state : graph.states().values()) {
            forEachNested(state, nested -> checkScope(nested, scope));
        }
    }

    private void assigned(
            JsonNode assign, String pointer, State state, Map<String, String> outer, Map<String, String> scope) {
        if (assign == null || !assign.isObject()) {
            return;
        }
        Iterator<String> keys = assign.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            String variable = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
            String outerAssignment = outer.get(variable);
            if (outerAssignment != null) {
                problems.add(
                        Json.child(pointer, key),
                        state.name(),
                        "variable \"" + variable + "\" is already assigned in an outer scope (at " + outerAssignment
                                + "): a variable assigned inside a Parallel branch or a Map cannot have the name of"
                                + " one assigned outside it");
            } else {
                scope.putIfAbsent(variable, Json.child(pointer, key));
            }
        }
    }

    private static void forEachNested(State state, java.util.function.Consumer<StateGraph> action) {
        if (state instanceof State.Parallel parallel) {
            parallel.branches().forEach(action);
        } else if (state instanceof State.Map map && map.itemProcessor() != null) {
            action.accept(map.itemProcessor());
        }
    }
}
