package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.ItemBatcher;
import io.github.sfnunit.asl.QueryLanguage;
import io.github.sfnunit.asl.SizeLimits;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.internal.query.ContextObject;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.PayloadTemplate;
import io.github.sfnunit.internal.query.StatesException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * A distributed Map's {@code ItemBatcher}: groups the (selected) items into child execution inputs {@code
 * {"BatchInput": ..., "Items": [...]}}, each with at most {@code MaxItemsPerBatch} items and at most {@code
 * MaxInputBytesPerBatch} bytes of JSON, in item order.
 */
final class ItemBatches {

    /** AWS's ceiling of a batch's size, and the default of MaxInputBytesPerBatch: 256 KiB. */
    static final long MAX_BATCH_BYTES = SizeLimits.MAX_PAYLOAD_BYTES;

    private final State.Map map;
    private final ItemBatcher batcher;
    private final PayloadTemplate batchInput;

    ItemBatches(State.Map map) {
        this.map = map;
        this.batcher = map.itemBatcher();
        this.batchInput = batcher.batchInput() == null || map.queryLanguage() == QueryLanguage.JSONATA
                ? null
                : PayloadTemplate.compile(batcher.batchInput(), map.pointer() + "/ItemBatcher/BatchInput");
    }

    /** The batches of {@code items}, each item first passed through the Map's {@code ItemSelector}. */
    ArrayNode group(
            StateRun run, MapItemSource source, JsonNode effectiveInput, EvaluationContext context, MapItems items) {
        ContextObject stateContext = run.fiber().context().enterState(map.name(), run.enteredTime());
        return group(
                run.dataFlow(),
                run.rawInput(),
                effectiveInput,
                context,
                items.items().size(),
                i -> source.select(
                        run, effectiveInput, stateContext, i, items.items().get(i), items.source()));
    }

    /**
     * The batches of {@code count} items, item {@code i} being {@code selected.apply(i)} (called in order, as the
     * batches fill).
     */
    ArrayNode group(
            StateDataFlow flow,
            JsonNode rawInput,
            JsonNode effectiveInput,
            EvaluationContext context,
            int count,
            IntFunction<JsonNode> selected) {
        long maxItems = limit(flow.field(
                "MaxItemsPerBatchPath", batcher.maxItemsPerBatch(), batcher.maxItemsPerBatchPath(), rawInput, context));
        long maxBytes = Math.min(
                MAX_BATCH_BYTES,
                limit(flow.field(
                        "MaxInputBytesPerBatchPath",
                        batcher.maxInputBytesPerBatch(),
                        batcher.maxInputBytesPerBatchPath(),
                        rawInput,
                        context)));
        JsonNode shared = sharedInput(flow, rawInput, effectiveInput, context);
        long sharedBytes = shared == null ? 0 : bytes(shared);
        ArrayNode batches = JsonNodeFactory.instance.arrayNode();
        ArrayNode current = null;
        long currentBytes = 0;
        for (int i = 0; i < count; i++) {
            JsonNode item = selected.apply(i);
            long itemBytes = bytes(item) + 1;
            if (sharedBytes + itemBytes > maxBytes) {
                throw new StatesException(
                        ErrorNames.RUNTIME,
                        "Item " + i + " does not fit in a batch of at most " + maxBytes
                                + " bytes (MaxInputBytesPerBatch)");
            }
            if (current == null || current.size() >= maxItems || sharedBytes + currentBytes + itemBytes > maxBytes) {
                ObjectNode batch = batches.addObject();
                if (shared != null) {
                    batch.set("BatchInput", shared);
                }
                current = batch.putArray("Items");
                currentBytes = 0;
            }
            current.add(item);
            currentBytes += itemBytes;
        }
        return batches;
    }

    private JsonNode sharedInput(
            StateDataFlow flow, JsonNode rawInput, JsonNode effectiveInput, EvaluationContext context) {
        if (batcher.batchInput() == null) {
            return null;
        }
        if (batchInput != null) {
            return batchInput.evaluate(effectiveInput, context);
        }
        return flow.field("BatchInput", batcher.batchInput(), null, rawInput, context);
    }

    private static long limit(JsonNode value) {
        if (value == null || value.isNull()) {
            return Long.MAX_VALUE;
        }
        if (!value.isIntegralNumber() || value.longValue() < 1) {
            throw new StatesException(
                    ErrorNames.RUNTIME,
                    "An ItemBatcher limit must be a positive integer, but was " + JsonCodec.write(value));
        }
        return value.longValue();
    }

    private static long bytes(JsonNode value) {
        return JsonCodec.write(value).getBytes(StandardCharsets.UTF_8).length;
    }
}
