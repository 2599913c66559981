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

    /**
     * Told of a call the engine makes without asking for an answer: today a distributed Map's {@code ResultWriter}
     * writing its result files ({@code s3:putObject}, state path ending in {@code /ResultWriter}). {@link TaskMocks}
     * records it, so that {@link TaskMocks#invocations(String)} lists a Map's reader and writer calls together, as
     * {@code Execution.invocations()} does. The default does nothing.
     *
     * @since 0.1.0
     */
    default void observe(TaskInvocation invocation) {}
}
