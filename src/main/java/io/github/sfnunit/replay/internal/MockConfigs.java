package io.github.sfnunit.replay.internal;

import io.github.sfnunit.mock.MockConfigFile;
import io.github.sfnunit.mock.TaskHandler;
import java.nio.file.Path;
import java.util.Set;

/** Loads a Step Functions Local MockConfigFile as the {@link TaskHandler} of one test case. */
public final class MockConfigs {

    private MockConfigs() {}

    /**
     * The handler answering the tasks of {@code testCase} of {@code stateMachine} (the file's only state machine
     * when {@code null}).
     */
    public static TaskHandler load(Path file, String stateMachine, String testCase) {
        MockConfigFile config = MockConfigFile.load(file);
        String machine = stateMachine;
        if (machine == null) {
            Set<String> machines = config.stateMachines();
            if (machines.size() != 1) {
                throw new IllegalArgumentException(file + ": name the state machine to use (--state-machine), the file"
                        + " configures " + machines);
            }
            machine = machines.iterator().next();
        }
        return config.testCase(machine, testCase);
    }
}
