package io.github.sfnunit.asl.internal;

import com.jayway.jsonpath.JsonPath;

/**
 * Syntax of the JSONPath strings of a definition (the values are never evaluated here). Each check returns
 * {@code null} when the text is fine, else a message saying what is wrong.
 *
 * <p>AWS distinguishes <em>paths</em> ({@code InputPath}, {@code OutputPath}, {@code .$} values: the full JSONPath
 * syntax, the context object {@code $$} and variables {@code $name}) from <em>reference paths</em> ({@code
 * ResultPath}, {@code ItemsPath}, Choice {@code Variable}), which can only name a single node: {@code .field},
 * {@code ['field']} and {@code [index]} steps.
 */
public final class PathSyntax {

    static {
        QuietSlf4j.initialize(); // before json-path's first class loads: it logs through SLF4J
    }

    private PathSyntax() {}

    /** A path as used by InputPath, OutputPath, {@code .$} values and {@code ...Path} fields. */
    public static String checkPath(String path) {
        String root = rootOf(path);
        if (root == null) {
            return "\"" + path + "\" is not a valid JSONPath: it must start with \"$\"";
        }
        String rest = path.substring(root.length());
        if (rest.isEmpty()) {
            return null;
        }
        if (!rest.startsWith(".") && !rest.startsWith("[")) {
            return "\"" + path + "\" is not a valid JSONPath: expected \".\" or \"[\" after \"" + root + "\"";
        }
        try {
            JsonPath.compile("$" + rest);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return "\"" + path + "\" is not a valid JSONPath: " + firstLine(e.getMessage());
        }
    }

    /**
     * A reference path. {@code allowContextAndVariables} is false for ResultPath, which can only write into the
     * state's own data.
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
        int i = 0;
        while (i < steps.length()) {
            char c = steps.charAt(i);
            if (c == '.') {
                int start = ++i;
                while (i < steps.length() && steps.charAt(i) != '.' && steps.charAt(i) != '[') {
                    i++;
                }
                String name = steps.substring(start, i);
                if (name.isEmpty() || name.equals("*") || name.contains("@") || name.contains(",")) {
                    return referenceProblem(path);
                }
            } else if (c == '[') {
                int close = closingBracket(steps, i);
                if (close < 0) {
                    return "\"" + path + "\" is not a valid reference path: \"[\" is not closed";
                }
                String inside = steps.substring(i + 1, close);
                if (!isIndex(inside) && !isQuotedName(inside)) {
                    return referenceProblem(path);
                }
                i = close + 1;
            } else {
                return "\"" + path + "\" is not a valid reference path: unexpected \"" + c + "\"";
            }
        }
        if (steps.contains("..")) {
            return referenceProblem(path);
        }
        return null;
    }

    /** {@code $}, {@code $$} or {@code $name}; {@code null} when the text does not start with a root. */
    public static String rootOf(String path) {
        if (!path.startsWith("$")) {
            return null;
        }
        if (path.startsWith("$$")) {
            return "$$";
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

    private static String referenceProblem(String path) {
        return "\"" + path + "\" is not a valid reference path: only \".field\", \"['field']\" and \"[index]\" steps"
                + " are allowed (no wildcards, filters, slices or \"..\")";
    }

    private static int closingBracket(String text, int open) {
        char quote = 0;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isIndex(String text) {
        if (text.isEmpty() || text.length() > 10) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuotedName(String text) {
        return text.length() >= 2
                && ((text.startsWith("'") && text.endsWith("'")) || (text.startsWith("\"") && text.endsWith("\"")));
    }

    public static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
