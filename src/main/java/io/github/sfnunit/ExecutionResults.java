package io.github.sfnunit;

import io.github.sfnunit.internal.engine.ExecutionResult;
import io.github.sfnunit.internal.engine.RunStatus;
import io.github.sfnunit.internal.engine.VisitRecord;
import io.github.sfnunit.mock.TaskHandler;
import io.github.sfnunit.mock.TaskMocks;
import java.util.List;

/** Builds the public {@link Execution} and {@link StateVisit}s from what the engine returns. */
final class ExecutionResults {

    private ExecutionResults() {}

    static Execution toExecution(ExecutionResult result, TaskHandler taskHandler) {
        return new Execution(
                result.executionArn(),
                status(result.status()),
                result.input(),
                result.output(),
                result.error(),
                result.cause(),
                result.startTime(),
                result.stopTime(),
                stateVisits(result.visits()),
                result.invocations(),
                result.history(),
                // What the reports need of the mocks, as it is now: later executions must not change it.
                taskHandler instanceof TaskMocks mocks ? mocks.unusedStubs() : List.of());
    }

    static ExecutionStatus status(RunStatus status) {
        return switch (status) {
            case RUNNING -> ExecutionStatus.RUNNING;
            case SUCCEEDED -> ExecutionStatus.SUCCEEDED;
            case FAILED -> ExecutionStatus.FAILED;
            case TIMED_OUT -> ExecutionStatus.TIMED_OUT;
            case ABORTED -> ExecutionStatus.ABORTED;
        };
    }

    /** One copy, into the immutable list that {@link Execution} keeps as it is (a stream's list would be copied). */
    private static List<StateVisit> stateVisits(List<VisitRecord> records) {
        StateVisit[] visits = new StateVisit[records.size()];
        for (int i = 0; i < visits.length; i++) {
            visits[i] = toStateVisit(records.get(i));
        }
        return List.of(visits);
    }

    private static StateVisit toStateVisit(VisitRecord visit) {
        // An array into List.of, which StateVisit keeps as it is (an ArrayList would be copied again).
        List<VisitRecord.Attempt> recorded = visit.attempts();
        StateVisit.Attempt[] attempts = new StateVisit.Attempt[recorded.size()];
        for (int i = 0; i < attempts.length; i++) {
            VisitRecord.Attempt attempt = recorded.get(i);
            attempts[i] = new StateVisit.Attempt(
                    attempt.retryCount(),
                    attempt.startedTime(),
                    attempt.endedTime(),
                    attempt.error(),
                    attempt.cause(),
                    attempt.retrierIndex(),
                    attempt.retryDelay());
        }
        VisitRecord.Caught caught = visit.caught();
        return new StateVisit(
                visit.stateName(),
                visit.statePath(),
                visit.type(),
                visit.sequence(),
                visit.enteredTime(),
                visit.exitedTime(),
                visit.input(),
                visit.output(),
                List.of(attempts),
                caught == null
                        ? null
                        : new StateVisit.CaughtError(
                                caught.error(), caught.cause(), caught.catcherIndex(), caught.next()),
                visit.error(),
                visit.cause(),
                visit.variables(),
                visit.next(),
                visit.choiceRule(),
                visit.abortedTime());
    }
}
