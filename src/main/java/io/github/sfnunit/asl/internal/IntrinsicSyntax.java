package io.github.sfnunit.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one parser of intrinsic function calls such as {@code States.Format('{} {}', $.a, States.UUID())}: the
 * validator checks definitions with it and {@code internal.query} compiles the tree it returns. An argument is a
 * string in single quotes (escapes <code>\'</code>, <code>\{</code>, <code>\}</code>, <code>\\</code>; any other backslash is refused, as AWS does), a
 * number, {@code true}, {@code false}, {@code null}, a path ({@code $...}, {@code $$...}, {@code $name...}) or a
 * nested call. Function names and argument counts are checked against {@link Intrinsic}; argument types are
 * checked when a call runs.
 */
public final class IntrinsicSyntax {

    /** AWS: "You can nest up to 10 intrinsic functions within a field". */
    public static final int MAX_NESTING = 10;

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String text;
    private int position;

    private IntrinsicSyntax(String text) {
        this.text = text;
    }

    /** Whether {@code text} is written as an intrinsic call rather than a path, valid or not. */
    public static boolean looksLikeCall(String text) {
        return text != null && text.startsWith("States.");
    }

    /**
     * Parses {@code text}, which must be exactly one call.
     *
     * @throws SyntaxException naming the text, what is wrong and (when it helps) the position
     */
    public static IntrinsicNode.Call parse(String text) {
        IntrinsicSyntax parser = new IntrinsicSyntax(text);
        parser.skipSpaces();
        IntrinsicNode.Call call = parser.call(1);
        parser.skipSpaces();
        if (parser.position != text.length()) {
            throw parser.problem("unexpected text after the closing parenthesis");
        }
        return call;
    }

    private IntrinsicNode.Call call(int depth) {
        if (depth > MAX_NESTING) {
            throw problem("more than " + MAX_NESTING + " intrinsic functions are nested");
        }
        int start = position;
        while (position < text.length() && (PathSyntax.isNameChar(peek()) || peek() == '.')) {
            position++;
        }
        String name = text.substring(start, position);
        Intrinsic function = Intrinsic.named(name);
        if (function == null) {
            position = start;
            throw new SyntaxException(text, "'" + name + "' is not an intrinsic function", position, name);
        }
        skipSpaces();
        if (peek() != '(') {
            throw problem("expected \"(\"");
        }
        position++;
        List<IntrinsicNode> arguments = new ArrayList<>();
        skipSpaces();
        if (peek() == ')') {
            position++;
        } else {
            while (true) {
                skipSpaces();
                if (position >= text.length()) {
                    throw new SyntaxException(text, "\"" + name + "(\" is not closed with \")\"", -1, null);
                }
                arguments.add(argument(depth));
                skipSpaces();
                char c = peek();
                if (c == ')') {
                    position++;
                    break;
                }
                if (position >= text.length()) {
                    throw new SyntaxException(text, "\"" + name + "(\" is not closed with \")\"", -1, null);
                }
                if (c != ',') {
                    throw problem("expected \",\" or \")\"");
                }
                position++;
            }
        }
        if (!function.accepts(arguments.size())) {
            throw new SyntaxException(
                    text, name + " takes " + function.arity() + ", but " + arguments.size() + " were given", -1, null);
        }
        return new IntrinsicNode.Call(function, arguments);
    }

    private IntrinsicNode argument(int depth) {
        char c = peek();
        if (c == '\'') {
            return string();
        }
        if (c == '$') {
            return path();
        }
        if (text.startsWith("States.", position)) {
            return call(depth + 1);
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        for (String word : new String[] {"true", "false", "null"}) {
            if (text.startsWith(word, position)) {
                position += word.length();
                JsonNode value = switch (word) {
                    case "true" -> nodes.booleanNode(true);
                    case "false" -> nodes.booleanNode(false);
                    default -> nodes.nullNode();
                };
                return new IntrinsicNode.Literal(value, null);
            }
        }
        throw problem("expected a string in single quotes, a number, true, false, null, a path or a call");
    }

    private IntrinsicNode string() {
        position++;
        StringBuilder value = new StringBuilder();
        int start = position;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '\\' && position + 1 < text.length()) {
                char next = text.charAt(position + 1);
                if (next != '\'' && next != '{' && next != '}' && next != '\\') {
                    // The intrinsic functions page: an "open escape backslash" is an error. AWS is reported to
                    // refuse such a definition when it is created, so it is found at validation (conformance.md).
                    throw problem("\"\\" + next + "\" is not an escape sequence of intrinsic functions: only \\', \\{,"
                            + " \\} and \\\\ are (write \\\\ for a backslash)");
                }
                value.append(next);
                position += 2;
            } else if (c == '\'') {
                String raw = text.substring(start, position);
                position++;
                return new IntrinsicNode.Literal(JsonNodeFactory.instance.textNode(value.toString()), raw);
            } else {
                value.append(c);
                position++;
            }
        }
        throw problem("a string argument is not closed with \"'\"");
    }

    private IntrinsicNode path() {
        int start = position;
        int brackets = 0;
        int parentheses = 0;
        char quote = 0;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else if (c == '(') {
                parentheses++;
            } else if (c == ')') {
                if (parentheses == 0 && brackets == 0) {
                    break;
                }
                parentheses--;
            } else if ((c == ',' || Character.isWhitespace(c)) && brackets == 0 && parentheses == 0) {
                break;
            }
            position++;
        }
        String path = text.substring(start, position);
        String problem = PathSyntax.checkPath(path);
        if (problem != null) {
            throw new SyntaxException(text, problem, -1, null);
        }
        return new IntrinsicNode.Path(path);
    }

    private IntrinsicNode number() {
        Matcher number = NUMBER.matcher(text).region(position, text.length());
        if (!number.lookingAt()) {
            throw problem("malformed number");
        }
        position = number.end();
        String literal = number.group();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0) {
            long value = Long.parseLong(literal);
            return new IntrinsicNode.Literal(
                    value == (int) value ? nodes.numberNode((int) value) : nodes.numberNode(value), null);
        }
        return new IntrinsicNode.Literal(nodes.numberNode(new BigDecimal(literal).doubleValue()), null);
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private SyntaxException problem(String what) {
        return new SyntaxException(text, what, position, null);
    }

    /**
     * What is wrong with a call: {@code "States.Array(1) x" is not a valid intrinsic function call: unexpected text
     * after the closing parenthesis at position 16}.
     */
    public static final class SyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String text;
        private final String unknownFunction;

        SyntaxException(String text, String problem, int position, String unknownFunction) {
            super(message(text, problem + (position < 0 ? "" : " at position " + position)));
            this.text = text;
            this.unknownFunction = unknownFunction;
        }

        /** The message for {@code problem} in this text, e.g. with a suggestion for an unknown function. */
        public String messageSaying(String problem) {
            return message(text, problem);
        }

        /** The name that is not an intrinsic function, or {@code null} when the problem is another one. */
        public String unknownFunction() {
            return unknownFunction;
        }

        private static String message(String text, String problem) {
            return "\"" + text + "\" is not a valid intrinsic function call: " + problem;
        }
    }
}
