package io.github.sfnunit.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads history as AWS's GetExecutionHistory JSON: {@code {"events": [{"timestamp": ..., "type": ...,
 * "id": ..., "previousEventId": ..., "<detailsKey>": {...}}, ...]}}.
 *
 * <pre>{@code
 * String json = HistoryJson.write(execution.history(), TimestampStyle.CLI);
 * // {"events":[{"timestamp":"2025-01-01T00:00:00.000000+00:00","type":"ExecutionStarted","id":1,...}, ...]}
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HistoryJson {

    /**
     * How timestamps are written. AWS keeps milliseconds.
     *
     * @since 0.1.0
     */
    public enum TimestampStyle {
        /** As the AWS CLI prints them: {@code 2025-01-01T00:00:00.123000+00:00}. */
        CLI,
        /** As the service's wire format: seconds since the epoch, {@code 1735689600.123}. */
        EPOCH_SECONDS
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter CLI_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private HistoryJson() {}

    /** The events as one line of JSON, timestamps in {@link TimestampStyle#CLI} style. */
    public static String write(List<HistoryEvent> events) {
        return write(events, TimestampStyle.CLI);
    }

    /** The events as one line of JSON. */
    public static String write(List<HistoryEvent> events, TimestampStyle style) {
        return toText(toJson(events, style), false);
    }

    /** The events as indented JSON, as {@code aws stepfunctions get-execution-history} prints them. */
    public static String writePretty(List<HistoryEvent> events, TimestampStyle style) {
        return toText(toJson(events, style), true);
    }

    /** The {@code {"events": [...]}} object. */
    public static ObjectNode toJson(List<HistoryEvent> events, TimestampStyle style) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode array = root.putArray("events");
        for (HistoryEvent event : events) {
            array.add(toJson(event, style));
        }
        return root;
    }

    /** One event as AWS shows it. */
    public static ObjectNode toJson(HistoryEvent event, TimestampStyle style) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        Instant millis = event.timestamp().truncatedTo(ChronoUnit.MILLIS);
        if (style == TimestampStyle.CLI) {
            node.put("timestamp", CLI_FORMAT.format(millis.atOffset(ZoneOffset.UTC)));
        } else {
            node.put("timestamp", BigDecimal.valueOf(millis.toEpochMilli(), 3));
        }
        node.put("type", event.type());
        node.put("id", event.id());
        node.put("previousEventId", event.previousEventId());
        if (event.detailsKey() != null) {
            node.set(
                    event.detailsKey(),
                    event.details() == null ? JsonNodeFactory.instance.objectNode() : event.details());
        }
        return node;
    }

    /**
     * Reads GetExecutionHistory JSON ({@code {"events": [...]}} or a bare array) with timestamps in either style.
     *
     * @throws IllegalArgumentException naming the event (as a JSON Pointer) that does not have AWS's shape
     */
    public static List<HistoryEvent> read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("History JSON is not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode array = root.isArray() ? root : root.path("events");
        String base = root.isArray() ? "" : "/events";
        if (!array.isArray()) {
            throw new IllegalArgumentException("History JSON: expected {\"events\": [...]} or an array of events");
        }
        List<HistoryEvent> events = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            events.add(readEvent(array.get(i), base + "/" + i));
        }
        return events;
    }

    private static HistoryEvent readEvent(JsonNode node, String pointer) {
        if (!node.isObject()
                || !node.path("type").isTextual()
                || !node.path("id").canConvertToLong()) {
            throw new IllegalArgumentException(
                    "History JSON " + pointer + ": expected an event object with \"type\", \"id\" and \"timestamp\"");
        }
        String detailsKey = null;
        ObjectNode details = null;
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().endsWith("EventDetails") && field.getValue().isObject()) {
                detailsKey = field.getKey();
                details = (ObjectNode) field.getValue();
            }
        }
        return new HistoryEvent(
                node.get("id").asLong(),
                node.path("previousEventId").asLong(0),
                readTimestamp(node.path("timestamp"), pointer + "/timestamp"),
                node.get("type").asText(),
                detailsKey,
                details);
    }

    private static Instant readTimestamp(JsonNode timestamp, String pointer) {
        if (timestamp.isNumber()) {
            BigDecimal seconds = timestamp.decimalValue();
            return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
        }
        try {
            return OffsetDateTime.parse(timestamp.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "History JSON " + pointer + ": expected an ISO-8601 timestamp with"
                            + " offset or epoch seconds, but was " + timestamp,
                    e);
        }
    }

    private static String toText(JsonNode node, boolean pretty) {
        try {
            return pretty
                    ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node)
                    : JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
