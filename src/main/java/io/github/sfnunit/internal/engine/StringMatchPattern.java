package io.github.sfnunit.internal.engine;

import java.util.regex.Pattern;

/**
 * The pattern of Choice's {@code StringMatches}: {@code *} matches any run of characters (including none),
 * {@code \*} a literal asterisk and {@code \\} a literal backslash; everything else matches itself.
 */
final class StringMatchPattern {

    private final Pattern regex;

    private StringMatchPattern(Pattern regex) {
        this.regex = regex;
    }

    public static StringMatchPattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                literal.append(pattern.charAt(++i));
            } else if (c == '*') {
                flush(regex, literal);
                regex.append(".*");
            } else {
                literal.append(c);
            }
        }
        flush(regex, literal);
        return new StringMatchPattern(Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    private static void flush(StringBuilder regex, StringBuilder literal) {
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }

    public boolean matches(String text) {
        return regex.matcher(text).matches();
    }
}
