package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses intrinsic call syntax: {@code States.Name(arg, ...)} where an argument is a string literal in single
 * quotes (escapes {@code \'}, {@code \{}, {@code \}}, {@code \\}), a number, {@code true}, {@code false},
 * {@code null}, a path ({@code $...}, {@code $$...}, {@code $name...}) or a nested call.
 */
final class IntrinsicParser {

    /** AWS allows up to 10 intrinsic functions nested within a field. */
    static final int MAX_NESTING = 10;

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String text;
    private int pos;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    /** Parses {@code text}, which must be exactly one call. */
    static IntrinsicArgument.Call parse(String text) {
        IntrinsicParser parser = new IntrinsicParser(text);
        parser.skipSpaces();
        IntrinsicArgument.Call call = parser.call(1);
        parser.skipSpaces();
        if (parser.pos != text.length()) {
            throw parser.error("unexpected text after the closing parenthesis");
        }
        return call;
    }

    private IntrinsicArgument.Call call(int depth) {
        if (depth > MAX_NESTING) {
            throw error("more than " + MAX_NESTING + " intrinsic functions are nested");
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String name = text.substring(start, pos);
        Intrinsic function = Intrinsic.named(name);
        if (function == null) {
            pos = start;
            throw error("'" + name + "' is not an intrinsic function");
        }
        skipSpaces();
        expect('(');
        List<IntrinsicArgument> arguments = new ArrayList<>();
        skipSpaces();
        if (peek() == ')') {
            pos++;
        } else {
            while (true) {
                skipSpaces();
                arguments.add(argument(depth));
                skipSpaces();
                char c = peek();
                pos++;
                if (c == ')') {
                    break;
                }
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or ')'");
                }
            }
        }
        if (!function.accepts(arguments.size())) {
            throw new IllegalArgumentException("Invalid intrinsic function call '" + text + "': " + name + " takes "
                    + function.arity() + ", but " + arguments.size() + " were given");
        }
        return new IntrinsicArgument.Call(function, arguments);
    }

    private IntrinsicArgument argument(int depth) {
        char c = peek();
        if (c == '\'') {
            return string();
        }
        if (c == '$') {
            return path();
        }
        if (text.startsWith("States.", pos)) {
            return call(depth + 1);
        }
        Matcher number = NUMBER.matcher(text).region(pos, text.length());
        if (number.lookingAt()) {
            pos = number.end();
            return new IntrinsicArgument.Literal(numberNode(number.group()), null);
        }
        for (String word : new String[] {"true", "false", "null"}) {
            if (text.startsWith(word, pos)) {
                pos += word.length();
                JsonNodeFactory nodes = JsonNodeFactory.instance;
                JsonNode value = switch (word) {
                    case "true" -> nodes.booleanNode(true);
                    case "false" -> nodes.booleanNode(false);
                    default -> nodes.nullNode();
                };
                return new IntrinsicArgument.Literal(value, null);
            }
        }
        throw error("expected a string in single quotes, a number, true, false, null, a path or a call");
    }

    private IntrinsicArgument string() {
        pos++;
        StringBuilder value = new StringBuilder();
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                char next = text.charAt(pos + 1);
                if (next == '\'' || next == '{' || next == '}' || next == '\\') {
                    value.append(next);
                } else {
                    // Not an intrinsic escape: the backslash stays, e.g. the \" of embedded JSON text.
                    value.append(c).append(next);
                }
                pos += 2;
            } else if (c == '\'') {
                String raw = text.substring(start, pos);
                pos++;
                return new IntrinsicArgument.Literal(JsonNodeFactory.instance.textNode(value.toString()), raw);
            } else {
                value.append(c);
                pos++;
            }
        }
        throw error("the string literal is not closed with a single quote");
    }

    private IntrinsicArgument path() {
        int start = pos;
        int brackets = 0;
        int parentheses = 0;
        char quote = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
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
            pos++;
        }
        String pathText = text.substring(start, pos);
        try {
            return new IntrinsicArgument.Path(JsonPathExpression.compile(pathText));
        } catch (IllegalArgumentException e) {
            pos = start;
            throw error(e.getMessage());
        }
    }

    private static JsonNode numberNode(String literal) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0) {
            long value = Long.parseLong(literal);
            return value == (int) value ? nodes.numberNode((int) value) : nodes.numberNode(value);
        }
        return nodes.numberNode(new BigDecimal(literal).doubleValue());
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end of the expression");
        }
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(
                "Invalid intrinsic function call '" + text + "' at position " + pos + ": " + problem);
    }
}
