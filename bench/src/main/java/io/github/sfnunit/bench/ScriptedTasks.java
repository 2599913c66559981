package io.github.sfnunit.bench;

import io.github.sfnunit.bench.Workload.MockAnswer;
import io.github.sfnunit.mock.TaskHandler;
import io.github.sfnunit.mock.TaskInvocation;
import io.github.sfnunit.mock.TaskOutcome;
import io.github.sfnunit.mock.UnmockedTaskException;
import java.util.List;
import java.util.Map;

/**
 * Answers each Task state with the workload's scripted answers, chosen by the invocation's index within the
 * execution (the numbering of Step Functions Local mock files; the last answer repeats). It keeps no state, so
 * one instance serves every execution, as the peer's per-execution override functions do.
 */
record ScriptedTasks(Map<String, List<MockAnswer>> answers) implements TaskHandler {

    @Override
    public TaskOutcome invoke(TaskInvocation invocation) {
        List<MockAnswer> script = answers.get(invocation.stateName());
        if (script == null) {
            throw new UnmockedTaskException("the benchmark has no answer for Task state '" + invocation.stateName()
                    + "'; scripted states: " + answers.keySet());
        }
        MockAnswer answer = script.get(Math.min(invocation.invocationIndex(), script.size() - 1));
        if (answer instanceof MockAnswer.Throws failure) {
            return new TaskOutcome.Failed(failure.error(), failure.cause());
        }
        return new TaskOutcome.Succeeded(((MockAnswer.Returns) answer).result());
    }
}
