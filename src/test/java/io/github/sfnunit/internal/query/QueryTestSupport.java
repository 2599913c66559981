package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.SplittableRandom;

/** JSON literals and evaluation contexts for the query tests. */
final class QueryTestSupport {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private QueryTestSupport() {}

    /** Parses JSON written with single quotes for readability: {@code json("{'a': 1}")}. */
    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Parses JSON exactly as written. */
    static JsonNode rawJson(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static EvaluationContext context() {
        return context(json("{'Execution': {'Id': 'arn:exec'}}"), Map.of());
    }

    static EvaluationContext context(JsonNode contextObject, Map<String, JsonNode> variables) {
        return new EvaluationContext(contextObject, variables::get, new SplittableRandom(42));
    }

    /** Compiles and evaluates an intrinsic call against {@code input} with a fixed seed. */
    static JsonNode call(String intrinsic, JsonNode input) {
        return IntrinsicFunction.compile(intrinsic).evaluate(input, context());
    }

    /** Compiles and evaluates an intrinsic call without input. */
    static JsonNode call(String intrinsic) {
        return call(intrinsic, json("{}"));
    }
}
