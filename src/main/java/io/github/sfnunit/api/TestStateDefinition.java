package io.github.sfnunit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.StateGraph;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.ValidationError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * TestState's {@code definition}: a whole state machine with {@code stateName}, or one state, which is validated
 * as the only state of a machine (named {@value #SINGLE_STATE}) whose other states are the targets of its {@code
 * Next}, {@code Default} and {@code Catch} (so that a state may point anywhere, as on AWS). Problems are AWS's
 * {@code InvalidDefinition}, with JSON Pointers into the definition as given.
 */
record TestStateDefinition(StateMachineDefinition definition, String stateName) {

    /** The name a single state's definition is tested under ({@code $$.State.Name}). */
    static final String SINGLE_STATE = "TestState";

    static TestStateDefinition read(String text, String stateName) {
        if (stateName != null) {
            return new TestStateDefinition(parse(text), stateName);
        }
        JsonNode state;
        try {
            state = Wire.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return new TestStateDefinition(parse(text), SINGLE_STATE); // the parser's own message for bad JSON
        }
        if (!(state instanceof ObjectNode object)) {
            throw invalid(List.of(new ValidationError("", null, "A state definition must be a JSON object")));
        }
        if (object.has("States") && !object.has("Type")) {
            throw invalid(List.of(new ValidationError(
                    "", null, "This is a whole state machine: give stateName, the name of the state to test in it")));
        }
        ObjectNode machine = Wire.object().put("StartAt", SINGLE_STATE);
        ObjectNode states = machine.putObject("States");
        states.set(SINGLE_STATE, object);
        for (String target : targets(object)) {
            if (!target.equals(SINGLE_STATE)) {
                states.putObject(target).put("Type", "Succeed");
            }
        }
        try {
            return new TestStateDefinition(new DefinitionParser().parse(machine), SINGLE_STATE);
        } catch (InvalidDefinitionException e) {
            List<ValidationError> errors = new ArrayList<>();
            String prefix = "/States/" + SINGLE_STATE;
            for (ValidationError error : e.errors()) {
                String pointer = error.pointer().startsWith(prefix)
                        ? error.pointer().substring(prefix.length())
                        : error.pointer();
                errors.add(new ValidationError(pointer, error.stateName(), error.message()));
            }
            throw invalid(errors);
        }
    }

    /** Whether the tested state is a Task (AWS then wants a {@code roleArn}, unless it is mocked). */
    boolean testsATask() {
        return find(definition.graph()) instanceof State.Task;
    }

    private State find(StateGraph graph) {
        if (graph.state(stateName) != null) {
            return graph.state(stateName);
        }
        for (State each : graph.states().values()) {
            List<StateGraph> inside = each instanceof State.Parallel parallel
                    ? parallel.branches()
                    : each instanceof State.Map map ? List.of(map.itemProcessor()) : List.of();
            for (StateGraph nested : inside) {
                State found = find(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The states a single state may go to: {@code Next}, {@code Default}, each rule's and catcher's {@code Next}. */
    private static Set<String> targets(ObjectNode state) {
        Set<String> targets = new LinkedHashSet<>();
        addText(targets, state.get("Next"));
        addText(targets, state.get("Default"));
        for (String list : List.of("Choices", "Catch")) {
            JsonNode entries = state.get(list);
            if (entries != null && entries.isArray()) {
                entries.forEach(entry -> addText(targets, entry.get("Next")));
            }
        }
        return targets;
    }

    private static void addText(Set<String> targets, JsonNode value) {
        if (value != null && value.isTextual() && !value.textValue().isEmpty()) {
            targets.add(value.textValue());
        }
    }

    private static StateMachineDefinition parse(String text) {
        try {
            return new DefinitionParser().parse(text);
        } catch (InvalidDefinitionException e) {
            throw invalid(e.errors());
        }
    }

    private static ApiException invalid(List<ValidationError> errors) {
        return new ApiException("InvalidDefinition", StateMachineOperations.invalidDefinitionMessage(errors));
    }
}
