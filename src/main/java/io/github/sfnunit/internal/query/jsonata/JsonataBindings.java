package io.github.sfnunit.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.VariableScope;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What a JSONata expression of one state can see: the reserved {@code $states} variable ({@code input},
 * {@code result}, {@code errorOutput}, {@code context}), the workflow variables, the seeded random source and
 * the virtual time of {@code $now()}.
 *
 * <p>Values are converted to the engine's representation once per bindings object, and only when an
 * expression reads them, so a template with many expressions over a large input converts it once. A bindings
 * object belongs to one execution and is not shared between threads.
 *
 * <pre>{@code
 * JsonataBindings bindings = JsonataBindings.of(context, rawInput, enteredTime).withResult(taskResult);
 * JsonNode output = outputTemplate.evaluate(bindings);
 * }</pre>
 */
public final class JsonataBindings {

    private final JsonNode input;
    private final JsonNode result;
    private final JsonNode errorOutput;
    private final JsonNode context;
    private final VariableScope variables;
    private final RandomGenerator random;
    private final Instant now;
    private final Map<String, Object> convertedVariables;
    private Map<String, Object> states;

    private JsonataBindings(
            JsonNode input,
            JsonNode result,
            JsonNode errorOutput,
            JsonNode context,
            VariableScope variables,
            RandomGenerator random,
            Instant now,
            Map<String, Object> convertedVariables) {
        this.input = input;
        this.result = result;
        this.errorOutput = errorOutput;
        this.context = context;
        this.variables = Objects.requireNonNull(variables, "variables");
        this.random = Objects.requireNonNull(random, "random");
        this.now = Objects.requireNonNull(now, "now");
        this.convertedVariables = convertedVariables;
    }

    /**
     * Bindings for a state's expressions.
     *
     * @param context the context object ({@code $states.context}), variables and random source
     * @param input the state's raw input ({@code $states.input})
     * @param now the virtual time {@code $now()} and {@code $millis()} return
     */
    public static JsonataBindings of(EvaluationContext context, JsonNode input, Instant now) {
        return new JsonataBindings(
                input,
                null,
                null,
                context.contextObject(),
                context.variables() == null ? VariableScope.EMPTY : context.variables(),
                context.random(),
                now,
                new HashMap<>());
    }

    /**
     * Bindings whose {@code $now()} is the time the state was entered ({@code $$.State.EnteredTime}), else the
     * execution's start time.
     *
     * @throws IllegalArgumentException when the context object holds neither time
     */
    public static JsonataBindings of(EvaluationContext context, JsonNode input) {
        return of(context, input, timeOf(context.contextObject()));
    }

    private static Instant timeOf(JsonNode contextObject) {
        for (String pointer : new String[] {"/State/EnteredTime", "/Execution/StartTime"}) {
            JsonNode time = contextObject == null ? null : contextObject.at(pointer);
            if (time != null && time.isTextual()) {
                try {
                    return Instant.parse(time.textValue());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(
                            "The context object's " + pointer + " is not an instant: " + time.textValue(), e);
                }
            }
        }
        throw new IllegalArgumentException(
                "The context object has neither State.EnteredTime nor Execution.StartTime, so $now() has no time");
    }

    /** These bindings with {@code $states.result} set (a task's or a sub-workflow's result). */
    public JsonataBindings withResult(JsonNode newResult) {
        return new JsonataBindings(input, newResult, errorOutput, context, variables, random, now, convertedVariables);
    }

    /** These bindings with {@code $states.errorOutput} set (in {@code Catch}). */
    public JsonataBindings withErrorOutput(JsonNode newErrorOutput) {
        return new JsonataBindings(input, result, newErrorOutput, context, variables, random, now, convertedVariables);
    }

    /** These bindings with other workflow variables (for example an iteration's scope). */
    public JsonataBindings withVariables(VariableScope newVariables) {
        return new JsonataBindings(input, result, errorOutput, context, newVariables, random, now, new HashMap<>());
    }

    RandomGenerator random() {
        return random;
    }

    Instant now() {
        return now;
    }

    /** The value of {@code $states}: only the members that are set, so an unset one is undefined. */
    Map<String, Object> states() {
        if (states == null) {
            Map<String, Object> value = new LinkedHashMap<>();
            putIfSet(value, "input", input);
            putIfSet(value, "result", result);
            putIfSet(value, "errorOutput", errorOutput);
            putIfSet(value, "context", context);
            states = value;
        }
        return states;
    }

    private static void putIfSet(Map<String, Object> states, String name, JsonNode node) {
        if (node != null && !node.isMissingNode()) {
            states.put(name, JsonataValues.toJsonata(node));
        }
    }

    /** The engine value of workflow variable {@code name}, or {@code null} when it is not defined. */
    Object variable(String name) {
        if (convertedVariables.containsKey(name)) {
            return convertedVariables.get(name);
        }
        JsonNode value = variables.lookup(name);
        Object converted = value == null ? null : JsonataValues.toJsonata(value);
        convertedVariables.put(name, converted);
        return converted;
    }
}
