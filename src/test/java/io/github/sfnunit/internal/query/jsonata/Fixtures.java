package io.github.sfnunit.internal.query.jsonata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.VariableScope;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

/** Small builders shared by the JSONata tests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2025-01-01T10:00:00.123Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonataBindings bindings(String input) {
        return bindings(input, Map.of());
    }

    static JsonataBindings bindings(String input, Map<String, String> variables) {
        VariableScope scope = name -> variables.containsKey(name) ? json(variables.get(name)) : null;
        EvaluationContext context = new EvaluationContext(
                json("{\"State\":{\"Name\":\"S\",\"EnteredTime\":\"2025-01-01T10:00:00.123Z\"}}"),
                scope,
                new Random(7));
        return JsonataBindings.of(context, json(input), NOW);
    }

    static JsonNode eval(String expression, String input) {
        return JsonataExpression.compile(expression).evaluate(bindings(input), "Output");
    }
}
