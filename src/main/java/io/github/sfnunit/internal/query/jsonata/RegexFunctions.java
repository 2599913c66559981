package io.github.sfnunit.internal.query.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import io.github.sfnunit.internal.query.BoundedRegex;
import java.util.ArrayList;
import java.util.List;
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
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            if (expression.contains("$" + name)) {
                frame.bind(name, new Jsonata.JFunction((input, args) -> call(name, args), SIGNATURES.get(i)));
            }
        }
    }

    private static Object call(String name, List<?> args) {
        if (args.size() > 1 && args.get(0) instanceof String text && args.get(1) instanceof Pattern pattern) {
            scan(text, pattern);
        }
        try {
            return Functions.call(Functions.class, null, name, new ArrayList<Object>(args));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Every match of {@code pattern} in {@code text}, within the budget, or the call's error. */
    private static void scan(String text, Pattern pattern) {
        try {
            Matcher matcher = BoundedRegex.matcher(pattern, text);
            while (matcher.find()) {
                // each find reads on from the previous match: the budget bounds them all together
            }
        } catch (BoundedRegex.TooCostly e) {
            throw new JsonataFunctionException(BoundedRegex.tooCostly(pattern.pattern()));
        }
    }
}
