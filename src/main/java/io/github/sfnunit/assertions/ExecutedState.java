package io.github.sfnunit.assertions;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateVisit;
import io.github.sfnunit.StateVisit.Attempt;
import java.util.List;

/**
 * A state of an execution, seen through all its visits: what {@link StateAssert} asserts on.
 *
 * @param execution the execution the state ran in
 * @param stateName the state's name (visits at every nesting level count)
 * @since 0.1.0
 */
public record ExecutedState(Execution execution, String stateName) {

    /** The visits of the state, in order of entry. */
    public List<StateVisit> visits() {
        return execution.visits().stream()
                .filter(visit -> visit.stateName().equals(stateName))
                .toList();
    }

    /** The attempts of all visits, in order. */
    public List<Attempt> attempts() {
        return visits().stream().flatMap(visit -> visit.attempts().stream()).toList();
    }
}
