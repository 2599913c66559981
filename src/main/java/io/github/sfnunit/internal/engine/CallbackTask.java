package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;

/** A task waiting for the test to call back with its token ({@code .waitForTaskToken} or an activity). */
interface CallbackTask {

    /** The name of the state that waits, for messages. */
    String stateName();

    void succeed(JsonNode output);

    void fail(String error, String cause);

    void heartbeat();
}
