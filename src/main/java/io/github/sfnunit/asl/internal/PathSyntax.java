package io.github.sfnunit.asl.internal;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;

/**
 * The one syntax of the JSONPath strings of a definition: the validator reports what {@link #checkPath} and {@link
 * #checkReferencePath} find, and {@code internal.query} compiles what {@link #parse} returns.
 *
 * <p>AWS distinguishes <em>paths</em> ({@code InputPath}, {@code OutputPath}, {@code .$} values: the full JSONPath
 * syntax, the context object {@code $$} and variables {@code $name}) from <em>reference paths</em> ({@code
 * ResultPath}, {@code ItemsPath}), which can only name a single node: {@code .field}, {@code ['field']} and {@code
 * [index]} steps.
 *
 * <p>Jayway JsonPath is the judge of a path's syntax, but a definition's paths are nearly all plain steps, which
 * Jayway always accepts when they hold no backslash (internal.query's PlainStepPathPropertyTest checks it on
 * generated paths); so {@link #parse} leaves those to {@link #compileJayway}, called when a Jayway path is first
 * needed, and neither Jayway nor SLF4J loads for a definition whose paths never need one.
 */
public final class PathSyntax {

    private PathSyntax() {}

    /**
     * A path that {@link #parse} accepted.
     *
     * @param root {@code $}, {@code $$} or {@code $name}
     * @param rest the text after the root
     * @param jayway {@code rest} rooted at {@code $} and compiled by Jayway JsonPath, or {@code null} when it is
     *     plain steps that Jayway is certain to accept: {@link #compileJayway} compiles it when it is needed
     * @param steps the text after the root as definite steps, or {@code null} when it is more than plain steps
     *     (wildcards, filters, slices, deep scan, unions, functions)
     */
    public record Path(String root, String rest, JsonPath jayway, List<PathStep> steps) {}

    /**
     * Splits a path as used by InputPath, OutputPath, {@code .$} values and {@code ...Path} fields, and compiles it
     * with Jayway unless it is plain steps without a backslash (which Jayway always accepts).
     *
     * @throws IllegalArgumentException saying what is wrong (without repeating the path)
     */
    public static Path parse(String path) {
        String root = rootOf(path);
        if (root == null) {
            throw new IllegalArgumentException("it must start with \"$\"");
        }
        String rest = path.substring(root.length());
        if (!rest.isEmpty() && !rest.startsWith(".") && !rest.startsWith("[")) {
            throw new IllegalArgumentException("expected \".\" or \"[\" after \"" + root + "\"");
        }
        List<PathStep> plain = plainSteps(rest);
        if (plain != null) {
            return new Path(root, rest, null, plain);
        }
        JsonPath jayway;
        try {
            jayway = compileJayway(rest);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalArgumentException(firstLine(e.getMessage()), e);
        }
        return new Path(root, rest, jayway, definiteSteps(rest));
    }

    /**
     * The steps of {@code rest} (the text after a path's root) when they are plain steps that Jayway is certain to
     * accept and to read alike, so that no Jayway path is needed to judge or read them; else {@code null}. A quoted
     * name with a backslash is plain steps to sfn-unit (which takes it literally, as AWS does) but an escape to
     * Jayway, which refuses some of them ({@code ['a\']}): such paths are left to Jayway's verdict.
     */
    public static List<PathStep> plainSteps(String rest) {
        return rest.indexOf('\\') < 0 ? definiteSteps(rest) : null;
    }

    /**
     * {@code rest} (the text after a path's root) rooted at {@code $} and compiled by Jayway JsonPath, SLF4J having
     * been quietened first (Jayway logs through it).
     *
     * @throws RuntimeException Jayway's, when it refuses the path
     */
    public static JsonPath compileJayway(String rest) {
        QuietSlf4j.initialize(); // before json-path's first class loads: it logs through SLF4J
        return JsonPath.compile("$" + rest);
    }

    /** What is wrong with a path, or {@code null}. */
    public static String checkPath(String path) {
        try {
            parse(path);
            return null;
        } catch (IllegalArgumentException e) {
            return "\"" + path + "\" is not a valid JSONPath: " + e.getMessage();
        }
    }

    /**
     * What is wrong with a reference path, or {@code null}. {@code allowContextAndVariables} is false for
     * ResultPath, which can only write into the state's own data.
     */
    public static String checkReferencePath(String path, boolean allowContextAndVariables) {
        String root = rootOf(path);
        if (root == null) {
            return "\"" + path + "\" is not a valid reference path: it must start with \"$\"";
        }
        if (!allowContextAndVariables && !root.equals("$")) {
            return "\"" + path + "\" is not a valid reference path: it cannot refer to "
                    + (root.equals("$$") ? "the context object" : "a variable") + " here";
        }
        String steps = path.substring(root.length());
        if (definiteSteps(steps) != null) {
            return null;
        }
        char first = steps.charAt(0);
        if (first != '.' && first != '[') {
            return "\"" + path + "\" is not a valid reference path: unexpected \"" + first + "\"";
        }
        if (steps.lastIndexOf('[') > steps.lastIndexOf(']')) {
            return "\"" + path + "\" is not a valid reference path: \"[\" is not closed";
        }
        return "\"" + path + "\" is not a valid reference path: only \".field\", \"['field']\" and \"[index]\" steps"
                + " are allowed (no wildcards, filters, slices or \"..\")";
    }

    /**
     * {@code $}, {@code $$} or {@code $name} (a variable name starts with a letter or {@code _}); {@code null} when
     * the text does not start with {@code $}.
     */
    public static String rootOf(String path) {
        if (path == null || !path.startsWith("$")) {
            return null;
        }
        if (path.startsWith("$$")) {
            return "$$";
        }
        if (path.length() == 1 || !(Character.isLetter(path.charAt(1)) || path.charAt(1) == '_')) {
            return "$";
        }
        int i = 1;
        while (i < path.length() && isNameChar(path.charAt(i))) {
            i++;
        }
        return path.substring(0, i);
    }

    public static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * The steps of {@code rest} (the path text after its root), or {@code null} when {@code rest} is not a plain
     * sequence of {@code .name}, {@code ['name']}, {@code ["name"]} and {@code [3]} steps.
     */
    public static List<PathStep> definiteSteps(String rest) {
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
        return List.copyOf(steps);
    }

    /** The steps printed as Jayway prints a definite path, e.g. {@code $['a'][0]}. */
    public static String render(List<PathStep> steps, int count) {
        StringBuilder out = new StringBuilder("$");
        for (int k = 0; k < count; k++) {
            out.append(steps.get(k).render());
        }
        return out.toString();
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

    public static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
