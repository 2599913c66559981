package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Told when a {@link Fiber} reaches the end of its graph: the execution for the root fiber, the enclosing
 * Parallel or Map state for a branch or an iteration.
 */
public interface FiberListener {

    /** The graph ended in an end state (or a Succeed state) with {@code output}. */
    void succeeded(JsonNode output);

    /** A state failed and nothing caught it (or a Fail state ran). */
    void failed(String error, String cause);
}
