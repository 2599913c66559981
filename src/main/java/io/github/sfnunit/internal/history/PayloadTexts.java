package io.github.sfnunit.internal.history;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes state payloads as JSON text while a history is rendered, remembering the last two values by identity:
 * a state's output is usually the next state's input, and a Pass or Choice state often passes its input on
 * unchanged. Values are never mutated once an execution produced them, so identity is enough.
 */
final class PayloadTexts {

    private JsonNode last;
    private String lastText;
    private JsonNode previous;
    private String previousText;

    /** The JSON text of {@code value} ({@code null} for a missing value), as the events carry it. */
    String of(JsonNode value) {
        if (value != null && value == last) {
            return lastText;
        }
        if (value != null && value == previous) {
            return previousText;
        }
        String text = EventDetails.jsonText(value);
        previous = last;
        previousText = lastText;
        last = value;
        lastText = text;
        return text;
    }
}
