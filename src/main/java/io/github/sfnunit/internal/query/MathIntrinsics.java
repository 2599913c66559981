package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Random;
import java.util.random.RandomGenerator;

/** {@code States.MathRandom}, {@code States.MathAdd}, {@code States.UUID}: the numeric and random functions. */
final class MathIntrinsics {

    private MathIntrinsics() {}

    static JsonNode random(IntrinsicInvocation call) {
        // AWS accepts fractional bounds here (12.5, 44.51 are recorded as succeeding); they are rounded as
        // MathAdd rounds its addends.
        int start = (int) rounded(call, 0);
        int end = (int) rounded(call, 1);
        if (start >= end) {
            throw call.failure("the start " + start + " must be less than the end " + end);
        }
        RandomGenerator random = call.count() == 3
                ? new Random(rounded(call, 2))
                : call.scope().context().random();
        return JsonNodeFactory.instance.numberNode(random.nextInt(start, end));
    }

    static JsonNode add(IntrinsicInvocation call) {
        long sum = rounded(call, 0) + rounded(call, 1);
        if (sum < Integer.MIN_VALUE || sum > Integer.MAX_VALUE) {
            throw call.failure("the sum " + sum + " is outside the 32-bit integer range");
        }
        return JsonNodeFactory.instance.numberNode((int) sum);
    }

    /**
     * A numeric argument rounded as AWS rounds it: half up (towards positive infinity), so -1.5 becomes -1 and
     * 0.5 becomes 1. MathAdd rounds each addend before adding (recorded: 1.5 + 1.51 is 4).
     */
    private static long rounded(IntrinsicInvocation call, int index) {
        double value = call.number(index);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw call.failure("argument " + (index + 1) + " must be between " + Integer.MIN_VALUE + " and "
                    + Integer.MAX_VALUE + ", but was " + call.value(index));
        }
        return Math.round(value);
    }

    static JsonNode uuid(IntrinsicInvocation call) {
        RandomGenerator random = call.scope().context().random();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return JsonNodeFactory.instance.textNode(new java.util.UUID(high, low).toString());
    }
}
