package io.github.sfnunit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.bench.Workload.MockAnswer;
import io.github.sfnunit.mock.TaskMocks;
import io.github.sfnunit.mock.TaskStub;
import io.github.sfnunit.report.CoverageData;
import java.util.List;
import java.util.Map;

/**
 * Runs a workload the way a test does: the definition compiled once, then per execution fresh {@link TaskMocks}
 * stubbed with the workload's answers ({@code mocks.forState(..).thenFail(..).thenReturn("{...}")}) and {@code
 * machine.withTaskHandler(mocks).start(input)}. The peer's runner likewise builds its task overrides per execution.
 */
public final class WorkloadMachines {

    private final StateMachine machine;
    private final Map<String, List<MockAnswer>> answers;

    private WorkloadMachines(StateMachine machine, Map<String, List<MockAnswer>> answers) {
        this.machine = machine;
        this.answers = answers;
    }

    /** The workload compiled with history recording on or off. */
    public static WorkloadMachines compile(Workload workload, boolean historyRecording) {
        ExecutionOptions.Builder options = ExecutionOptions.builder()
                .historyEnabled(historyRecording)
                // History-off runs measure the memory of a Map without per-item visits (issue #8).
                .recordMapIterationVisits(historyRecording);
        if (workload.itemCount() > 0) {
            // A Map over n items enters at least n + 1 states; the loop guard is for runaway loops, not for this.
            options.maxStateTransitions(
                    Math.max(ExecutionOptions.DEFAULT_MAX_STATE_TRANSITIONS, 10 * workload.itemCount()));
            // An inline Map over 10,000 items passes AWS's 25,000-event history limit (AWS would need a
            // distributed Map); the benchmark measures the interpreter, so the limit is lifted.
            options.maxHistoryEvents(0);
        }
        StateMachine machine =
                StateMachine.from(new DefinitionParser().parse(workload.definitionJson()), options.build());
        return new WorkloadMachines(machine, workload.mocks());
    }

    /**
     * This workload counting each execution's coverage into {@code coverage}, as the JUnit extension does for the
     * machines it injects (issue #13).
     */
    public WorkloadMachines recordingCoverage(CoverageData coverage, String source) {
        return new WorkloadMachines(coverage.recording(source, machine), answers);
    }

    /** One execution with fresh mocks. */
    public Execution start(JsonNode input) {
        if (answers.isEmpty()) {
            return machine.start(input);
        }
        TaskMocks mocks = new TaskMocks();
        answers.forEach((state, script) -> stub(mocks.forState(state), script));
        return machine.withTaskHandler(mocks).start(input);
    }

    private static void stub(TaskStub stub, List<MockAnswer> script) {
        for (MockAnswer answer : script) {
            if (answer instanceof MockAnswer.Throws failure) {
                stub.thenFail(failure.error(), failure.cause());
            } else {
                stub.thenReturn(((MockAnswer.Returns) answer).resultJson());
            }
        }
    }
}
