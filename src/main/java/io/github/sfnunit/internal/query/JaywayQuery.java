package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.asl.internal.QuietSlf4j;

/**
 * Paths beyond plain steps (wildcards, filters, slices, deep scan, unions, negative indexes) evaluated by
 * Jayway JsonPath, the library AWS's own error texts come from, directly on Jackson trees; also the miss reasons
 * of plain-step paths ({@link StepQuery}).
 */
record JaywayQuery(JsonPath path, FilterRegexes regexes) implements PathQuery {

    static {
        QuietSlf4j.initialize(); // before the configuration below loads json-path's classes: it logs through SLF4J
    }

    /** Immutable, shared: Jayway's configuration holds no per-run state. */
    private static final Configuration CONFIGURATION = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(JsonCodec.mapper()))
            .mappingProvider(new JacksonMappingProvider(JsonCodec.mapper()))
            .build();

    @Override
    public JsonNode evaluate(JsonNode document) {
        regexes.check(document);
        try {
            return toNode(path.read(document, CONFIGURATION));
        } catch (PathNotFoundException e) {
            // AWS never fails an indefinite path: one that finds nothing, even through a missing property,
            // selects the empty array.
            return path.isDefinite() ? null : JsonNodeFactory.instance.arrayNode();
        } catch (JsonPathException e) {
            throw new StatesException("States.Runtime", e.getMessage());
        }
    }

    @Override
    public String missReason(JsonNode document) {
        String reason = failureMessage(document);
        return reason != null ? reason : "No results for path: " + path.getPath();
    }

    /** Jayway's message for reading {@code document}, or {@code null} when Jayway reads it without failing. */
    String failureMessage(JsonNode document) {
        regexes.check(document);
        try {
            path.read(document, CONFIGURATION);
            return null;
        } catch (JsonPathException e) {
            return e.getMessage();
        }
    }

    @Override
    public boolean definite() {
        return path.isDefinite();
    }

    /** Jayway unwraps scalars to Java values; the query layer speaks Jackson nodes only. */
    private static JsonNode toNode(Object value) {
        return value == null ? JsonNodeFactory.instance.nullNode() : JsonCodec.toTree(value);
    }
}
