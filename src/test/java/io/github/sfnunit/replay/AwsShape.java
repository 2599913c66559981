package io.github.sfnunit.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.history.HistoryEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a history of the shared corpus (an array of events, payloads as JSON values, placeholder timestamps) into
 * what {@code aws stepfunctions get-execution-history} prints: {@code {"events": [...], "nextToken": "..."}} pages
 * written one after another, payloads and JSON causes as JSON text, timestamps as epoch seconds.
 */
final class AwsShape {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PAYLOADS = Set.of("input", "output", "parameters");

    private AwsShape() {}

    /** The pages, {@code pageSize} events each, concatenated as text. */
    static String pages(JsonNode normalised, Instant time, int pageSize) throws Exception {
        // the cause texts AWS wrote, where the corpus stored a JSON cause parsed (the replay recovers them alike)
        List<HistoryEvent> read = HistoryReader.read(JSON.writeValueAsString(normalised), "corpus");
        StringBuilder text = new StringBuilder();
        ArrayNode page = JSON.createArrayNode();
        int pageNumber = 0;
        boolean renumber = false;
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < normalised.size(); i++) {
            JsonNode id = normalised.get(i).path("id");
            renumber |= !id.isNumber();
            if (id.isNumber()) {
                positions.put(id.asLong(), i + 1);
            }
        }
        for (int i = 0; i < normalised.size(); i++) {
            ObjectNode event = event(normalised.get(i), i + 1, time, renumber ? positions : null);
            JsonNode details = detailsOf(event);
            JsonNode storedCause = detailsOf((ObjectNode) normalised.get(i)) == null
                    ? null
                    : detailsOf((ObjectNode) normalised.get(i)).get("cause");
            if (details instanceof ObjectNode object && storedCause != null && !storedCause.isTextual()) {
                object.put("cause", RecordedTasks.causeText(read.get(i), read));
            }
            page.add(event);
            if (page.size() == pageSize || i == normalised.size() - 1) {
                ObjectNode document = JSON.createObjectNode();
                document.set("events", page);
                if (i < normalised.size() - 1) {
                    document.put("nextToken", "page-" + ++pageNumber);
                }
                text.append(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document))
                        .append('\n');
                page = JSON.createArrayNode();
            }
        }
        return text.toString();
    }

    private static JsonNode detailsOf(ObjectNode event) {
        for (Iterator<Map.Entry<String, JsonNode>> it = event.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().endsWith("EventDetails")) {
                return field.getValue();
            }
        }
        return null;
    }

    private static ObjectNode event(JsonNode recorded, int position, Instant time, Map<Long, Integer> positions) {
        ObjectNode event = recorded.deepCopy();
        if (positions != null) {
            // the corpus masks ids whose order AWS does not fix (and drops events so masked); AWS numbers all
            event.put("id", position);
            event.put(
                    "previousEventId",
                    positions.getOrDefault(event.path("previousEventId").asLong(), 0));
        }
        event.put("timestamp", BigDecimal.valueOf(time.toEpochMilli(), 3));
        for (Iterator<Map.Entry<String, JsonNode>> it = event.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().endsWith("EventDetails") && field.getValue() instanceof ObjectNode details) {
                asText(details);
            }
        }
        return event;
    }

    /**
     * A value as AWS's JSON text. The corpus keeps some payloads as the JSON text AWS sent (and a cause as the text
     * it is): such text stays as it is.
     */
    private static String jsonText(JsonNode value, boolean isCause) {
        if (value.isTextual() && (isCause || isJson(value.textValue()))) {
            return value.textValue();
        }
        return value.toString();
    }

    private static boolean isJson(String text) {
        try {
            return JSON.readTree(text) != null;
        } catch (Exception notJson) {
            return false;
        }
    }

    private static void asText(ObjectNode details) {
        for (Iterator<Map.Entry<String, JsonNode>> it = details.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (PAYLOADS.contains(name) || name.equals("cause")) {
                field.setValue(JSON.getNodeFactory().textNode(jsonText(value, name.equals("cause"))));
            } else if (name.equals("assignedVariables") && value instanceof ObjectNode variables) {
                variables
                        .properties()
                        .iterator()
                        .forEachRemaining(v -> v.setValue(
                                JSON.getNodeFactory().textNode(v.getValue().toString())));
            }
        }
    }
}
