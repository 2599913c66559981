package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.StatesException;

/**
 * Map, inline and distributed: reads the items ({@link MapItemSource}), the concurrency and tolerance ({@link
 * MapLimits}), then lets a {@link MapRun} play the iterations out on the virtual clock. Inline iterations are
 * child fibers recorded in the execution's history; distributed iterations are child executions with their own
 * context and history ({@link DistributedMap}).
 */
final class MapExecutor implements StateExecutor {

    private final State.Map map;
    private final CompiledGraph processor;
    private final MapItemSource source;
    private final ItemBatches batches;

    MapExecutor(State.Map map, PlanCompiler compiler) {
        this.map = map;
        DistributedMap.checkSupported(map);
        this.processor = compiler.compileGraph(map.itemProcessor());
        this.source = new MapItemSource(map);
        this.batches = map.isDistributed() && map.itemBatcher() != null ? new ItemBatches(map) : null;
    }

    @Override
    public void attempt(StateRun run) {
        EvaluationContext context = run.context();
        JsonNode effectiveInput = source.effectiveInput(run, context);
        int maxConcurrency = MapLimits.maxConcurrency(map, run, run.rawInput(), context);
        MapItems items;
        try {
            items = source.items(run, effectiveInput, context);
        } catch (StatesException e) {
            if (!ErrorNames.QUERY_EVALUATION_ERROR.equals(e.error())) {
                throw e;
            }
            // AWS: EvaluationFailed, then MapStateFailed (unless retried), then the failure goes on.
            String cause = run.stateCause(e.error(), e.cause());
            run.recordEvaluationFailure(e, cause);
            if (!run.willRetry(e.error())) {
                run.fiber().lane().mapStateFailed(run.execution().now());
            }
            run.fail(e.error(), cause);
            return;
        }
        if (batches != null) {
            ArrayNode grouped = batches.group(run, source, effectiveInput, context, items);
            new MapRun(run, map, processor, null, maxConcurrency, effectiveInput, new MapItems(grouped, items.source()))
                    .start();
        } else {
            new MapRun(run, map, processor, source, maxConcurrency, effectiveInput, items).start();
        }
    }
}
