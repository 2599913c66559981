package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.ShouldReproduceRecording.shouldReproduceRecording;

import io.github.sfnunit.Execution;
import io.github.sfnunit.replay.ExecutionReplay;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a replayed execution: {@code assertThat(replay).reproducesRecording()}.
 *
 * @since 0.1.0
 */
public class ReplayAssert extends AbstractAssert<ReplayAssert, ExecutionReplay> {

    public ReplayAssert(ExecutionReplay actual) {
        super(actual, ReplayAssert.class);
    }

    /**
     * The rerun reproduces the recording: same path, status, error, cause and output. Otherwise fails naming the
     * recorded event where they first differ, the expected and actual values and why.
     */
    public ReplayAssert reproducesRecording() {
        isNotNull();
        actual.divergence().ifPresent(divergence -> throwAssertionError(shouldReproduceRecording(actual, divergence)));
        return this;
    }

    /** Assertions on the rerun itself, e.g. to check its output further. */
    public ExecutionAssert rerun() {
        isNotNull();
        Execution execution = actual.execution()
                .orElseThrow(() -> failure(
                        "%nExpecting the rerun of %s to finish, but it %s",
                        actual.recording().source(),
                        actual.divergence().orElseThrow().describe()));
        return new ExecutionAssert(execution);
    }
}
