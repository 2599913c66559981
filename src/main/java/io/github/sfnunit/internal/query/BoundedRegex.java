package io.github.sfnunit.internal.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular-expression matching with a bounded cost. {@code java.util.regex} backtracks: {@code (a+)+b} against
 * thirty {@code a}s takes minutes. The libraries sfn-unit evaluates JSONPath filters ({@code =~}) and JSONata
 * ({@code $match}, {@code $replace}, {@code $contains}, {@code $split}) with speak that dialect, so instead of
 * another engine (whose dialect differs) every match here reads its text through a {@link CharSequence} that
 * counts the characters the matcher reads, and stops the match past {@link #MAX_CHARACTER_READS} reads. Counting
 * reads, not time, keeps the outcome the same on every machine.
 */
public final class BoundedRegex {

    /** Reads allowed for one call: a linear match of a 256 KiB payload reads each character a few times. */
    public static final long MAX_CHARACTER_READS = 5_000_000L;

    private BoundedRegex() {}

    /** A matcher of {@code pattern} over {@code text} that throws {@link TooCostly} past the budget. */
    public static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(new Counted(text, new long[] {MAX_CHARACTER_READS}));
    }

    /** The message every caller puts in its own error. */
    public static String tooCostly(String pattern) {
        return "The regular expression /" + pattern + "/ needed more than " + MAX_CHARACTER_READS
                + " character reads for one match (catastrophic backtracking); rewrite it without nested"
                + " or overlapping repetition";
    }

    /** A match that went past its budget. */
    public static final class TooCostly extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooCostly() {
            super(null, null, false, false);
        }
    }

    /** The text, counting reads against a budget shared with its sub-sequences. */
    private record Counted(String text, long[] budget) implements CharSequence {
        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) {
                throw new TooCostly();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            // Matcher.group() copies its result through here: a plain String, not counted.
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
