package io.github.sfnunit.asl.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the {@code $name} references of a JSONata expression's text, skipping string literals, back-quoted names and
 * comments: for the engine, which variables to bind; for the validator, which {@code $states} fields an expression
 * reads.
 */
public final class JsonataReferences {

    private JsonataReferences() {}

    /**
     * The names after each {@code $}. Over-approximates (a function name or a local variable is a reference too),
     * which only costs a look-up that finds nothing.
     */
    public static Set<String> variables(String text) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipQuoted(text, i, c);
            } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
            } else if (c == '$') {
                int start = i + 1;
                int end = start;
                while (end < length && isNameChar(text.charAt(end))) {
                    end++;
                }
                if (end > start) {
                    names.add(text.substring(start, end));
                }
                i = end == start ? start : end;
            } else {
                i++;
            }
        }
        return Set.copyOf(names);
    }

    /**
     * The fields read from the reserved variable, {@code result} in {@code $states.result.Payload}; a
     * {@code $states} followed by no {@code .name} reads none.
     */
    public static Set<String> statesFields(String text) {
        Set<String> fields = new LinkedHashSet<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipQuoted(text, i, c);
            } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
            } else if (c == '$' && text.startsWith("states", i + 1)) {
                int end = name(text, i + 1);
                int dot = skipSpaces(text, end);
                if (end == i + 7 && dot < length && text.charAt(dot) == '.') {
                    int start = skipSpaces(text, dot + 1);
                    int fieldEnd = name(text, start);
                    if (fieldEnd > start) {
                        fields.add(text.substring(start, fieldEnd));
                    }
                    i = Math.max(fieldEnd, dot + 1);
                } else {
                    i = end;
                }
            } else {
                i++;
            }
        }
        return Set.copyOf(fields);
    }

    private static int name(String text, int start) {
        int end = start;
        while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipQuoted(String text, int open, char quote) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
