package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.internal.history.HistoryLane;
import io.github.sfnunit.internal.query.ContextObject;

/**
 * One thread of control of an execution: the root graph, a Parallel branch or a Map iteration. It enters one
 * state at a time and tells its {@link FiberListener} when its graph ends. Transitions go through the
 * scheduler, so a long chain of states never deepens the stack and sibling fibers interleave deterministically.
 */
final class Fiber {

    private final ExecutionRuntime execution;
    private final CompiledGraph graph;
    private final String pathPrefix;
    private final FiberListener listener;
    private final FiberVariables variables;
    private final ContextObject context;
    private final HistoryLane lane;
    private final Fiber parent;
    private final boolean childExecution;
    private boolean insideMapIteration;
    /** The number of kept visits when this fiber was made: its own visits come after. */
    private final int visitsBefore;

    private StateRun current;
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
        this(execution, graph, pathPrefix, listener, variables, context, lane, null, false);
    }

    /**
     * A child fiber: a Parallel branch, a Map iteration or a distributed Map's child execution. It ends with its
     * parent: once {@code parent} ended, this fiber enters no further state.
     *
     * @param childExecution true for a distributed Map's child execution, whose state visits are not part of the
     *     parent execution (as in AWS, where each child execution has its own history)
     */
    public Fiber(
            ExecutionRuntime execution,
            CompiledGraph graph,
            String pathPrefix,
            FiberListener listener,
            FiberVariables variables,
            ContextObject context,
            HistoryLane lane,
            Fiber parent,
            boolean childExecution) {
        this.execution = execution;
        this.graph = graph;
        this.pathPrefix = pathPrefix;
        this.listener = listener;
        this.variables = variables;
        this.context = context;
        this.lane = lane;
        this.parent = parent;
        this.childExecution = childExecution;
        this.insideMapIteration = parent != null && parent.insideMapIteration;
        this.visitsBefore = execution.visitCount();
    }

    /** Marks this fiber as an inline Map iteration: it and the fibers it starts are inside a Map iteration. */
    void markMapIteration() {
        insideMapIteration = true;
    }

    /** True for an inline Map iteration and every fiber started inside one (a Parallel branch in an item). */
    boolean isInsideMapIteration() {
        return insideMapIteration;
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
        return ended || (parent != null && parent.isEnded());
    }

    /** True for a distributed Map's child execution (see the constructor). */
    public boolean isChildExecution() {
        return childExecution;
    }

    /** The visit of the state this fiber is in (or last was in), {@code null} before the first. */
    public StateRun current() {
        return current;
    }

    public ExecutionRuntime execution() {
        return execution;
    }

    public CompiledGraph graph() {
        return graph;
    }

    /** The number of kept visits when this fiber was made: its own visits (and its children's) come after. */
    int visitsBefore() {
        return visitsBefore;
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
            if (!isEnded() && execution.isRunning()) {
                current = new StateRun(this, graph.state(stateName), input);
                current.begin();
            }
        });
    }

    /** The state {@code from} ended with {@code output}; go to {@code next}, or end the graph when it is null. */
    void transition(String next, JsonNode output) {
        if (isEnded()) {
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
        if (isEnded()) {
            return;
        }
        ended = true;
        listener.failed(error, cause);
    }
}
