package io.github.sfnunit.internal.query.jsonata;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the {@code $name} references of an expression's text, skipping string literals, back-quoted names and
 * comments. Over-approximates (a function name or a local variable is a reference too), which only costs a
 * look-up that finds nothing.
 */
final class VariableReferences {

    private VariableReferences() {}

    static Set<String> in(String text) {
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
