package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled intrinsic function call such as {@code States.Format('Hello {}', $.name)}, with nested calls,
 * literals and paths ({@code $}, {@code $$}, {@code $variable}) as arguments.
 *
 * <pre>{@code
 * IntrinsicFunction greeting = IntrinsicFunction.compile("States.Format('Hello {}', $.name)");
 * JsonNode text = greeting.evaluate(input, context);
 * }</pre>
 *
 * <p>All 18 functions of the Amazon States Language are supported; see {@code docs/intrinsic-functions.md}.
 */
public final class IntrinsicFunction {

    private final String text;
    private final IntrinsicArgument.Call call;

    private IntrinsicFunction(String text, IntrinsicArgument.Call call) {
        this.text = text;
        this.call = call;
    }

    /**
     * Compiles an intrinsic call.
     *
     * @throws IllegalArgumentException on bad syntax, an unknown function or a wrong number of arguments, naming
     *     the position and the problem
     */
    public static IntrinsicFunction compile(String text) {
        return new IntrinsicFunction(text, IntrinsicParser.parse(text));
    }

    /** Whether {@code text} is written as an intrinsic call (starts with {@code States.}), valid or not. */
    public static boolean looksLikeCall(String text) {
        return text != null && text.startsWith("States.");
    }

    /** The call as written in the definition. */
    public String text() {
        return text;
    }

    /**
     * Evaluates the call; a path argument that finds nothing fails as {@link JsonPathExpression#read} does.
     *
     * @throws StatesException {@code States.IntrinsicFailure} when an argument has the wrong type or value, or
     *     {@code States.Runtime} when a path argument finds nothing
     */
    public JsonNode evaluate(JsonNode input, EvaluationContext context) {
        return call.evaluate(new IntrinsicScope(input, context, null));
    }

    /**
     * Evaluates the call as the value of the field {@code field} (e.g. {@code x.$} or {@code CausePath}); a
     * path argument that finds nothing fails as {@link JsonPathExpression#readField} does.
     */
    public JsonNode evaluate(JsonNode input, EvaluationContext context, String field) {
        return call.evaluate(new IntrinsicScope(input, context, field));
    }

    @Override
    public String toString() {
        return text;
    }
}
