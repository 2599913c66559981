package io.github.sfnunit.internal.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a path after its root ({@code $}, {@code $$} or {@code $name}) into definite steps:
 * {@code .name}, {@code ['name']}, {@code ["name"]} and {@code [3]}. Anything else (wildcards, filters, slices,
 * deep scan, unions, functions) is not a definite step list and is left to Jayway.
 */
final class PathSyntax {

    private PathSyntax() {}

    /**
     * The steps of {@code rest} (the path text after its root), or {@code null} when {@code rest} is not a plain
     * sequence of definite steps.
     */
    static List<PathStep> definiteSteps(String rest) {
        List<PathStep> steps = new ArrayList<>();
        int i = 0;
        int n = rest.length();
        while (i < n) {
            char c = rest.charAt(i);
            if (c == '.') {
                int start = i + 1;
                int end = start;
                while (end < n && rest.charAt(end) != '.' && rest.charAt(end) != '[') {
                    if (!isPlainNameChar(rest.charAt(end))) {
                        return null;
                    }
                    end++;
                }
                if (end == start) {
                    return null;
                }
                steps.add(new PathStep.Field(rest.substring(start, end)));
                i = end;
            } else if (c == '[') {
                int close = closingBracket(rest, i);
                if (close < 0) {
                    return null;
                }
                PathStep step = bracketStep(rest.substring(i + 1, close));
                if (step == null) {
                    return null;
                }
                steps.add(step);
                i = close + 1;
            } else {
                return null;
            }
        }
        return steps;
    }

    /** The index of the {@code ]} closing the bracket at {@code open}, skipping a quoted name; -1 if none. */
    private static int closingBracket(String rest, int open) {
        int i = open + 1;
        if (i < rest.length() && (rest.charAt(i) == '\'' || rest.charAt(i) == '"')) {
            int endQuote = rest.indexOf(rest.charAt(i), i + 1);
            if (endQuote < 0) {
                return -1;
            }
            i = endQuote + 1;
        }
        return rest.indexOf(']', i);
    }

    private static PathStep bracketStep(String inner) {
        if (inner.isEmpty()) {
            return null;
        }
        char quote = inner.charAt(0);
        if (quote == '\'' || quote == '"') {
            if (inner.length() < 2 || inner.charAt(inner.length() - 1) != quote) {
                return null;
            }
            String name = inner.substring(1, inner.length() - 1);
            if (name.indexOf(quote) >= 0) {
                // A union such as ['a','b'] or an escaped quote: Jayway's business.
                return null;
            }
            // AWS takes a quoted name literally: a backslash before the other quote is part of the name.
            return new PathStep.Field(name);
        }
        if (inner.length() > 9) {
            return null;
        }
        for (int k = 0; k < inner.length(); k++) {
            char digit = inner.charAt(k);
            if (digit < '0' || digit > '9') {
                return null;
            }
        }
        return new PathStep.Index(Integer.parseInt(inner));
    }

    private static boolean isPlainNameChar(char c) {
        return switch (c) {
            case '*', '(', ')', '?', '@', ' ', ',', ':', '\'', '"', ']', '$', '\\' -> false;
            default -> !Character.isWhitespace(c);
        };
    }

    /** The steps printed as Jayway prints a definite path, e.g. {@code $['a'][0]}. */
    static String render(List<PathStep> steps, int count) {
        StringBuilder out = new StringBuilder("$");
        for (int k = 0; k < count; k++) {
            out.append(steps.get(k).render());
        }
        return out.toString();
    }
}
