package io.github.sfnunit.internal.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The pattern of Choice's {@code StringMatches}: {@code *} matches any run of characters (including none),
 * {@code \*} a literal asterisk and {@code \\} a literal backslash; everything else matches itself.
 *
 * <p>Matching takes time linear in the text for a given pattern: the literal pieces between the stars are found
 * from left to right, each at its earliest place after the previous one (a regular expression of {@code .*}
 * runs, as this once was, backtracks exponentially on {@code *a*a*a*a*a*a*a*a*a*a*b}).
 */
final class StringMatchPattern {

    /** The literal pieces between the stars. */
    private final List<String> pieces;

    private StringMatchPattern(List<String> pieces) {
        this.pieces = pieces;
    }

    public static StringMatchPattern compile(String pattern) {
        List<String> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                literal.append(pattern.charAt(++i));
            } else if (c == '*') {
                pieces.add(literal.toString());
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        pieces.add(literal.toString());
        return new StringMatchPattern(List.copyOf(pieces));
    }

    public boolean matches(String text) {
        if (pieces.size() == 1) {
            return text.equals(pieces.get(0));
        }
        String first = pieces.get(0);
        String last = pieces.get(pieces.size() - 1);
        // With at least one star: the text starts with the first piece and ends with the last, and the middle
        // pieces occur in order, without overlapping, in between. Earliest placement is optimal for that.
        if (text.length() < first.length() + last.length() || !text.startsWith(first) || !text.endsWith(last)) {
            return false;
        }
        int from = first.length();
        int end = text.length() - last.length();
        for (int i = 1; i < pieces.size() - 1; i++) {
            String piece = pieces.get(i);
            int at = text.indexOf(piece, from);
            if (at < 0 || at + piece.length() > end) {
                return false;
            }
            from = at + piece.length();
        }
        return true;
    }
}
