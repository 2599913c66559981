package io.github.sfnunit.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A parsed intrinsic call and its arguments, as {@link IntrinsicSyntax#parse} returns them. */
public sealed interface IntrinsicNode {

    /**
     * A literal: string, number, boolean or null. For a string, {@code raw} keeps the text between the quotes
     * with its escapes, which {@code States.Format} needs to tell {@code \{\}} from a placeholder.
     */
    record Literal(JsonNode value, String raw) implements IntrinsicNode {}

    /** A path argument as written, already checked: {@code $.x}, {@code $$.Execution.Id} or {@code $name.x}. */
    record Path(String text) implements IntrinsicNode {}

    /** A call such as {@code States.ArrayLength($.items)}, with an accepted number of arguments. */
    record Call(Intrinsic function, List<IntrinsicNode> arguments) implements IntrinsicNode {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }
}
