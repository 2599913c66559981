package io.github.sfnunit.asl;

/**
 * The type of a state machine. Express machines refuse some definitions that Standard ones accept (activities,
 * {@code .sync} and {@code .waitForTaskToken} integrations).
 *
 * @since 0.1.0
 */
public enum StateMachineType {
    STANDARD,
    EXPRESS
}
