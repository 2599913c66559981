package io.github.sfnunit.assertions;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateVisit;
import io.github.sfnunit.mock.TaskInvocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The task calls one state visit made. A call names its state's path, not its visit, so the calls of a path are
 * given to its visits in order: each call to the first visit from the current one whose virtual time span holds
 * the call's time and that has not made more calls than it had attempts (two visits of a loop can share an
 * instant).
 */
final class VisitCalls {

    private VisitCalls() {}

    static List<TaskInvocation> of(Execution execution, StateVisit visit) {
        List<StateVisit> visits = execution.visits().stream()
                .filter(other -> other.statePath().equals(visit.statePath()))
                .toList();
        List<List<TaskInvocation>> byVisit = new ArrayList<>();
        visits.forEach(v -> byVisit.add(new ArrayList<>()));
        int current = 0;
        for (TaskInvocation call : execution.invocations()) {
            if (!call.statePath().equals(visit.statePath())) {
                continue;
            }
            while (current < visits.size() && !takes(visits.get(current), byVisit.get(current), call.time())) {
                current++;
            }
            if (current < visits.size()) {
                byVisit.get(current).add(call);
            }
        }
        int index = visits.indexOf(visit);
        return index < 0 ? List.of() : List.copyOf(byVisit.get(index));
    }

    private static boolean takes(StateVisit visit, List<TaskInvocation> taken, Instant time) {
        Instant end = visit.exitedTime() != null ? visit.exitedTime() : visit.abortedTime();
        boolean inSpan = !time.isBefore(visit.enteredTime()) && (end == null || !time.isAfter(end));
        // a visit a sibling aborted may have made one call more than its recorded attempts: the aborted one's
        boolean room = visit.attempts().isEmpty()
                || taken.size() < visit.attempts().size() + (visit.abortedTime() == null ? 0 : 1);
        return inSpan && room;
    }
}
