package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.internal.history.HistoryLane;
import io.github.sfnunit.internal.query.ContextObject;
import io.github.sfnunit.internal.query.StatesException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One attempt of a Map state: starts iterations in item order, at most {@code maxConcurrency} at a time, collects their outputs in item order and ends the state when all ended or the failures exceed the
 * tolerance. Only running iterations are held: an ended iteration leaves nothing behind but its output, so a Map
 * over 100,000 items keeps memory bounded.
 */
final class MapRun implements FiberListener.Parent {

    /** AWS's error when more items failed than tolerated. */
    static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";

    /** AWS's cause for {@link #EXCEED_TOLERATED_FAILURE_THRESHOLD}. */
    static final String THRESHOLD_CAUSE = "The specified tolerated failure threshold was exceeded";

    private final StateRun run;
    private final State.Map map;
    private final CompiledGraph processor;
    private final MapItemSource source;
    private final int maxConcurrency;
    private MapLimits limits;
    private final DistributedMap distributed;
    private final HistoryLane lane;
    private final JsonNode effectiveInput;
    private final ArrayNode items;
    private final String itemSource;
    private final JsonNode[] results;
    private final ContextObject stateContext;
    private final Map<Integer, Iteration> running = new LinkedHashMap<>();
    private int next;
    private int ended;
    private long failures;
    private boolean finished;

    MapRun(
            StateRun run,
            State.Map map,
            CompiledGraph processor,
            MapItemSource source,
            int maxConcurrency,
            JsonNode effectiveInput,
            MapItems items) {
        this.run = run;
        this.map = map;
        this.processor = processor;
        this.source = source;
        this.maxConcurrency = maxConcurrency;
        this.effectiveInput = effectiveInput;
        this.items = items.items();
        this.itemSource = items.source();
        this.results = new JsonNode[this.items.size()];
        this.lane = run.fiber().lane();
        this.stateContext = run.fiber().context().enterState(map.name(), run.enteredTime());
        this.distributed = map.isDistributed() ? new DistributedMap(run, map) : null;
    }

    /** A running iteration: its fiber and history lane. */
    private record Iteration(int index, Fiber fiber, HistoryLane lane) {}

    void start() {
        lane.mapStateStarted(now(), items.size());
        try {
            limits = MapLimits.evaluate(map, run, run.rawInput(), run.context(), maxConcurrency);
        } catch (StatesException e) {
            run.fail(e);
            return;
        }
        if (distributed != null) {
            distributed.started(lane);
        }
        if (items.isEmpty()) {
            succeed();
            return;
        }
        startIterations();
    }

    private void startIterations() {
        while (!finished && running.size() < maxConcurrency && next < items.size()) {
            startIteration(next++);
        }
    }

    private void startIteration(int index) {
        JsonNode item = items.get(index);
        JsonNode input;
        try {
            input = source == null ? item : source.select(run, effectiveInput, stateContext, index, item, itemSource);
            run.execution().payloadLimit().checkStateInput(input, map.name());
        } catch (StatesException e) {
            fail(null, e.error(), run.stateCause(e.error(), e.cause()));
            return;
        }
        Fiber parent = run.fiber();
        HistoryLane iterationLane;
        ContextObject context;
        String prefix;
        if (distributed != null) {
            iterationLane = distributed.childLane();
            context = distributed.childContext(index, input);
            prefix = parent.pathPrefix() + map.name() + "/Execution " + index + "/";
        } else {
            iterationLane = lane.mapIterationStarted(now(), map.name(), index);
            context = parent.context().withoutMapItem();
            prefix = parent.pathPrefix() + map.name() + "/Item " + index + "/";
        }
        Fiber fiber = new Fiber(
                run.execution(),
                processor,
                prefix,
                FiberListener.child(this, index),
                new FiberVariables(parent.variables()),
                context,
                iterationLane,
                parent,
                distributed != null);
        fiber.markMapIteration();
        Iteration iteration = new Iteration(index, fiber, iterationLane);
        running.put(index, iteration);
        if (distributed != null) {
            distributed.childStarted(index, input);
        }
        fiber.start(input);
    }

    @Override
    public void childSucceeded(int index, JsonNode output) {
        Iteration iteration = running.remove(index);
        if (iteration == null || finished || run.isDone()) {
            return;
        }
        results[index] = output;
        ended++;
        if (distributed == null) {
            lane.mapIterationSucceeded(now(), iteration.lane(), map.name(), index);
        } else {
            distributed.childSucceeded(index, output);
        }
        continueOrFinish();
    }

    @Override
    public void childFailed(int index, String error, String cause) {
        Iteration iteration = running.remove(index);
        if (iteration == null || finished || run.isDone()) {
            return;
        }
        ended++;
        failures++;
        ObjectNode errorOutput = run.execution().json().objectNode();
        errorOutput.put("Error", error);
        errorOutput.put("Cause", cause);
        results[index] = errorOutput;
        if (distributed == null) {
            lane.mapIterationFailed(now(), iteration.lane(), map.name(), index);
        } else {
            distributed.childFailed(index, error, cause);
        }
        if (limits.exceeded(failures, items.size())) {
            if (limits.hasTolerance() || distributed != null) {
                fail(iteration, EXCEED_TOLERATED_FAILURE_THRESHOLD, THRESHOLD_CAUSE);
            } else {
                fail(iteration, error, cause);
            }
            return;
        }
        continueOrFinish();
    }

    private void continueOrFinish() {
        if (ended == items.size()) {
            succeed();
        } else {
            startIterations();
        }
    }

    private void succeed() {
        finished = true;
        ArrayNode output = run.execution().json().arrayNode(results.length);
        for (JsonNode result : results) {
            output.add(result);
        }
        JsonNode result = output;
        if (distributed != null) {
            try {
                result = distributed.succeeded(lane, output);
            } catch (StatesException e) {
                fail(null, e.error(), run.stateCause(e.error(), e.cause()));
                return;
            }
        }
        lane.mapStateSucceeded(now());
        run.succeed(result, map.next());
    }

    /** Ends the attempt with {@code error}; {@code failed} is the iteration that caused it, if any. */
    private void fail(Iteration failed, String error, String cause) {
        finished = true;
        for (Iteration iteration : running.values()) {
            FiberAbort.abort(iteration.fiber());
            if (distributed == null) {
                lane.mapIterationAborted(now(), iteration.lane(), map.name(), iteration.index());
            }
        }
        running.clear();
        if (failed != null && distributed == null) {
            lane.continueFrom(failed.lane());
        }
        if (distributed != null) {
            distributed.failed(lane, error, cause);
        }
        if (!run.willRetry(error)) {
            lane.mapStateFailed(now());
        }
        run.fail(error, cause);
    }

    private java.time.Instant now() {
        return run.execution().now();
    }
}
