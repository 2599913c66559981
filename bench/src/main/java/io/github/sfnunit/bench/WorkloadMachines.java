package io.github.sfnunit.bench;

import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;

/** Compiles a workload's definition into the machine both the side-by-side runner and JMH execute. */
public final class WorkloadMachines {

    private WorkloadMachines() {}

    /** The workload's machine: compiled once, its Tasks answered by the scripted mocks. */
    public static StateMachine machineFor(Workload workload, boolean historyRecording) {
        ExecutionOptions.Builder options = ExecutionOptions.builder()
                .historyEnabled(historyRecording)
                .taskHandler(new ScriptedTasks(workload.mocks()));
        if (workload.itemCount() > 0) {
            // A Map over n items enters at least n + 1 states; the loop guard is for runaway loops, not for this.
            options.maxStateTransitions(
                    Math.max(ExecutionOptions.DEFAULT_MAX_STATE_TRANSITIONS, 10 * workload.itemCount()));
        }
        return StateMachine.from(new DefinitionParser().parse(workload.definitionJson()), options.build());
    }
}
