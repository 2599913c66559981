package io.github.sfnunit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.internal.history.RecordedHistory;
import io.github.sfnunit.mock.TaskInvocation;
import io.github.sfnunit.mock.TaskMocks;
import io.github.sfnunit.mock.UnusedStub;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The result of a finished execution: status, output or error, the path of state visits, the task calls and
 * the AWS-shaped history. Every time in it is virtual.
 *
 * @param output the execution output when it succeeded, else {@code null}
 * @param error the error when it failed or timed out, else {@code null}
 * @param cause the cause that goes with {@code error}, else {@code null}
 * @param visits the state visits in order of entry; without the visits of states inside inline Map iterations
 *     when {@link ExecutionOptions#recordMapIterationVisits()} was false ({@link StateVisit#sequence()} still
 *     counts them)
 * @param history empty when history recording was off
 * @param unusedStubs when {@link TaskMocks} answered the tasks, its stubs that had answered no call when the
 *     execution ended (for mock summaries in messages); empty otherwise. A snapshot: later executions on the same
 *     mocks do not change it
 * @since 0.1.0
 */
public record Execution(
        String executionArn,
        ExecutionStatus status,
        JsonNode input,
        JsonNode output,
        String error,
        String cause,
        Instant startTime,
        Instant stopTime,
        List<StateVisit> visits,
        List<TaskInvocation> invocations,
        List<HistoryEvent> history,
        List<UnusedStub> unusedStubs) {

    public Execution {
        visits = List.copyOf(visits);
        invocations = List.copyOf(invocations);
        unusedStubs = unusedStubs == null ? List.of() : List.copyOf(unusedStubs);
        // A RecordedHistory is immutable already; copying it would build every event's details right away.
        history = history instanceof RecordedHistory ? history : List.copyOf(history);
    }

    /** The virtual time from start to stop. */
    public Duration virtualDuration() {
        return Duration.between(startTime, stopTime);
    }

    /** The names of the states entered, in order of entry (all levels, as AWS's history lists them). */
    public List<String> statesEntered() {
        return visits.stream().map(StateVisit::stateName).toList();
    }
}
