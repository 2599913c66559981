package io.github.sfnunit.internal.query.jsonata;

import com.dashjoin.jsonata.Jsonata;
import io.github.sfnunit.asl.SizeLimits;
import java.util.List;

/**
 * Bounds one evaluation so that no expression can hang a test, overflow the stack or exhaust the memory: a
 * nesting depth (AWS refuses an evaluation nested deeper than 100 steps), a number of evaluation steps (an endless
 * tail-recursive function would otherwise loop for ever), and the size of every text and array a step builds:
 * at most {@link #MAX_BUILT} characters or items, four times what a payload can hold ({@link
 * SizeLimits#MAX_PAYLOAD_BYTES}). The margin lets a value a little over 256 KiB fail where AWS fails it (a state's
 * output or a variable: {@code States.DataLimitExceeded}) and lets an intermediate value be larger than its
 * result, while a runaway expression stops long before the memory runs out. A text doubled in a loop is refused at the step that passes the bound; the
 * functions that could build far more in one call ({@code $pad}, {@code $join}, {@code $string}, {@code $range})
 * are checked before they build ({@link SizeBoundedFunctions}). Counting, not wall-clock time, keeps the outcome
 * deterministic.
 */
final class EvaluationBounds {

    static final int MAX_DEPTH = 100;
    static final long MAX_STEPS = 10_000_000L;

    static final String STACK_OVERFLOW = "U1001: Stack overflow error: Check for non-terminating recursive function."
            + "  Consider rewriting as tail-recursive.";
    static final String TIMEOUT = "U1002: Expression evaluation timeout: Check for infinite loop";

    /** The most characters of a text, or items of an array, that one step may build: four payloads. */
    static final int MAX_BUILT = 4 * SizeLimits.MAX_PAYLOAD_BYTES;

    private final long maxSteps;
    private int depth;
    private long steps;

    private EvaluationBounds(long maxSteps) {
        this.maxSteps = maxSteps;
    }

    /** Installs fresh bounds on the frame of one evaluation. */
    static void install(Jsonata.Frame frame, long maxSteps) {
        EvaluationBounds bounds = new EvaluationBounds(maxSteps);
        frame.setEvaluateEntryCallback((expression, input, environment) -> bounds.enter());
        frame.setEvaluateExitCallback((expression, input, environment, result) -> {
            bounds.depth--;
            checkBuilt(result);
        });
    }

    /** Refuses a text or array larger than {@link #MAX_BUILT}. */
    static void checkBuilt(Object value) {
        if (value instanceof String text && text.length() > MAX_BUILT) {
            throw tooLarge("a text of " + text.length() + " characters");
        }
        if (value instanceof List<?> array && array.size() > MAX_BUILT) {
            throw tooLarge("an array of " + array.size() + " items");
        }
    }

    /** @param what e.g. {@code "a text of 2000000 characters"} */
    static JsonataFunctionException tooLarge(String what) {
        return new JsonataFunctionException("The expression builds " + what + ": more than " + MAX_BUILT + ", four"
                + " times what the largest payload (256 KiB) can hold; sfn-unit refuses it rather than exhaust the"
                + " memory");
    }

    private void enter() {
        depth++;
        steps++;
        if (depth > MAX_DEPTH) {
            throw new JsonataFunctionException(STACK_OVERFLOW);
        }
        if (steps > maxSteps) {
            throw new JsonataFunctionException(TIMEOUT);
        }
    }
}
