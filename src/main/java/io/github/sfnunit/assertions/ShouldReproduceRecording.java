package io.github.sfnunit.assertions;

import io.github.sfnunit.replay.Divergence;
import io.github.sfnunit.replay.ExecutionReplay;
import org.assertj.core.error.BasicErrorMessageFactory;

/** A replayed execution did not do what its recording did. */
final class ShouldReproduceRecording extends BasicErrorMessageFactory {

    private ShouldReproduceRecording(ExecutionReplay replay, Divergence divergence) {
        super(
                "%nExpecting the rerun of %s to reproduce the recording, but it %s",
                unquotedString(replay.recording().source()), unquotedString(divergence.describe()));
    }

    static ShouldReproduceRecording shouldReproduceRecording(ExecutionReplay replay, Divergence divergence) {
        return new ShouldReproduceRecording(replay, divergence);
    }
}
