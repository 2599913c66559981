package io.github.sfnunit.internal.engine;

import io.github.sfnunit.asl.QueryLanguage;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.StateGraph;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiles a graph of states: one {@link StateExecutor} per state type and one {@link StateDataFlow} per query
 * language. Executors of nested graphs (Parallel branches, Map item processors) compile their graphs with
 * {@link #compileGraph}.
 */
final class PlanCompiler {

    /** Compiles every state of {@code graph}. */
    public CompiledGraph compileGraph(StateGraph graph) {
        Map<String, CompiledState> states = new LinkedHashMap<>();
        for (State state : graph.states().values()) {
            StateDataFlow dataFlow = dataFlowFor(state);
            states.put(state.name(), new CompiledState(state, executorFor(state), dataFlow));
        }
        return new CompiledGraph(graph.startAt(), states);
    }

    /** The executor for the state's type. */
    StateExecutor executorFor(State state) {
        if (state instanceof State.Pass pass) {
            return new PassExecutor(pass);
        }
        if (state instanceof State.Task task) {
            return new TaskExecutor(task);
        }
        if (state instanceof State.ChoiceState choice) {
            return new ChoiceExecutor(choice);
        }
        if (state instanceof State.Wait wait) {
            return new WaitExecutor(wait);
        }
        if (state instanceof State.Succeed) {
            return new SucceedExecutor();
        }
        if (state instanceof State.Fail fail) {
            return new FailExecutor(fail);
        }
        if (state instanceof State.Parallel parallel) {
            return new ParallelExecutor(parallel, this);
        }
        if (state instanceof State.Map map) {
            return new MapExecutor(map, this);
        }
        throw new UnsupportedFeatureException("State '" + state.name() + "' (" + state.pointer() + "): "
                + state.type().aslName() + " states are not supported yet");
    }

    /** The input/output processing for the state's query language. */
    StateDataFlow dataFlowFor(State state) {
        if (state.queryLanguage() == QueryLanguage.JSONPATH) {
            return new JsonPathDataFlow(state);
        }
        return new JsonataDataFlow(state);
    }
}
