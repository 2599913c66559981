package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.internal.history.HistoryLane;
import java.util.List;

/** One attempt of a Parallel state: its branch fibers, their outputs and the state's history events. */
final class ParallelRun implements FiberListener.Parent {

    private final StateRun run;
    private final State.Parallel parallel;
    private final List<CompiledGraph> branches;
    private final HistoryLane lane;
    private final JsonNode[] outputs;
    private final Fiber[] fibers;
    private final HistoryLane[] lanes;
    private int remaining;
    private boolean finished;

    ParallelRun(StateRun run, State.Parallel parallel, List<CompiledGraph> branches) {
        this.run = run;
        this.parallel = parallel;
        this.branches = branches;
        this.lane = run.fiber().lane();
        this.outputs = new JsonNode[branches.size()];
        this.fibers = new Fiber[branches.size()];
        this.lanes = new HistoryLane[branches.size()];
        this.remaining = branches.size();
    }

    void start(JsonNode input) {
        ExecutionRuntime execution = run.execution();
        lane.parallelStateStarted(execution.now());
        Fiber parent = run.fiber();
        String prefix = parent.pathPrefix() + parallel.name() + "/Branch ";
        for (int i = 0; i < fibers.length; i++) {
            int index = i;
            lanes[i] = lane.branch();
            fibers[i] = new Fiber(
                    execution,
                    branches.get(i),
                    prefix + i + "/",
                    FiberListener.child(this, index),
                    new FiberVariables(parent.variables()),
                    parent.context().withoutMapItem(),
                    lanes[i],
                    parent,
                    false);
        }
        if (fibers.length == 0) {
            finish(lane);
            return;
        }
        for (Fiber fiber : fibers) {
            fiber.start(input);
        }
    }

    @Override
    public void childSucceeded(int index, JsonNode output) {
        if (finished || run.isDone()) {
            return;
        }
        outputs[index] = output;
        if (--remaining == 0) {
            finish(lanes[index]);
        }
    }

    private void finish(HistoryLane lastBranch) {
        finished = true;
        ArrayNode result = run.execution().json().arrayNode(outputs.length);
        for (JsonNode output : outputs) {
            result.add(output);
        }
        lane.parallelStateSucceeded(run.execution().now(), lastBranch);
        run.succeed(result, parallel.next());
    }

    @Override
    public void childFailed(int index, String error, String cause) {
        if (finished || run.isDone()) {
            return;
        }
        finished = true;
        for (int i = 0; i < fibers.length; i++) {
            if (i != index) {
                FiberAbort.abort(fibers[i]);
            }
        }
        if (run.willRetry(error)) {
            lane.continueFrom(lanes[index]);
        } else {
            lane.parallelStateFailed(run.execution().now(), lanes[index]);
        }
        run.fail(error, cause);
    }
}
