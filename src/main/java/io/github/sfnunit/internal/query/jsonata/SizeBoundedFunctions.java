package io.github.sfnunit.internal.query.jsonata;

import com.dashjoin.jsonata.Jsonata;
import java.util.List;
import java.util.Map;

/**
 * JSONata's functions that can build far more in one call than their arguments hold ({@code $pad}, {@code $join},
 * {@code $string}), checked against {@link EvaluationBounds#MAX_BUILT} before the engine's own function builds
 * anything: {@code $join} of many references to one long text would otherwise exhaust the memory. Results are
 * the engine's own, except that {@code $pad} is computed here with the engine's rules: the engine builds its
 * padding by repeated concatenation, which takes minutes for a width of 100,000.
 */
final class SizeBoundedFunctions {

    private static final List<String> NAMES = List.of("pad", "join", "string");
    /** The engine's own signatures of those functions. */
    private static final List<String> SIGNATURES = List.of("<s-ns?:s>", "<a<s>s?:s>", "<x-b?:s>");

    private SizeBoundedFunctions() {}

    /** Binds the bounded functions that {@code expression} names. */
    static void bindTo(Jsonata.Frame frame, String expression) {
        RegexFunctions.bindNamed(frame, expression, NAMES, SIGNATURES, SizeBoundedFunctions::call);
    }

    private static Object call(String name, List<?> args) {
        long size = switch (name) {
            case "pad" ->
                args.size() > 1 && args.get(1) instanceof Number width
                        ? (long) Math.min(Math.abs(width.doubleValue()), Long.MAX_VALUE)
                        : 0;
            case "join" -> joinedLength(args);
            default -> args.isEmpty() ? 0 : textLength(args.get(0), EvaluationBounds.MAX_BUILT + 1L);
        };
        if (size > EvaluationBounds.MAX_BUILT) {
            throw EvaluationBounds.tooLarge(
                    (name.equals("string") ? "a text of more than " + EvaluationBounds.MAX_BUILT : "a text of " + size)
                            + " characters with $" + name);
        }
        if (name.equals("pad")
                && args.size() > 1
                && args.get(0) instanceof String text
                && args.get(1) instanceof Number width) {
            return pad(text, width.intValue(), args.size() > 2 && args.get(2) instanceof String chars ? chars : null);
        }
        return RegexFunctions.engineFunction(name, args);
    }

    /**
     * {@code $pad(text, width, chars)} as the engine computes it: a positive width pads on the right, a negative
     * one on the left, to {@code |width|} code points, with {@code chars} (a space when absent or empty) repeated
     * and cut to fit.
     */
    static String pad(String text, int width, String chars) {
        int[] padding =
                (chars == null || chars.isEmpty() ? " " : chars).codePoints().toArray();
        int missing = Math.abs(width) - text.codePointCount(0, text.length());
        if (missing <= 0) {
            return text;
        }
        StringBuilder padded = new StringBuilder(text.length() + missing);
        if (width > 0) {
            padded.append(text);
        }
        for (int i = 0; i < missing; i++) {
            padded.appendCodePoint(padding[i % padding.length]);
        }
        if (width < 0) {
            padded.append(text);
        }
        return padded.toString();
    }

    private static long joinedLength(List<?> args) {
        if (args.isEmpty() || !(args.get(0) instanceof List<?> parts)) {
            return 0;
        }
        long separator = args.size() > 1 && args.get(1) instanceof String text ? text.length() : 0;
        long length = Math.max(0, parts.size() - 1) * separator;
        for (Object part : parts) {
            length += part instanceof String text ? text.length() : 0;
        }
        return length;
    }

    /**
     * At least the length of {@code value}'s JSON text, measured only until it passes {@code enough} (so a huge
     * value costs no more than the bound).
     */
    static long textLength(Object value, long enough) {
        if (value instanceof String text) {
            return text.length() + 2L;
        }
        long length = 2;
        if (value instanceof List<?> items) {
            for (Object item : items) {
                length += 1 + textLength(item, enough - length);
                if (length > enough) {
                    return length;
                }
            }
            return length;
        }
        if (value instanceof Map<?, ?> fields) {
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                length += 4 + String.valueOf(field.getKey()).length() + textLength(field.getValue(), enough - length);
                if (length > enough) {
                    return length;
                }
            }
            return length;
        }
        return 1;
    }
}
