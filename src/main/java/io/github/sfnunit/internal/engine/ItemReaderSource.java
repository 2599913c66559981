package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.ItemReader;
import io.github.sfnunit.asl.QueryLanguage;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.PayloadTemplate;
import io.github.sfnunit.internal.query.StatesException;
import io.github.sfnunit.mock.TaskHandler;
import io.github.sfnunit.mock.TaskInvocation;
import io.github.sfnunit.mock.TaskOutcome;
import io.github.sfnunit.mock.UnmockedTaskException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A distributed Map's {@code ItemReader}. There is no S3 in a test: the reader's content comes from the test's
 * {@link TaskHandler}, asked as for a Task of the Map state, with the reader's {@code Resource} and its evaluated
 * {@code Parameters} (or {@code Arguments}). A mock keyed by the Map state's name (or by the reader's resource)
 * answers with what S3 would return:
 *
 * <ul>
 *   <li>{@code s3:getObject}: the object's text (JSON, JSON Lines or CSV per {@code ReaderConfig.InputType}), a
 *       {@code {"Body": ...}} response, or a JSON array directly;
 *   <li>{@code s3:listObjectsV2}: a ListObjectsV2 response whose {@code Contents} are the items.
 * </ul>
 *
 * <p>{@code ReaderConfig.MaxItems} (and {@code MaxItemsPath}) keep the first items only. S3 inventory manifests
 * are not supported and fail when the state machine is compiled.
 */
final class ItemReaderSource {

    static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
    private static final String GET_OBJECT = "arn:aws:states:::s3:getObject";
    private static final String LIST_OBJECTS = "arn:aws:states:::s3:listObjectsV2";
    private static final Set<String> INPUT_TYPES = Set.of("JSON", "JSONL", "CSV");

    private final State.Map map;
    private final ItemReader reader;
    private final JsonNode config;
    private final PayloadTemplate parameters;

    ItemReaderSource(State.Map map) {
        this.map = map;
        this.reader = map.itemReader();
        this.config = reader.readerConfig() == null ? JsonNodeFactory.instance.objectNode() : reader.readerConfig();
        this.parameters = reader.parameters() == null
                ? null
                : PayloadTemplate.compile(reader.parameters(), map.pointer() + "/ItemReader/Parameters");
    }

    /** Fails with a clear message for the readers sfn-unit cannot play. */
    static void checkSupported(State.Map map) {
        ItemReader reader = map.itemReader();
        if (reader == null) {
            return;
        }
        String at = "State '" + map.name() + "' (" + map.pointer() + "/ItemReader): ";
        String resource = reader.resource();
        if (!GET_OBJECT.equals(resource) && !LIST_OBJECTS.equals(resource)) {
            throw new UnsupportedFeatureException(at + "Distributed Map ItemReader resource '" + resource
                    + "' is not supported yet; supported: " + GET_OBJECT + " and " + LIST_OBJECTS);
        }
        JsonNode config = reader.readerConfig();
        String inputType = config == null ? null : config.path("InputType").asText(null);
        if (GET_OBJECT.equals(resource)) {
            if (inputType == null || !INPUT_TYPES.contains(inputType)) {
                throw new UnsupportedFeatureException(at + "Distributed Map ItemReader with InputType " + inputType
                        + " is not supported yet; supported with s3:getObject: JSON, JSONL, CSV");
            }
        } else if (config != null
                && "LOAD_AND_FLATTEN".equals(config.path("Transformation").asText())) {
            throw new UnsupportedFeatureException(at + "Distributed Map ItemReader with Transformation"
                    + " LOAD_AND_FLATTEN over s3:listObjectsV2 is not supported yet; the mock answers with one"
                    + " listing, not each object's content");
        } else if (inputType != null && !"CSV".equals(inputType) && !"JSON".equals(inputType)) {
            throw new UnsupportedFeatureException(at + "Distributed Map ItemReader with InputType " + inputType
                    + " over s3:listObjectsV2 is not supported yet");
        }
    }

    /** Asks the task handler for the reader's content and turns it into the items. */
    MapItems read(StateRun run, JsonNode effectiveInput, EvaluationContext context) {
        JsonNode request = request(run.dataFlow(), run.rawInput(), effectiveInput, context);
        ExecutionRuntime execution = run.execution();
        TaskInvocation invocation = new TaskInvocation(
                map.name(),
                run.fiber().pathPrefix() + map.name(),
                reader.resource(),
                request,
                run.retryCount(),
                execution.recordInvocationIndex(map.name()),
                execution.now(),
                context.contextObject(),
                null);
        execution.recordInvocation(invocation);
        TaskHandler handler = execution.options().taskHandler();
        if (handler == null) {
            throw new UnmockedTaskException("Map state '" + map.name() + "' reads its items from '"
                    + reader.resource() + "', but no task handler is configured: mock the Map state by name to give"
                    + " the reader's content");
        }
        TaskOutcome outcome = handler.invoke(invocation);
        if (outcome instanceof TaskOutcome.Failed failed) {
            throw new StatesException(failed.error(), failed.cause());
        }
        if (!(outcome instanceof TaskOutcome.Succeeded succeeded)) {
            throw new UnsupportedFeatureException("Map state '" + map.name()
                    + "': a pending outcome for an ItemReader is not supported; return the reader's content");
        }
        return new MapItems(items(succeeded.result(), run.dataFlow(), effectiveInput, context), source(request));
    }

    /**
     * {@code $$.Map.Item.Source} of the items read with {@code request}: the object's Amazon S3 URI for {@code
     * s3:getObject}, the bucket's for {@code s3:listObjectsV2}. The context object page writes the scheme {@code
     * S3://}, as here.
     */
    private String source(JsonNode request) {
        String uri = "S3://" + request.path("Bucket").asText();
        return LIST_OBJECTS.equals(reader.resource())
                ? uri
                : uri + "/" + request.path("Key").asText();
    }

    /** The items in what the reader's call answered, up to {@code MaxItems}. */
    private ArrayNode items(JsonNode result, StateDataFlow flow, JsonNode effectiveInput, EvaluationContext context) {
        ArrayNode items = LIST_OBJECTS.equals(reader.resource()) ? listing(result) : objectContent(result);
        return limit(items, maxItems(flow, effectiveInput, context));
    }

    /**
     * The items in {@code data}, the source's content as it is stored (TestState's {@code mapItemReaderData}): an
     * object's text for {@code s3:getObject}, the listing's JSON for {@code s3:listObjectsV2}. A JSONata state's
     * effective input is its raw input.
     */
    MapItems itemsFromData(String data, StateDataFlow flow, JsonNode effectiveInput, EvaluationContext context) {
        JsonNode result =
                LIST_OBJECTS.equals(reader.resource()) ? parse(data) : JsonNodeFactory.instance.textNode(data);
        return new MapItems(
                items(result, flow, effectiveInput, context),
                source(request(flow, effectiveInput, effectiveInput, context)));
    }

    /** The reader's evaluated {@code Parameters} (over the effective input) or {@code Arguments} (the raw input). */
    private JsonNode request(
            StateDataFlow flow, JsonNode rawInput, JsonNode effectiveInput, EvaluationContext context) {
        if (map.queryLanguage() == QueryLanguage.JSONATA) {
            JsonNode arguments = reader.arguments() == null
                    ? null
                    : flow.field("Arguments", reader.arguments(), null, rawInput, context);
            return arguments == null ? JsonNodeFactory.instance.objectNode() : arguments;
        }
        return parameters == null
                ? JsonNodeFactory.instance.objectNode()
                : parameters.evaluate(effectiveInput, context);
    }

    private ArrayNode listing(JsonNode result) {
        if (!result.isArray() && !result.isObject()) {
            throw readerFailed("the s3:listObjectsV2 result must be a ListObjectsV2 response {\"Contents\": [...]},"
                    + " but was " + shortText(result));
        }
        JsonNode contents = result.isArray() ? result : result.path("Contents");
        if (contents.isMissingNode()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!contents.isArray()) {
            throw readerFailed("the s3:listObjectsV2 result's Contents is not an array: " + shortText(contents));
        }
        return (ArrayNode) contents;
    }

    private ArrayNode objectContent(JsonNode result) {
        JsonNode body = result.isObject() && result.has("Body") ? result.get("Body") : result;
        String inputType = config.path("InputType").asText();
        if (body.isArray() && "JSON".equals(inputType)) {
            return pointed(body);
        }
        if (!body.isTextual()) {
            throw readerFailed("the s3:getObject content for InputType " + inputType
                    + " must be the object's text, but was " + shortText(body));
        }
        String text = body.textValue();
        return switch (inputType) {
            case "JSON" -> pointed(parse(text));
            case "JSONL" -> jsonLines(text);
            case "CSV" -> csv(text);
            default -> throw new UnsupportedFeatureException("ItemReader InputType " + inputType);
        };
    }

    /** {@code ReaderConfig.ItemsPointer}: the array inside a JSON document. */
    private ArrayNode pointed(JsonNode document) {
        String pointer = config.path("ItemsPointer").asText("");
        JsonNode items = pointer.isEmpty() ? document : document.at(pointer);
        if (!items.isArray()) {
            throw readerFailed("the JSON content" + (pointer.isEmpty() ? "" : " at " + pointer) + " is not an array: "
                    + shortText(items));
        }
        return (ArrayNode) items;
    }

    private ArrayNode jsonLines(String text) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                items.add(parse(line));
            }
        }
        return items;
    }

    private ArrayNode csv(String text) {
        List<List<String>> rows = CsvRows.parse(text, delimiter());
        List<String> headers;
        int first = 0;
        String location = config.path("CSVHeaderLocation").asText("FIRST_ROW");
        if ("GIVEN".equals(location)) {
            headers = JsonCodec.mapper()
                    .convertValue(
                            config.path("CSVHeaders"),
                            JsonCodec.mapper().getTypeFactory().constructCollectionType(List.class, String.class));
        } else {
            if (rows.isEmpty()) {
                return JsonNodeFactory.instance.arrayNode();
            }
            headers = rows.get(0);
            first = 1;
        }
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (int r = first; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            ObjectNode item = items.addObject();
            for (int c = 0; c < headers.size(); c++) {
                item.put(headers.get(c), c < row.size() ? row.get(c) : "");
            }
        }
        return items;
    }

    private char delimiter() {
        String delimiter = config.path("CSVDelimiter").asText("COMMA");
        return switch (delimiter.toUpperCase(Locale.ROOT)) {
            case "COMMA" -> ',';
            case "PIPE" -> '|';
            case "SEMICOLON" -> ';';
            case "SPACE" -> ' ';
            case "TAB" -> '\t';
            default ->
                throw new UnsupportedFeatureException("Map state '" + map.name() + "': CSVDelimiter " + delimiter
                        + " is not supported; use COMMA, PIPE, SEMICOLON, SPACE or TAB");
        };
    }

    private Long maxItems(StateDataFlow flow, JsonNode effectiveInput, EvaluationContext context) {
        JsonNode literal = config.get("MaxItems");
        String path = config.path("MaxItemsPath").asText(null);
        JsonNode value = flow.field("MaxItemsPath", literal, path, effectiveInput, context);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || value.longValue() < 0) {
            throw new StatesException(
                    ErrorNames.RUNTIME,
                    "The MaxItems field of the ItemReader must be a non-negative integer, but was "
                            + JsonCodec.write(value));
        }
        return value.longValue() == 0 ? null : value.longValue();
    }

    private static ArrayNode limit(ArrayNode items, Long maxItems) {
        if (maxItems == null || items.size() <= maxItems) {
            return items;
        }
        ArrayNode first = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < maxItems; i++) {
            first.add(items.get(i));
        }
        return first;
    }

    private JsonNode parse(String text) {
        try {
            return JsonCodec.read(text);
        } catch (JsonProcessingException e) {
            throw readerFailed("the content is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private StatesException readerFailed(String reason) {
        return new StatesException(ITEM_READER_FAILED, "Map state '" + map.name() + "' ItemReader: " + reason);
    }

    private static String shortText(JsonNode value) {
        String text = JsonCodec.write(value);
        return text.length() <= 100 ? text : text.substring(0, 99) + "\u2026";
    }
}
