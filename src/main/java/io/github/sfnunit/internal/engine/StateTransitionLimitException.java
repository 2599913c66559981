package io.github.sfnunit.internal.engine;

/**
 * An execution entered more states than {@link EngineOptions#maxStateTransitions()}; the root package turns it
 * into the public {@code ExecutionLimitExceededException}.
 */
public final class StateTransitionLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StateTransitionLimitException(String message) {
        super(message);
    }
}
