package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfnunit.asl.QueryLanguage;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.internal.query.ContextObject;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.JsonPathExpression;
import io.github.sfnunit.internal.query.PayloadTemplate;
import io.github.sfnunit.internal.query.StatesException;

/**
 * Where a Map's items come from and what each iteration receives, compiled once. JSONPath: {@code InputPath},
 * then {@code ItemsPath}, then {@code ItemSelector} (or the legacy {@code Parameters}) per item with {@code
 * $$.Map.Item}. JSONata: {@code Items} (the raw input when absent), then {@code ItemSelector} through the state's
 * {@link StateDataFlow}. A distributed Map with an {@code ItemReader} reads its items through {@link
 * ItemReaderSource}.
 */
final class MapItemSource {

    private final State.Map map;
    private final boolean jsonata;
    private final JsonPathExpression inputPath;
    private final JsonPathExpression itemsPath;
    private final PayloadTemplate selector;
    private final ItemReaderSource reader;

    MapItemSource(State.Map map) {
        this.map = map;
        this.jsonata = map.queryLanguage() == QueryLanguage.JSONATA;
        String input = map.dataFlow().inputPath();
        this.inputPath = jsonata || input == null ? null : JsonPathExpression.compile(input);
        this.itemsPath = jsonata ? null : JsonPathExpression.compile(map.itemsPath());
        this.selector = jsonata || map.itemSelector() == null
                ? null
                : PayloadTemplate.compile(
                        map.itemSelector(), map.pointer() + (map.legacyIterator() ? "/Parameters" : "/ItemSelector"));
        this.reader = map.itemReader() == null ? null : new ItemReaderSource(map);
    }

    /** What the Map works on: JSONPath applies {@code InputPath} ({@code null}: {@code {}}); JSONata the raw input. */
    JsonNode effectiveInput(StateRun run, EvaluationContext context) {
        if (jsonata) {
            return run.rawInput();
        }
        return inputPath == null ? run.execution().json().objectNode() : inputPath.read(run.rawInput(), context);
    }

    /** The items to iterate over and their source; fails as AWS does when they are not an array. */
    MapItems items(StateRun run, JsonNode effectiveInput, EvaluationContext context) {
        if (reader != null) {
            return reader.read(run, effectiveInput, context);
        }
        return new MapItems(stateItems(run, effectiveInput, context), ContextObject.STATE_DATA);
    }

    private ArrayNode stateItems(StateRun run, JsonNode effectiveInput, EvaluationContext context) {
        if (jsonata) {
            if (map.items() == null) {
                return requireArray(
                        run.rawInput(),
                        ErrorNames.QUERY_EVALUATION_ERROR,
                        "Map state input must be an array but was: " + run.rawInput());
            }
            JsonNode items = run.dataFlow().field("Items", map.items(), null, run.rawInput(), context);
            if (items instanceof ArrayNode array) {
                return array;
            }
            throw new StatesException(ErrorNames.QUERY_EVALUATION_ERROR, unexpectedItems(items), "Items");
        }
        JsonNode items = itemsPath.read(effectiveInput, context);
        return requireArray(
                items,
                ErrorNames.RUNTIME,
                "The ItemsPath field refers to value " + JsonCodec.write(items) + " which is not a valid array: "
                        + map.itemsPath());
    }

    private String unexpectedItems(JsonNode items) {
        String text = map.items().isTextual() ? map.items().textValue().trim() : JsonCodec.write(map.items());
        if (text.startsWith("{%") && text.endsWith("%}")) {
            text = text.substring(2, text.length() - 2).trim();
        }
        return "The JSONata expression '" + text + "' specified for the field 'Items' returned an unexpected result"
                + " type. Expected 'array', but was '" + typeName(items) + "' for value: " + JsonCodec.write(items);
    }

    private static String typeName(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "null";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isTextual()) {
            return "string";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return value.isObject() ? "object" : value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static ArrayNode requireArray(JsonNode value, String error, String cause) {
        if (value instanceof ArrayNode array) {
            return array;
        }
        throw new StatesException(error, cause);
    }

    /** Whether iterations need {@link #select}: without a selector an iteration's input is its item. */
    boolean hasSelector() {
        return map.itemSelector() != null;
    }

    /**
     * The input of iteration {@code index}: the item, or the {@code ItemSelector} evaluated with {@code
     * $$.Map.Item.Index}, {@code .Value} and {@code .Source}.
     *
     * @param stateContext the Map state's {@code $$} (with its {@code State} part)
     * @param source where the items were read ({@link MapItems#source()})
     */
    JsonNode select(
            StateRun run,
            JsonNode effectiveInput,
            ContextObject stateContext,
            int index,
            JsonNode item,
            String source) {
        if (!hasSelector()) {
            return item;
        }
        EvaluationContext context = new EvaluationContext(
                stateContext.withMapItem(index, item, source).toJson(),
                run.fiber().variables(),
                run.execution().queryRandom());
        if (jsonata) {
            return run.dataFlow().field("ItemSelector", map.itemSelector(), null, run.rawInput(), context);
        }
        return selector.evaluate(effectiveInput, context);
    }
}
