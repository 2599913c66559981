package io.github.sfnunit.assertions;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateVisit;
import io.github.sfnunit.StateVisit.Attempt;
import io.github.sfnunit.asl.StateType;
import io.github.sfnunit.mock.TaskInvocation;
import io.github.sfnunit.mock.TaskMocks;
import io.github.sfnunit.mock.UnusedStub;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of every failure message that shows what the execution did: the executed path as a table (virtual
 * time since start, state, attempt, outcome, retry and catch decisions), how the execution ended, a summary of
 * the task calls and, when {@link TaskMocks} answered them, the stubs that answered no call (with the line that
 * registered each). A red CI log with this is meant to be enough to fix the test.
 */
final class ExecutionReport {

    static final String NL = System.lineSeparator();

    /** Tables longer than this show their first and last rows only. */
    static final int MAX_ROWS = 60;

    private static final int HEAD_ROWS = 40;
    private static final int MAX_CAUSE_LENGTH = 200;
    private static final String[] HEADER = {"time", "state", "attempt", "outcome", "decision"};

    private ExecutionReport() {}

    /** The path table, the end line and the task-call summary, separated by blank lines. */
    static String render(Execution execution) {
        return pathTable(execution) + NL + NL + endLine(execution) + NL + NL + taskCalls(execution);
    }

    /**
     * The executed path as a table, one row per attempt (and per visit of a state without attempts), in virtual
     * time order: rows of Parallel branches and Map iterations interleave as they ran, each naming its branch or
     * iteration in the state's path ({@code Outer/Branch 1/Inner}). Rows that start at the same instant keep the
     * order in which the states were entered.
     */
    static String pathTable(Execution execution) {
        if (execution.visits().isEmpty()) {
            return "Executed path: no state was entered.";
        }
        List<Row> timed = new ArrayList<>();
        for (StateVisit visit : execution.visits()) {
            addRows(execution, visit, timed);
        }
        // a stable sort: same-instant rows stay in order of entry, a visit's attempts stay in order
        timed.sort(Comparator.comparing(Row::at, Comparator.nullsLast(Comparator.naturalOrder())));
        List<String[]> rows = timed.stream().map(Row::cells).toList();
        List<String[]> shown = new ArrayList<>();
        shown.add(HEADER);
        int omitted = 0;
        if (rows.size() > MAX_ROWS) {
            int tail = MAX_ROWS - HEAD_ROWS;
            omitted = rows.size() - MAX_ROWS;
            shown.addAll(rows.subList(0, HEAD_ROWS));
            shown.add(null);
            shown.addAll(rows.subList(rows.size() - tail, rows.size()));
        } else {
            shown.addAll(rows);
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : shown) {
            for (int c = 0; row != null && c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder table = new StringBuilder("Executed path (virtual time since start):");
        for (String[] row : shown) {
            table.append(NL).append("  ");
            if (row == null) {
                table.append("... ").append(omitted).append(" rows not shown ...");
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(c == 0 ? "" : "  ").append(pad(row[c], widths[c]));
            }
            table.append(line.toString().stripTrailing());
        }
        return table.toString();
    }

    static String endLine(Execution execution) {
        StringBuilder line = new StringBuilder("Execution ").append(execution.status());
        if (execution.status() == ExecutionStatus.RUNNING || execution.stopTime() == null) {
            return line.append(" (not finished)").toString();
        }
        line.append(" after ").append(DurationText.of(execution.virtualDuration()));
        if (execution.error() != null || execution.cause() != null) {
            line.append(": ").append(execution.error() == null ? "<no error>" : execution.error());
            if (execution.cause() != null) {
                line.append(" (cause: ").append(shortCause(execution.cause())).append(')');
            }
        }
        return line.toString();
    }

    static String taskCalls(Execution execution) {
        return callsPerState(execution) + unusedStubs(execution);
    }

    /** The stubs that had answered no call when the execution ended, when {@link TaskMocks} answered it. */
    private static String unusedStubs(Execution execution) {
        List<UnusedStub> unused = execution.unusedStubs();
        if (unused.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(NL).append(NL).append("Stubs that answered no call:");
        for (UnusedStub stub : unused) {
            text.append(NL).append("  ").append(stub);
        }
        return text.toString();
    }

    private static String callsPerState(Execution execution) {
        if (execution.invocations().isEmpty()) {
            return "Task calls: none.";
        }
        Map<String, List<TaskInvocation>> byState = new LinkedHashMap<>();
        for (TaskInvocation invocation : execution.invocations()) {
            byState.computeIfAbsent(invocation.stateName(), name -> new ArrayList<>())
                    .add(invocation);
        }
        int nameWidth = byState.keySet().stream().mapToInt(String::length).max().orElse(0);
        int countWidth = byState.values().stream()
                .mapToInt(calls -> calls(calls.size()).length())
                .max()
                .orElse(0);
        StringBuilder text = new StringBuilder("Task calls:");
        byState.forEach((state, calls) -> text.append(NL)
                .append("  ")
                .append(pad(state, nameWidth))
                .append("  ")
                .append(pad(calls(calls.size()), countWidth))
                .append("  ")
                .append(calls.get(0).resource()));
        return text.toString();
    }

    static String calls(int count) {
        return count == 1 ? "1 call" : count + " calls";
    }

    /** A row of the path table and the virtual instant it is ordered by. */
    private record Row(Instant at, String[] cells) {}

    private static void addRows(Execution execution, StateVisit visit, List<Row> rows) {
        Instant start = execution.startTime();
        String state = visit.statePath() == null ? visit.stateName() : visit.statePath();
        List<Attempt> attempts = visit.attempts();
        if (attempts.isEmpty()
                && visit.abortedTime() != null
                && visit.type() != StateType.TASK
                && visit.type() != StateType.PARALLEL
                && visit.type() != StateType.MAP) {
            rows.add(row(start, visit.enteredTime(), state, "", "aborted", aborted(start, visit)));
            return;
        }
        if (attempts.isEmpty() && visit.abortedTime() == null) {
            rows.add(row(start, visit.enteredTime(), state, "", outcome(visit), exit(visit)));
            return;
        }
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            boolean last = i == attempts.size() - 1 && visit.abortedTime() == null;
            String outcome;
            String decision;
            if (attempt.error() != null) {
                outcome = attempt.error();
                if (attempt.retryDelay() != null) {
                    decision = "retry in " + DurationText.of(attempt.retryDelay()) + " (Retry[" + attempt.retrierIndex()
                            + "])";
                } else {
                    // Without a retrier index the engine may mean "no retrier matched" or "the matching retrier
                    // had no attempts left"; "not retried" is true of both.
                    decision = (attempt.retrierIndex() == null
                                    ? "not retried"
                                    : "Retry[" + attempt.retrierIndex() + "] exhausted")
                            + (last ? ", " + exit(visit) : "");
                }
            } else if (attempt.endedTime() == null) {
                outcome = "running";
                decision = "";
            } else {
                outcome = "ok";
                decision = last ? exit(visit) : "";
            }
            rows.add(row(
                    start,
                    attempt.startedTime(),
                    state,
                    Integer.toString(attempt.retryCount() + 1),
                    outcome,
                    decision));
        }
        if (visit.abortedTime() != null) {
            addAbortedAttempt(execution, visit, state, rows);
        }
    }

    /**
     * The attempt a sibling's failure stopped: the one running then (the first, or the retry that began after the
     * last recorded attempt's back-off), or, when the state was waiting out a back-off, that wait. When the retry
     * was due at the very instant of the abort, what the retry left behind decides: a Task's call, or the first
     * state of a Parallel's branch or a Map's iteration.
     */
    private static void addAbortedAttempt(Execution execution, StateVisit visit, String state, List<Row> rows) {
        Instant start = execution.startTime();
        List<Attempt> attempts = visit.attempts();
        Instant attemptStart = visit.enteredTime();
        if (!attempts.isEmpty()) {
            Attempt previous = attempts.get(attempts.size() - 1);
            attemptStart = previous.retryDelay() == null || previous.endedTime() == null
                    ? null
                    : previous.endedTime().plus(previous.retryDelay());
        }
        boolean began = attemptStart != null
                && (attemptStart.isBefore(visit.abortedTime())
                        || attemptStart.equals(visit.abortedTime()) && retryBegan(execution, visit, attemptStart));
        if (began) {
            rows.add(row(
                    start,
                    attemptStart,
                    state,
                    Integer.toString(attempts.size() + 1),
                    "aborted",
                    aborted(start, visit)));
        } else {
            rows.add(row(
                    start,
                    visit.abortedTime(),
                    state,
                    "",
                    "aborted",
                    "in the back-off before attempt " + (attempts.size() + 1) + ", " + aborted(start, visit)));
        }
    }

    /** Whether the retry of {@code visit} due at {@code due} (the instant it was aborted) ran before the abort. */
    private static boolean retryBegan(Execution execution, StateVisit visit, Instant due) {
        if (visit.type() == StateType.TASK) {
            return VisitCalls.of(execution, visit).size() > visit.attempts().size();
        }
        String inside = visit.statePath() + "/";
        return execution.visits().stream()
                .anyMatch(other -> other.sequence() > visit.sequence()
                        && other.statePath().startsWith(inside)
                        && !other.enteredTime().isBefore(due));
    }

    /** Why and when a visit was aborted: {@code at +6s, when another branch failed}. */
    private static String aborted(Instant start, StateVisit visit) {
        String path = visit.statePath() == null ? "" : visit.statePath();
        String sibling = path.matches(".*/Item \\d+/[^/]*") ? "iteration" : "branch";
        return "at " + time(start, visit.abortedTime()) + ", when another " + sibling + " failed";
    }

    private static Row row(Instant start, Instant at, String state, String attempt, String outcome, String decision) {
        return new Row(at, new String[] {time(start, at), state, attempt, outcome, decision});
    }

    private static String outcome(StateVisit visit) {
        if (visit.caught() != null) {
            return visit.caught().error();
        }
        if (visit.error() != null) {
            return visit.error();
        }
        if (visit.type() == StateType.FAIL) {
            // a Fail state without Error (or with an Error only known at run time that came out empty)
            return "failed";
        }
        return visit.exitedTime() == null ? "running" : "ok";
    }

    /** Where the state went when it was left. */
    private static String exit(StateVisit visit) {
        if (visit.caught() != null) {
            return "caught by Catch[" + visit.caught().catcherIndex() + "] -> "
                    + visit.caught().next();
        }
        if (visit.type() == StateType.FAIL) {
            return "end";
        }
        if (visit.error() != null) {
            return "uncaught";
        }
        if (visit.next() != null) {
            return "-> " + visit.next();
        }
        return visit.exitedTime() == null ? "" : "end";
    }

    private static String time(Instant start, Instant at) {
        return at == null || start == null ? "" : DurationText.offset(Duration.between(start, at));
    }

    static String shortCause(String cause) {
        String flat = cause.replace("\r", " ").replace("\n", " ");
        return flat.length() <= MAX_CAUSE_LENGTH ? flat : flat.substring(0, MAX_CAUSE_LENGTH) + "...";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
