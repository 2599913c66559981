package io.github.sfnunit.internal.engine;

import io.github.sfnunit.asl.StateType;

/**
 * Stops a child fiber whose parent state ended without it (a sibling branch or iteration failed): records the
 * {@code ...StateAborted} event AWS writes for the state it was in, marks the visits still open in it (and in the
 * branches and iterations it started) as aborted now, then cancels it. Its own children stop with it ({@link
 * Fiber#isEnded()} follows the parent).
 */
final class FiberAbort {

    private FiberAbort() {}

    /** Aborts {@code fiber} if it is still running. */
    static void abort(Fiber fiber) {
        if (fiber.isEnded()) {
            return;
        }
        StateRun current = fiber.current();
        if (current != null
                && !current.isDone()
                && hasAbortedEvent(current.state().type())) {
            fiber.lane().stateAborted(fiber.execution().now(), current.state().type());
        }
        if (!fiber.isChildExecution()) {
            // a distributed Map's child execution keeps its visits to itself; the scan covers only what the fiber
            // added (an inline Map runs at most 40 iterations at once, so aborting them stays cheap)
            fiber.execution().abortOpenVisits(fiber.pathPrefix(), fiber.visitsBefore());
        }
        fiber.cancel();
    }

    private static boolean hasAbortedEvent(StateType type) {
        return type == StateType.TASK || type == StateType.WAIT || type == StateType.MAP || type == StateType.PARALLEL;
    }
}
