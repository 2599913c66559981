package io.github.sfnunit.junit;

import io.github.sfnunit.Execution;
import io.github.sfnunit.asl.StateMachineDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The executions one test ran to their end, each with its definition, for the diagrams of a failed test: the last
 * {@value #KEPT}, so that a test running thousands of executions does not keep them all.
 */
final class EndedExecutions {

    static final int KEPT = 5;

    /** One ended execution and the definition it ran. */
    record Ended(StateMachineDefinition definition, Execution execution) {}

    private final List<Ended> ended = new ArrayList<>();

    synchronized void add(StateMachineDefinition definition, Execution execution) {
        if (ended.size() == KEPT) {
            ended.remove(0);
        }
        ended.add(new Ended(definition, execution));
    }

    synchronized List<Ended> all() {
        return List.copyOf(ended);
    }
}
