package io.github.sfnunit.asl;

import java.util.List;

/**
 * Syntax of JSONPath intrinsic function calls such as {@code States.Format('{} {}', $.a, States.UUID())}: known
 * function names, quoted strings with AWS's escapes, numbers, booleans, null, paths and nested calls. The calls are
 * not evaluated and argument counts are not checked here.
 */
final class IntrinsicSyntax {

    static final List<String> FUNCTIONS = List.of(
            "States.Format",
            "States.StringToJson",
            "States.JsonToString",
            "States.Array",
            "States.ArrayPartition",
            "States.ArrayContains",
            "States.ArrayRange",
            "States.ArrayGetItem",
            "States.ArrayLength",
            "States.ArrayUnique",
            "States.Base64Encode",
            "States.Base64Decode",
            "States.Hash",
            "States.JsonMerge",
            "States.MathRandom",
            "States.MathAdd",
            "States.StringSplit",
            "States.UUID");

    private static final int MAX_NESTING = 64;

    private final String text;
    private int position;

    private IntrinsicSyntax(String text) {
        this.text = text;
    }

    /** True when {@code text} looks like an attempt at a call rather than a path. */
    static boolean looksLikeCall(String text) {
        return text.startsWith("States.");
    }

    /** {@code null} when {@code text} is one well-formed call, else what is wrong. */
    static String check(String text) {
        IntrinsicSyntax parser = new IntrinsicSyntax(text);
        try {
            parser.call(0);
            parser.skipSpaces();
            if (parser.position != text.length()) {
                return parser.problem("unexpected text after the closing \")\"");
            }
            return null;
        } catch (SyntaxProblem problem) {
            return problem.getMessage();
        }
    }

    private void call(int depth) {
        if (depth > MAX_NESTING) {
            throw new SyntaxProblem(problem("calls are nested too deeply"));
        }
        int start = position;
        while (position < text.length() && (PathSyntax.isNameChar(peek()) || peek() == '.')) {
            position++;
        }
        String name = text.substring(start, position);
        if (!FUNCTIONS.contains(name)) {
            throw new SyntaxProblem("\"" + text + "\" is not a valid intrinsic function call: unknown function \""
                    + name + "\"" + Suggestions.clause(name, FUNCTIONS));
        }
        skipSpaces();
        expect('(');
        skipSpaces();
        if (peek() == ')') {
            position++;
            return;
        }
        while (true) {
            skipSpaces();
            argument(depth);
            skipSpaces();
            if (peek() == ',') {
                position++;
            } else if (peek() == ')') {
                position++;
                return;
            } else if (position >= text.length()) {
                throw new SyntaxProblem("\"" + text + "\" is not a valid intrinsic function call: \"" + name
                        + "(\" is not closed with \")\"");
            } else {
                throw new SyntaxProblem(problem("expected \",\" or \")\""));
            }
        }
    }

    private void argument(int depth) {
        char c = peek();
        if (c == '\'') {
            string();
        } else if (c == '$') {
            path();
        } else if (c == '-' || Character.isDigit(c)) {
            number();
        } else if (text.startsWith("true", position)) {
            position += 4;
        } else if (text.startsWith("false", position)) {
            position += 5;
        } else if (text.startsWith("null", position)) {
            position += 4;
        } else if (text.startsWith("States.", position)) {
            call(depth + 1);
        } else {
            throw new SyntaxProblem(
                    problem("expected an argument: a 'quoted string', a number, true, false, null, a path or a call"));
        }
    }

    private void string() {
        position++;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '\\') {
                position += 2;
            } else if (c == '\'') {
                position++;
                return;
            } else {
                position++;
            }
        }
        throw new SyntaxProblem(problem("a string argument is not closed with \"'\""));
    }

    private void path() {
        int start = position;
        int depth = 0;
        char quote = 0;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if ((c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ')') && depth == 0) {
                break;
            }
            position++;
        }
        String path = text.substring(start, position).strip();
        String problem = PathSyntax.checkPath(path);
        if (problem != null) {
            throw new SyntaxProblem("\"" + text + "\" is not a valid intrinsic function call: " + problem);
        }
    }

    private void number() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        while (position < text.length() && (Character.isDigit(peek()) || "._eE+-".indexOf(peek()) >= 0)) {
            position++;
        }
        try {
            Double.parseDouble(text.substring(start, position));
        } catch (NumberFormatException e) {
            position = start;
            throw new SyntaxProblem(problem("malformed number"));
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new SyntaxProblem(problem("expected \"" + c + "\""));
        }
        position++;
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private String problem(String what) {
        return "\"" + text + "\" is not a valid intrinsic function call: " + what + " at position " + position;
    }

    /** Unwinds the recursive descent with a message. */
    private static final class SyntaxProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxProblem(String message) {
            super(message, null, false, false);
        }
    }
}
