package io.github.sfnunit.internal.conformance;

import io.github.sfnunit.UnsupportedFeatureException;
import io.github.sfnunit.mock.TaskHandler;
import java.nio.file.Path;

/** Loads a Step Functions Local MockConfigFile as the {@link TaskHandler} of one test case. */
public final class MockConfigs {

    private MockConfigs() {}

    /**
     * The handler answering the tasks of {@code testCase} of {@code stateMachine} (the file's only state machine
     * when {@code null}).
     */
    public static TaskHandler load(Path file, String stateMachine, String testCase) {
        throw new UnsupportedFeatureException("Step Functions Local mock config files (" + file
                + ") are not supported yet: the mock package's MockConfigFile loader has not landed");
    }
}
