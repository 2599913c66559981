package io.github.sfnunit.mock;

/**
 * Answers the engine's Task calls. {@link TaskMocks} is the implementation tests use; any other, including a
 * Mockito mock, can stand in. A handler is called on the test's thread, in a deterministic order.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface TaskHandler {

    /**
     * The outcome of one task call.
     *
     * @throws UnmockedTaskException when the handler has no answer for the call (the execution then fails the
     *     test rather than the state machine)
     */
    TaskOutcome invoke(TaskInvocation invocation);
}
