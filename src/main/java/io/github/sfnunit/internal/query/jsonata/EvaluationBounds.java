package io.github.sfnunit.internal.query.jsonata;

import com.dashjoin.jsonata.Jsonata;

/**
 * Bounds one evaluation so that no expression can hang a test or overflow the stack: a nesting depth (AWS
 * refuses an evaluation nested deeper than 100 steps) and a number of evaluation steps (an endless tail-recursive
 * function would otherwise loop for ever). Counting steps, not wall-clock time, keeps the outcome deterministic.
 */
final class EvaluationBounds {

    static final int MAX_DEPTH = 100;
    static final long MAX_STEPS = 10_000_000L;

    static final String STACK_OVERFLOW = "U1001: Stack overflow error: Check for non-terminating recursive function."
            + "  Consider rewriting as tail-recursive.";
    static final String TIMEOUT = "U1002: Expression evaluation timeout: Check for infinite loop";

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
        frame.setEvaluateExitCallback((expression, input, environment, result) -> bounds.depth--);
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
