package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.Intrinsic;
import java.util.List;
import java.util.function.Function;

/** One argument of an intrinsic call, compiled: a literal, a path, or a nested call. */
sealed interface IntrinsicArgument {

    /** The argument's value for one evaluation. */
    JsonNode evaluate(IntrinsicScope scope);

    /**
     * A literal: string, number, boolean or null. For a string, {@code raw} keeps the text between the quotes
     * with its escapes, which {@code States.Format} needs to tell {@code \{\}} from a placeholder.
     */
    record Literal(JsonNode value, String raw) implements IntrinsicArgument {
        @Override
        public JsonNode evaluate(IntrinsicScope scope) {
            return value;
        }
    }

    /** A path: {@code $.x}, {@code $$.Execution.Id} or {@code $name.x}. */
    record Path(JsonPathExpression path) implements IntrinsicArgument {
        @Override
        public JsonNode evaluate(IntrinsicScope scope) {
            return scope.read(path);
        }
    }

    /** A call such as {@code States.ArrayLength($.items)}, with the body that computes the function. */
    record Call(Intrinsic function, Function<IntrinsicInvocation, JsonNode> body, List<IntrinsicArgument> arguments)
            implements IntrinsicArgument {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public JsonNode evaluate(IntrinsicScope scope) {
            return body.apply(IntrinsicInvocation.evaluate(this, scope));
        }
    }
}
