package io.github.sfnunit.report;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateVisit;
import java.util.List;
import java.util.function.Consumer;

/**
 * How often each item of one {@link MachineGraph} was exercised. Counts only grow; {@link #record} and {@link
 * #add} may be called from any thread.
 */
final class MachineCounts implements Consumer<Execution> {

    private final MachineGraph graph;
    private long executions;
    private final long[] entered;
    private final long[] failed;
    private final long[] taken;
    private final long[] retried;
    private final long[] caught;

    MachineCounts(MachineGraph graph) {
        this.graph = graph;
        this.entered = new long[graph.nodes().size()];
        this.failed = new long[graph.nodes().size()];
        this.taken = new long[graph.edges().size()];
        this.retried = new long[graph.retriers().size()];
        this.caught = new long[graph.catchers().size()];
    }

    MachineGraph graph() {
        return graph;
    }

    @Override
    public void accept(Execution execution) {
        record(execution);
    }

    /** Counts what {@code execution} did: each visit's state, the transition it left by, its retries. */
    synchronized void record(Execution execution) {
        executions++;
        // Indexed loops and the graph's per-state arrays: this runs for every visit of every execution, so it
        // allocates nothing and finds each visit's state with one probe of the graph's name table (issue #13,
        // docs/coverage.md).
        List<StateVisit> visits = execution.visits();
        for (int i = 0, n = visits.size(); i < n; i++) {
            StateVisit visit = visits.get(i);
            int node = graph.nodeOf(visit);
            if (node >= 0) {
                recordVisit(node, visit);
            }
        }
    }

    private void recordVisit(int node, StateVisit visit) {
        entered[node]++;
        StateVisit.CaughtError handled = visit.caught();
        if (handled != null) {
            count(taken, graph.catchEdge(node, handled.catcherIndex()));
            count(caught, graph.catcher(node, handled.catcherIndex()));
        } else if (visit.exitedTime() != null) {
            count(taken, leftBy(node, visit));
        } else if (graph.isFail(node)) {
            count(taken, graph.endEdge(node));
        } else if (visit.error() != null) {
            failed[node]++;
        }
        List<StateVisit.Attempt> attempts = visit.attempts();
        for (int i = 0, n = attempts.size(); i < n; i++) {
            Integer retrier = attempts.get(i).retrierIndex();
            if (retrier != null) {
                count(retried, graph.retrier(node, retrier));
            }
        }
    }

    private int leftBy(int node, StateVisit visit) {
        if (graph.isChoice(node)) {
            Integer rule = visit.choiceRule();
            return rule != null ? graph.ruleEdge(node, rule) : graph.defaultEdge(node);
        }
        return visit.next() != null ? graph.nextEdge(node) : graph.endEdge(node);
    }

    private static void count(long[] counts, int index) {
        if (index >= 0) {
            counts[index]++;
        }
    }

    /** Adds {@code other}'s counts (of the same graph) to these. */
    synchronized void add(MachineCounts other) {
        MachineCounts copy = other.copy();
        if (copy.entered.length != entered.length
                || copy.taken.length != taken.length
                || copy.retried.length != retried.length
                || copy.caught.length != caught.length) {
            throw new IllegalArgumentException("Coverage of the same definition (same source and SHA-256) lists "
                    + copy.entered.length + " states and " + copy.taken.length + " transitions in one place and "
                    + entered.length + " and " + taken.length + " in another: was a data file edited?");
        }
        executions += copy.executions;
        addAll(entered, copy.entered);
        addAll(failed, copy.failed);
        addAll(taken, copy.taken);
        addAll(retried, copy.retried);
        addAll(caught, copy.caught);
    }

    /** A consistent copy, safe to read while this keeps counting. */
    synchronized MachineCounts copy() {
        MachineCounts copy = new MachineCounts(graph);
        copy.executions = executions;
        System.arraycopy(entered, 0, copy.entered, 0, entered.length);
        System.arraycopy(failed, 0, copy.failed, 0, failed.length);
        System.arraycopy(taken, 0, copy.taken, 0, taken.length);
        System.arraycopy(retried, 0, copy.retried, 0, retried.length);
        System.arraycopy(caught, 0, copy.caught, 0, caught.length);
        return copy;
    }

    private static void addAll(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    // Reads and writes by index, for the data file codec and the reports.

    long executions() {
        return executions;
    }

    void setExecutions(long value) {
        executions = value;
    }

    long entered(int node) {
        return entered[node];
    }

    long failed(int node) {
        return failed[node];
    }

    long taken(int edge) {
        return taken[edge];
    }

    long retried(int retrier) {
        return retried[retrier];
    }

    long caught(int catcher) {
        return caught[catcher];
    }

    void set(long[] enteredCounts, long[] failedCounts, long[] takenCounts, long[] retriedCounts, long[] caughtCounts) {
        System.arraycopy(enteredCounts, 0, entered, 0, entered.length);
        System.arraycopy(failedCounts, 0, failed, 0, failed.length);
        System.arraycopy(takenCounts, 0, taken, 0, taken.length);
        System.arraycopy(retriedCounts, 0, retried, 0, retried.length);
        System.arraycopy(caughtCounts, 0, caught, 0, caught.length);
    }
}
