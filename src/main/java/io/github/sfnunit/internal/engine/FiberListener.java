package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Told when a {@link Fiber} reaches the end of its graph: the execution for the root fiber, the enclosing
 * Parallel or Map state for a branch or an iteration (through {@link #child}).
 */
interface FiberListener {

    /** The graph ended in an end state (or a Succeed state) with {@code output}. */
    void succeeded(JsonNode output);

    /** A state failed and nothing caught it (or a Fail state ran). */
    void failed(String error, String cause);

    /** The one shape of a state that runs child fibers, Parallel's branches and Map's iterations alike. */
    interface Parent {
        void childSucceeded(int index, JsonNode output);

        void childFailed(int index, String error, String cause);
    }

    /** The listener of {@code parent}'s child number {@code index}. */
    static FiberListener child(Parent parent, int index) {
        return new FiberListener() {
            @Override
            public void succeeded(JsonNode output) {
                parent.childSucceeded(index, output);
            }

            @Override
            public void failed(String error, String cause) {
                parent.childFailed(index, error, cause);
            }
        };
    }
}
