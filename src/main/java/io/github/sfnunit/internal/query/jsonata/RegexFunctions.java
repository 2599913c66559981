package io.github.sfnunit.internal.query.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import io.github.sfnunit.internal.query.BoundedRegex;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSONata's regular-expression functions ({@code $match}, {@code $replace}, {@code $contains}, {@code $split})
 * with a bounded cost. The engine matches with {@code java.util.regex}, which can backtrack for minutes on a
 * short text; these bindings first run every match of the call through {@link BoundedRegex}, and only then let
 * the engine's own function compute the result, so that results stay exactly the engine's while no call can
 * hang a test.
 */
final class RegexFunctions {

    private static final List<String> NAMES = List.of("match", "replace", "contains", "split");
    /** The engine's own signatures of those functions. */
    private static final List<String> SIGNATURES =
            List.of("<s-f<s:o>n?:a<o>>", "<s-(sf)(sf)n?:s>", "<s-(sf):b>", "<s-(sf)n?:a<s>>");

    private RegexFunctions() {}

    /** Binds the bounded functions that {@code expression} names. */
    static void bindTo(Jsonata.Frame frame, String expression) {
        bindNamed(frame, expression, NAMES, SIGNATURES, RegexFunctions::call);
    }

    /**
     * Binds each function of {@code names} (with the engine's signature of the same index) that {@code
     * expression} names, to {@code call}, which receives the name and the arguments.
     */
    static void bindNamed(
            Jsonata.Frame frame,
            String expression,
            List<String> names,
            List<String> signatures,
            BiFunction<String, List<?>, Object> call) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (expression.contains("$" + name)) {
                frame.bind(name, new Jsonata.JFunction((input, args) -> call.apply(name, args), signatures.get(i)));
            }
        }
    }

    private static Object call(String name, List<?> args) {
        long matches = -1;
        if (args.size() > 1 && args.get(0) instanceof String text && args.get(1) instanceof Pattern pattern) {
            matches = scan(text, pattern);
        }
        if (name.equals("replace")
                && args.size() > 2
                && args.get(0) instanceof String text
                && args.get(2) instanceof String replacement) {
            checkReplaced(text, args, matches, replacement);
        }
        return engineFunction(name, args);
    }

    /**
     * Refuses a {@code $replace} whose result would pass {@link EvaluationBounds#MAX_BUILT}, before it is built:
     * a long replacement for each of many matches multiplies the text.
     */
    private static void checkReplaced(String text, List<?> args, long patternMatches, String replacement) {
        long matches = patternMatches;
        if (args.get(1) instanceof String literal && !literal.isEmpty()) {
            matches = 0;
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length())) {
                matches++;
            }
        }
        if (args.size() > 3 && args.get(3) instanceof Number limit) {
            matches = Math.min(matches, Math.max(0, limit.longValue()));
        }
        long length = text.length() + Math.max(0, matches) * (long) replacement.length();
        if (length > EvaluationBounds.MAX_BUILT) {
            throw EvaluationBounds.tooLarge("a text of up to " + length + " characters with $replace");
        }
    }

    /** The engine's own function {@code name}, called with {@code args}. */
    static Object engineFunction(String name, List<?> args) {
        try {
            return Functions.call(Functions.class, null, name, new ArrayList<Object>(args));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** How many matches of {@code pattern} {@code text} holds, found within the budget, or the call's error. */
    private static long scan(String text, Pattern pattern) {
        try {
            Matcher matcher = BoundedRegex.matcher(pattern, text);
            long matches = 0;
            while (matcher.find()) {
                // each find reads on from the previous match: the budget bounds them all together
                matches++;
            }
            return matches;
        } catch (BoundedRegex.TooCostly e) {
            throw new JsonataFunctionException(BoundedRegex.tooCostly(pattern.pattern()));
        }
    }
}
