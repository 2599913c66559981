package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The regular expressions of a JSONPath's {@code =~} filters, checked against a document before Jayway
 * evaluates the path. Jayway matches them with {@code java.util.regex}, which can backtrack for minutes; it offers
 * no way in. So every text and number of the document is first matched here through {@link BoundedRegex}: when
 * all finish within the budget, Jayway's own matches (the same ones, or fewer) finish too.
 */
record FilterRegexes(List<Pattern> patterns) {

    private static final FilterRegexes NONE = new FilterRegexes(List.of());

    /** The {@code =~ /regex/flags} literals of {@code path}, compiled as Jayway compiles them. */
    static FilterRegexes of(String path) {
        if (!path.contains("=~")) {
            return NONE;
        }
        List<Pattern> patterns = new ArrayList<>();
        int at = path.indexOf("=~");
        while (at >= 0) {
            int i = at + 2;
            while (i < path.length() && path.charAt(i) == ' ') {
                i++;
            }
            if (i < path.length() && path.charAt(i) == '/') {
                int end = i + 1;
                while (end < path.length() && (path.charAt(end) != '/' || path.charAt(end - 1) == '\\')) {
                    end++;
                }
                int flagsEnd = end + 1;
                while (flagsEnd < path.length() && Character.isLetter(path.charAt(flagsEnd))) {
                    flagsEnd++;
                }
                if (end < path.length()) {
                    compile(path.substring(i + 1, end), path.substring(end + 1, flagsEnd), patterns);
                }
                at = path.indexOf("=~", Math.min(flagsEnd, path.length()));
            } else {
                at = path.indexOf("=~", i);
            }
        }
        return new FilterRegexes(List.copyOf(patterns));
    }

    private static void compile(String regex, String flags, List<Pattern> patterns) {
        int bits = 0;
        for (char flag : flags.toCharArray()) {
            bits |= switch (flag) {
                case 'i' -> Pattern.CASE_INSENSITIVE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'x' -> Pattern.COMMENTS;
                case 'u' -> Pattern.UNICODE_CASE;
                case 'd' -> Pattern.UNIX_LINES;
                case 'U' -> Pattern.UNICODE_CHARACTER_CLASS;
                default -> 0;
            };
        }
        try {
            patterns.add(Pattern.compile(regex, bits));
        } catch (PatternSyntaxException e) {
            // Jayway reports the path itself
        }
    }

    /**
     * @throws StatesException {@code States.Runtime} when one of the regexes is too costly on a value of {@code
     *     document}
     */
    void check(JsonNode document) {
        if (patterns.isEmpty()) {
            return;
        }
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isContainerNode()) {
                node.forEach(pending::push);
            } else if (node.isTextual() || node.isNumber()) {
                String text = node.asText();
                for (Pattern pattern : patterns) {
                    try {
                        BoundedRegex.matcher(pattern, text).matches();
                    } catch (BoundedRegex.TooCostly e) {
                        throw new StatesException("States.Runtime", BoundedRegex.tooCostly(pattern.pattern()));
                    }
                }
            }
        }
    }
}
