package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.history.HistoryLane;
import io.github.sfnunit.internal.query.ContextObject;

/**
 * One thread of control of an execution: the root graph, a Parallel branch or a Map iteration. It enters one
 * state at a time and tells its {@link FiberListener} when its graph ends. Transitions go through the
 * scheduler, so a long chain of states never deepens the stack and sibling fibers interleave deterministically.
 */
public final class Fiber {

    private final ExecutionRuntime execution;
    private final CompiledGraph graph;
    private final String pathPrefix;
    private final FiberListener listener;
    private final FiberVariables variables;
    private final ContextObject context;
    private final HistoryLane lane;
    private boolean ended;

    /**
     * @param pathPrefix prepended to state names in {@code StateVisit.statePath}: {@code ""} for the root, e.g.
     *     {@code "Outer/Branch 0/"} for a branch
     * @param context the {@code $$} this fiber's states start from (the execution's, or with {@code Map.Item})
     * @param lane where this fiber's history events go
     */
    public Fiber(
            ExecutionRuntime execution,
            CompiledGraph graph,
            String pathPrefix,
            FiberListener listener,
            FiberVariables variables,
            ContextObject context,
            HistoryLane lane) {
        this.execution = execution;
        this.graph = graph;
        this.pathPrefix = pathPrefix;
        this.listener = listener;
        this.variables = variables;
        this.context = context;
        this.lane = lane;
    }

    /** Enters the graph's start state with {@code input}, at the current virtual time. */
    public void start(JsonNode input) {
        enter(graph.startAt(), input);
    }

    /** Stops this fiber: no further state is entered (its parent failed, or the execution ended). */
    public void cancel() {
        ended = true;
    }

    public boolean isEnded() {
        return ended;
    }

    public ExecutionRuntime execution() {
        return execution;
    }

    public CompiledGraph graph() {
        return graph;
    }

    public String pathPrefix() {
        return pathPrefix;
    }

    public FiberVariables variables() {
        return variables;
    }

    public HistoryLane lane() {
        return lane;
    }

    public ContextObject context() {
        return context;
    }

    void enter(String stateName, JsonNode input) {
        execution.scheduler().scheduleNow(() -> {
            if (!ended && execution.isRunning()) {
                new StateRun(this, graph.state(stateName), input).begin();
            }
        });
    }

    /** The state {@code from} ended with {@code output}; go to {@code next}, or end the graph when it is null. */
    void transition(String next, JsonNode output) {
        if (ended) {
            return;
        }
        if (next == null) {
            ended = true;
            listener.succeeded(output);
        } else {
            enter(next, output);
        }
    }

    /** A state failed and nothing caught it. */
    void fail(String error, String cause) {
        if (ended) {
            return;
        }
        ended = true;
        listener.failed(error, cause);
    }
}
