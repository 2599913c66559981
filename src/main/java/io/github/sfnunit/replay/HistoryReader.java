package io.github.sfnunit.replay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.history.HistoryEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the shapes a GetExecutionHistory document comes in: AWS's page ({@code {"events": [...], "nextToken"}}),
 * several pages one after another (or in an array), a bare array of events (the console's export and the shared
 * corpus), events in reverse order ({@code --reverse-order}); payloads as JSON text or as values; timestamps as
 * epoch seconds, ISO-8601 text or placeholders (read as unknown). Checks that the events are one whole execution,
 * in order.
 */
final class HistoryReader {

    private static final Set<String> END_TYPES =
            Set.of("ExecutionSucceeded", "ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted");
    private static final String EXPORT_HINT = "export a Standard execution's history with `aws stepfunctions"
            + " get-execution-history --execution-arn ARN --output json > history.json`";

    private HistoryReader() {}

    static List<HistoryEvent> read(String text, String source) {
        List<JsonNode> documents = new ArrayList<>();
        try (JsonParser parser = JsonCodec.DEFAULTS.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                documents.add(JsonCodec.value(parser, token));
            }
        } catch (JsonProcessingException | RuntimeException e) {
            String detail = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new InvalidHistoryException(0, source + ": not valid JSON: " + detail);
        } catch (IOException e) {
            throw new InvalidHistoryException(0, source + ": cannot be read: " + e.getMessage());
        }
        if (documents.isEmpty()) {
            throw new InvalidHistoryException(
                    0,
                    source + ": empty; expected a GetExecutionHistory document (" + "{\"events\": [...]}); "
                            + EXPORT_HINT);
        }
        List<JsonNode> raw = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            collect(documents.get(d), documents.size() == 1 ? "" : "document " + (d + 1) + " ", raw, source);
        }
        List<HistoryEvent> events = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            events.add(event(raw.get(i), i + 1, source));
        }
        if (events.size() > 1
                && events.get(0).id() > events.get(events.size() - 1).id()) {
            Collections.reverse(events); // read with --reverse-order
        }
        checkOrder(
                events, source, raw.stream().anyMatch(node -> !node.path("id").canConvertToLong()));
        return List.copyOf(events);
    }

    private static void collect(JsonNode document, String where, List<JsonNode> into, String source) {
        if (document.isObject() && document.has("events")) {
            JsonNode events = document.get("events");
            if (!events.isArray()) {
                throw new InvalidHistoryException(
                        0, source + ": " + where + "/events: expected an array of history events");
            }
            events.forEach(into::add);
        } else if (document.isArray() && document.size() > 0 && document.get(0).has("events")) {
            document.forEach(page -> collect(page, where, into, source));
        } else if (document.isArray()) {
            document.forEach(into::add);
        } else if (isExpressLogRecord(document)) {
            into.add(document);
        } else {
            throw new InvalidHistoryException(
                    0,
                    source + ": " + where + "is not an execution history: expected {\"events\": [...]} (one page or"
                            + " several) or an array of events; " + EXPORT_HINT);
        }
    }

    /**
     * One event. An {@code id} that is a placeholder rather than a number (the shared corpus masks the ids of
     * events whose order AWS does not fix, such as interleaved Parallel branches) is the event's position.
     */
    private static HistoryEvent event(JsonNode node, long position, String source) {
        if (isExpressLogRecord(node)) {
            throw new InvalidHistoryException(
                    0,
                    source + ": this is an Express execution's log (CloudWatch Logs records with"
                            + " \"execution_arn\"/\"event_timestamp\"/\"details\"), not an execution history."
                            + " GetExecutionHistory does not serve Express executions and their logs leave out"
                            + " task results unless logged at level ALL with execution data; run the same"
                            + " definition as a Standard state machine and " + EXPORT_HINT);
        }
        JsonNode idNode = node.path("id");
        boolean masked =
                idNode.isArray() || (idNode.isTextual() && !idNode.asText().matches("\\d+"));
        if (!node.isObject() || !node.path("type").isTextual() || !(idNode.canConvertToLong() || masked)) {
            throw new InvalidHistoryException(
                    0,
                    source + ": expected history events with \"id\", \"type\" and \"timestamp\", but found "
                            + shortText(node));
        }
        long id = masked ? position : idNode.asLong();
        String detailsKey = null;
        ObjectNode details = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().endsWith("EventDetails") && field.getValue().isObject()) {
                detailsKey = field.getKey();
                details = (ObjectNode) field.getValue();
            }
        }
        return new HistoryEvent(
                id,
                node.path("previousEventId").asLong(0),
                timestamp(node.get("timestamp")),
                node.get("type").asText(),
                detailsKey,
                details);
    }

    /** Epoch seconds or ISO-8601 text; {@code null} for a placeholder (the corpus masks times). */
    private static Instant timestamp(JsonNode timestamp) {
        if (timestamp == null) {
            return null;
        }
        if (timestamp.isNumber()) {
            BigDecimal seconds = timestamp.decimalValue();
            return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
        }
        try {
            return OffsetDateTime.parse(timestamp.asText()).toInstant();
        } catch (DateTimeParseException placeholder) {
            return null;
        }
    }

    /** @param masked whether some ids were placeholders: then the numbering can have gaps the document made */
    private static void checkOrder(List<HistoryEvent> events, String source, boolean masked) {
        HistoryEvent first = events.isEmpty() ? null : events.get(0);
        if (first == null) {
            throw new InvalidHistoryException(0, source + ": holds no events; " + EXPORT_HINT);
        }
        if (first.id() != 1 || !"ExecutionStarted".equals(first.type())) {
            throw new InvalidHistoryException(
                    first.id(),
                    source + ": event " + first.id() + " (" + first.type() + ") comes first; expected event 1"
                            + " ExecutionStarted: the first page is missing");
        }
        Set<Long> ids = new HashSet<>();
        events.forEach(event -> ids.add(event.id()));
        for (int i = 1; i < events.size(); i++) {
            HistoryEvent before = events.get(i - 1);
            HistoryEvent event = events.get(i);
            if (event.id() <= before.id() || (event.id() != before.id() + 1 && ids.contains(before.id() + 1))) {
                throw new InvalidHistoryException(
                        event.id(),
                        source + ": event " + event.id() + " (" + event.type() + ") follows event " + before.id()
                                + ": events are out of order; expected event " + (before.id() + 1)
                                + " (concatenate the pages in the order the nextToken chain gives them)");
            }
            if (event.id() != before.id() + 1 && !masked) {
                throw new InvalidHistoryException(
                        before.id() + 1,
                        source + ": event " + event.id() + " (" + event.type() + ") follows event " + before.id()
                                + ": events " + (before.id() + 1) + ".." + (event.id() - 1)
                                + " are missing (concatenate every nextToken page)");
            }
            if (event.previousEventId() >= event.id()) {
                throw new InvalidHistoryException(
                        event.id(),
                        source + ": event " + event.id() + " (" + event.type() + ") names previousEventId "
                                + event.previousEventId() + "; expected an earlier event: events are out of order");
            }
        }
        HistoryEvent last = events.get(events.size() - 1);
        if (!END_TYPES.contains(last.type())) {
            throw new InvalidHistoryException(
                    last.id(),
                    source + ": the history ends at event " + last.id() + " (" + last.type() + ") without "
                            + String.join("/", END_TYPES.stream().sorted().toList())
                            + ": it is truncated (pages missing) or the execution was still running when exported");
        }
    }

    private static boolean isExpressLogRecord(JsonNode node) {
        return node.isObject()
                && (node.has("execution_arn") || node.has("event_timestamp") || node.has("logStreamName"));
    }

    private static String shortText(JsonNode node) {
        String text = JsonCodec.write(node);
        return text.length() <= 80 ? text : text.substring(0, 79) + "\u2026";
    }
}
