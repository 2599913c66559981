package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.asl.internal.PathSyntax;
import java.util.Optional;

/**
 * A compiled ASL path: {@code $...} reads the input, {@code $$...} the context object, {@code $name...} the
 * workflow variable {@code name}. Compiled once; {@link #read} neither parses nor copies.
 *
 * <pre>{@code
 * JsonPathExpression path = JsonPathExpression.compile("$.order.id");
 * JsonNode id = path.read(input, context);
 * }</pre>
 *
 * <p>Plain definite paths ({@code $.a.b}, {@code $['a b']}, {@code $.a[0]}) are walked directly, and Jayway JsonPath
 * compiles them only when a read misses (for its reason, AWS's wording); the other forms (wildcards, filters,
 * slices, deep scan, unions, negative indexes) are compiled by Jayway here and evaluated by it. An indefinite path
 * always returns an array of its matches, possibly empty. Thread-safe: one expression serves parallel executions.
 */
public final class JsonPathExpression {

    /** What a path starts from. */
    public enum Root {
        /** {@code $}: the state's input (or whatever document the caller passes). */
        INPUT,
        /** {@code $$}: the context object. */
        CONTEXT,
        /** {@code $name}: a workflow variable. */
        VARIABLE
    }

    private final String text;
    private final Root root;
    private final String variable;
    private final PathQuery query;

    private JsonPathExpression(String text, Root root, String variable, PathQuery query) {
        this.text = text;
        this.root = root;
        this.variable = variable;
        this.query = query;
    }

    /**
     * Compiles an ASL path.
     *
     * @throws IllegalArgumentException when {@code text} is not a path, naming the text and what is wrong
     */
    public static JsonPathExpression compile(String text) {
        if (text == null || !text.startsWith("$")) {
            throw new IllegalArgumentException("Invalid JSONPath '" + text + "': a path must start with '$'");
        }
        PathSyntax.Path path;
        try {
            path = PathSyntax.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid JSONPath '" + text + "': " + e.getMessage(), e);
        }
        String root = path.root();
        FilterRegexes regexes = FilterRegexes.of(text);
        PathQuery query = path.steps() != null
                ? new StepQuery(path.steps(), path.rest(), path.jayway(), regexes)
                : new JaywayQuery(path.jayway(), regexes);
        return switch (root) {
            case "$" -> new JsonPathExpression(text, Root.INPUT, null, query);
            case "$$" -> new JsonPathExpression(text, Root.CONTEXT, null, query);
            default -> new JsonPathExpression(text, Root.VARIABLE, root.substring(1), query);
        };
    }

    /** The path as written in the definition. */
    public String text() {
        return text;
    }

    /** What the path reads from. */
    public Root root() {
        return root;
    }

    /** The variable name (without {@code $}) for a {@link Root#VARIABLE} path, else {@code null}. */
    public String variable() {
        return variable;
    }

    /** Whether the path selects a single value; an indefinite path returns an array of its matches. */
    public boolean isDefinite() {
        return query.definite();
    }

    /**
     * The selected value, or empty when a definite path selects nothing (or names an undefined variable).
     * Callers with their own AWS wording (Wait's {@code SecondsPath}, Map's {@code MaxConcurrencyPath}...) use
     * this.
     */
    public Optional<JsonNode> find(JsonNode input, EvaluationContext context) {
        JsonNode document = document(input, context);
        return document == null ? Optional.empty() : Optional.ofNullable(query.evaluate(document));
    }

    /**
     * Reads the path as {@code InputPath}, {@code OutputPath}, {@code ItemsPath} and the {@code ...Path} fields
     * of Task and Map do.
     *
     * @throws StatesException {@code States.Runtime} with AWS's cause, e.g. {@code Invalid path '$.x' : No
     *     results for path: $['x']} (the engine prefixes the state part of the message)
     */
    public JsonNode read(JsonNode input, EvaluationContext context) {
        JsonNode document = document(input, context);
        JsonNode value = document == null ? null : query.evaluate(document);
        if (value == null) {
            String reason = document == null ? undefinedReason() : query.missReason(document);
            throw new StatesException("States.Runtime", "Invalid path '" + text + "' : " + reason);
        }
        return value;
    }

    /**
     * Reads the path as the value of a payload template field ({@code "x.$"}), {@code ErrorPath} or {@code
     * CausePath} does.
     *
     * @param field the field as AWS names it in the cause, e.g. {@code x.$} or {@code ErrorPath}
     * @throws StatesException {@code States.Runtime} with AWS's cause: {@code The JSONPath '$.x' specified for
     *     the field 'x.$' could not be found in the input '{...}'}, or {@code Unable to apply Path transformation
     *     to null or empty input.} when the input is JSON null
     */
    public JsonNode readField(JsonNode input, EvaluationContext context, String field) {
        if (root == Root.INPUT && (input == null || input.isNull())) {
            // AWS refuses to apply a template path to a null input, even "$" (recorded in an AWS execution
            // history), while InputPath "$" on a null input passes it through.
            throw new StatesException("States.Runtime", "Unable to apply Path transformation to null or empty input.");
        }
        JsonNode document = document(input, context);
        JsonNode value = document == null ? null : query.evaluate(document);
        if (value == null) {
            throw new StatesException("States.Runtime", notFoundInInput(field, input));
        }
        return value;
    }

    String notFoundInInput(String field, JsonNode input) {
        return "The JSONPath '" + text + "' specified for the field '" + field + "' could not be found in the input '"
                + JsonCodec.write(input) + "'";
    }

    private JsonNode document(JsonNode input, EvaluationContext context) {
        return switch (root) {
            case INPUT -> input;
            case CONTEXT -> context.contextObject();
            case VARIABLE -> context.variables().lookup(variable);
        };
    }

    private String undefinedReason() {
        return root == Root.VARIABLE
                ? "The variable '$" + variable + "' is not defined"
                : "The context object is not available";
    }

    @Override
    public String toString() {
        return text;
    }
}
