package io.github.sfnunit.mock;

/**
 * A Task state ran and no mock answered it. This fails the test, never the state machine: the message names the
 * state, the resource, and the mocks that do exist.
 *
 * @since 0.1.0
 */
public class UnmockedTaskException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnmockedTaskException(String message) {
        super(message);
    }
}
