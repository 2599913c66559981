package io.github.sfnunit.internal.query.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The functions AWS Step Functions adds to JSONata ({@code $partition}, {@code $range}, {@code $hash}, {@code
 * $random} with its optional seed, {@code $uuid}, {@code $parse}), the one it removes ({@code $eval}, which then
 * fails as an unknown function does, with {@code T1006}), and {@code $now}/{@code $millis} read from the virtual
 * clock rather than the wall clock.
 *
 * <p>The edge cases (empty arrays, missing arguments, non-integer numbers rounded towards zero, the error
 * codes) follow what AWS answers. Randomness ({@code $random()}, {@code $uuid()}) draws from the execution's
 * seeded source; {@code $random(seed)} is {@code java.util.Random(seed).nextDouble()}, which is what AWS
 * returns for a seed.
 */
final class StepFunctionsFunctions {

    private static final Set<String> HASH_ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");
    /** {@code $parse}'s JSON: one value (trailing text is an error), duplicate keys refused. */
    private static final JsonFactory STRICT_JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private StepFunctionsFunctions() {}

    /**
     * The functions to bind for one evaluation.
     *
     * @param random the execution's seeded random source
     * @param now the virtual time {@code $now()} and {@code $millis()} return
     */
    static void bindTo(Jsonata.Frame frame, RandomGenerator random, Instant now, String expression) {
        // Each signature allows one argument more than AWS documents, so that a call with too many arguments
        // reaches the function and fails with AWS's message rather than the engine's.
        // A new JFunction compiles its signature into a regular expression: binding all of them for every
        // evaluation was half the cost of a simple expression in the benchmarks. With $eval off, an expression
        // can only reach the functions it names, so only those are bound.
        if (expression.contains("$partition")) {
            frame.bind("partition", new Jsonata.JFunction((input, args) -> partition(args), "<x?x?x?:x>"));
        }
        if (expression.contains("$range")) {
            frame.bind("range", new Jsonata.JFunction((input, args) -> range(args), "<x?x?x?x?:x>"));
        }
        if (expression.contains("$hash")) {
            frame.bind("hash", new Jsonata.JFunction((input, args) -> hash(args), "<x?x?x?:x>"));
        }
        if (expression.contains("$random")) {
            frame.bind("random", new Jsonata.JFunction((input, args) -> random(args, random), "<x?x?:x>"));
        }
        if (expression.contains("$uuid")) {
            frame.bind("uuid", new Jsonata.JFunction((input, args) -> uuid(args, random), "<x?:x>"));
        }
        if (expression.contains("$parse")) {
            frame.bind("parse", new Jsonata.JFunction((input, args) -> parse(args), "<x?x?:x>"));
        }
        if (expression.contains("$now")) {
            frame.bind("now", new Jsonata.JFunction((input, args) -> now(args, now), "<s?s?:s>"));
        }
        if (expression.contains("$millis")) {
            frame.bind("millis", new Jsonata.JFunction((input, args) -> now.toEpochMilli(), "<:n>"));
        }
        frame.bind("eval", (Object) null);
    }

    private static Object argument(List<?> args, int index) {
        return index < args.size() ? args.get(index) : null;
    }

    private static void rejectSurplus(List<?> args, String function, int allowed) {
        if (argument(args, allowed) != null) {
            throw signatureError(function, allowed + 1);
        }
    }

    private static JsonataFunctionException signatureError(String function, int argumentNumber) {
        return new JsonataFunctionException("T0410: Argument " + argumentNumber + " of function \"" + function
                + "\" does not match function" + " signature");
    }

    /** AWS reads a non-integer number argument rounded towards zero (2.9 is 2, -1.7 is -1). */
    private static long integer(Object value, String function, int argumentNumber) {
        if (!(value instanceof Number number)) {
            throw signatureError(function, argumentNumber);
        }
        return (long) number.doubleValue();
    }

    /** {@code $partition(array, size)}: consecutive chunks of {@code size} items, the last one shorter. */
    static Object partition(List<?> args) {
        rejectSurplus(args, "partition", 2);
        Object first = argument(args, 0);
        if (first == null) {
            return null;
        }
        if (!(first instanceof List<?> array)) {
            throw new JsonataFunctionException(
                    "T0412: Argument 1 of function \"partition\" must be an array of undefined");
        }
        if (array.isEmpty()) {
            return null;
        }
        Object second = argument(args, 1);
        if (second == null) {
            return new ArrayList<>(List.of(array));
        }
        long size = integer(second, "partition", 2);
        if (size < 0) {
            throw new JsonataFunctionException("D3137: Second argument must be zero or greater");
        }
        if (size == 0) {
            return null;
        }
        List<Object> chunks = new ArrayList<>();
        int chunk = (int) Math.min(size, array.size());
        for (int from = 0; from < array.size(); from += chunk) {
            chunks.add(new ArrayList<>(array.subList(from, Math.min(from + chunk, array.size()))));
        }
        return chunks;
    }

    /** {@code $range(start, end, step)}: start, start+step, ... up to end inclusive; one value alone is no array. */
    static Object range(List<?> args) {
        rejectSurplus(args, "range", 3);
        long start = integer(argument(args, 0), "range", 1);
        long end = integer(argument(args, 1), "range", 2);
        Object stepArgument = argument(args, 2);
        if (stepArgument == null) {
            return null;
        }
        long step = integer(stepArgument, "range", 3);
        if (step == 0 || (step > 0 && start > end) || (step < 0 && start < end)) {
            return null;
        }
        // Counted exactly first: stepping with a long could overflow and never pass the end.
        long count = BigInteger.valueOf(end)
                .subtract(BigInteger.valueOf(start))
                .divide(BigInteger.valueOf(step))
                .add(BigInteger.ONE)
                .min(BigInteger.valueOf(Integer.MAX_VALUE))
                .longValue();
        if (count == 1) {
            // A sequence of one value is that value: AWS answers $range(1, 9, 9) with 1.
            return start;
        }
        if (count > EvaluationBounds.MAX_BUILT) {
            throw EvaluationBounds.tooLarge("an array of " + count + " items with $range");
        }
        List<Object> values = new ArrayList<>();
        long value = start;
        for (long i = 0; i < count; i++) {
            values.add(value);
            value += step;
        }
        return values;
    }

    /** {@code $hash(text, algorithm)}: the lower-case hex digest, with MD5, SHA-1, SHA-256, SHA-384 or SHA-512. */
    static Object hash(List<?> args) {
        rejectSurplus(args, "hash", 2);
        if (!(argument(args, 0) instanceof String text)) {
            throw signatureError("hash", 1);
        }
        Object algorithmArgument = argument(args, 1);
        if (algorithmArgument == null) {
            return null;
        }
        if (!(algorithmArgument instanceof String algorithm)) {
            throw signatureError("hash", 2);
        }
        if (!HASH_ALGORITHMS.contains(algorithm)) {
            throw new JsonataFunctionException(
                    "D3137: Hash algorithm '" + algorithm + "' must be one of SHA-1, SHA-384, SHA-256, SHA-512, MD5");
        }
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no " + algorithm + " digest", e);
        }
    }

    /** {@code $random()} or {@code $random(seed)}: a number in [0, 1). */
    static Object random(List<?> args, RandomGenerator random) {
        rejectSurplus(args, "random", 1);
        Object seed = argument(args, 0);
        if (seed == null) {
            return random.nextDouble();
        }
        return new Random(integer(seed, "random", 1)).nextDouble();
    }

    /** {@code $uuid()}: a version 4 UUID drawn from the execution's seeded random source. */
    static Object uuid(List<?> args, RandomGenerator random) {
        rejectSurplus(args, "uuid", 0);
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    /** {@code $parse(text)}: the JSON value of a JSON text (AWS's replacement for {@code $eval}). */
    static Object parse(List<?> args) {
        rejectSurplus(args, "parse", 1);
        Object argument = argument(args, 0);
        if (argument == null) {
            return null;
        }
        if (!(argument instanceof String text)) {
            throw signatureError("parse", 1);
        }
        JsonNode parsed;
        try {
            parsed = JsonCodec.read(STRICT_JSON, text);
        } catch (JsonProcessingException e) {
            throw new JsonataFunctionException("D3137: Invalid JSON");
        }
        if (parsed == null || parsed.isMissingNode()) {
            throw new JsonataFunctionException("D3137: Invalid JSON");
        }
        return JsonataValues.toJsonata(parsed);
    }

    /** {@code $now()} on the virtual clock; with a picture and time zone it formats as {@code $fromMillis}. */
    static Object now(List<?> args, Instant now) {
        Object picture = argument(args, 0);
        Object timezone = argument(args, 1);
        if (picture == null && timezone == null) {
            return ISO_MILLIS.format(now);
        }
        return Functions.dateTimeFromMillis(now.toEpochMilli(), (String) picture, (String) timezone);
    }
}
