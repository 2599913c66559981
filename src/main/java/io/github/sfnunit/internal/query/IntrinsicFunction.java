package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.Intrinsic;
import io.github.sfnunit.asl.internal.IntrinsicNode;
import io.github.sfnunit.asl.internal.IntrinsicSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
        return new IntrinsicFunction(text, compile(IntrinsicSyntax.parse(text)));
    }

    /** Whether {@code text} is written as an intrinsic call (starts with {@code States.}), valid or not. */
    public static boolean looksLikeCall(String text) {
        return IntrinsicSyntax.looksLikeCall(text);
    }

    private static IntrinsicArgument.Call compile(IntrinsicNode.Call call) {
        List<IntrinsicArgument> arguments = new ArrayList<>(call.arguments().size());
        for (IntrinsicNode argument : call.arguments()) {
            if (argument instanceof IntrinsicNode.Call nested) {
                arguments.add(compile(nested));
            } else if (argument instanceof IntrinsicNode.Path path) {
                arguments.add(new IntrinsicArgument.Path(JsonPathExpression.compile(path.text())));
            } else {
                IntrinsicNode.Literal literal = (IntrinsicNode.Literal) argument;
                arguments.add(new IntrinsicArgument.Literal(literal.value(), literal.raw()));
            }
        }
        return new IntrinsicArgument.Call(call.function(), body(call.function()), arguments);
    }

    /** What each function of the one list computes; a function added to the list fails here until it has one. */
    private static Function<IntrinsicInvocation, JsonNode> body(Intrinsic function) {
        return switch (function) {
            case FORMAT -> TextIntrinsics::format;
            case STRING_TO_JSON -> JsonIntrinsics::stringToJson;
            case JSON_TO_STRING -> JsonIntrinsics::jsonToString;
            case ARRAY -> ArrayIntrinsics::array;
            case ARRAY_PARTITION -> ArrayIntrinsics::partition;
            case ARRAY_CONTAINS -> ArrayIntrinsics::contains;
            case ARRAY_RANGE -> ArrayIntrinsics::range;
            case ARRAY_GET_ITEM -> ArrayIntrinsics::getItem;
            case ARRAY_LENGTH -> ArrayIntrinsics::length;
            case ARRAY_UNIQUE -> ArrayIntrinsics::unique;
            case BASE64_ENCODE -> TextIntrinsics::base64Encode;
            case BASE64_DECODE -> TextIntrinsics::base64Decode;
            case HASH -> TextIntrinsics::hash;
            case JSON_MERGE -> JsonIntrinsics::merge;
            case MATH_RANDOM -> MathIntrinsics::random;
            case MATH_ADD -> MathIntrinsics::add;
            case STRING_SPLIT -> TextIntrinsics::split;
            case UUID -> MathIntrinsics::uuid;
        };
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
