package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.ShouldHaveAttempts.shouldHaveBeenAttempted;
import static io.github.sfnunit.assertions.ShouldHaveAttempts.shouldHaveBeenRetriedOn;
import static io.github.sfnunit.assertions.ShouldHaveAttempts.shouldHaveRetryDelays;
import static io.github.sfnunit.assertions.ShouldHaveAttempts.shouldNotHaveBeenRetried;
import static io.github.sfnunit.assertions.ShouldHaveCaught.shouldHaveCaught;
import static io.github.sfnunit.assertions.ShouldHaveVisited.shouldHaveBeenEntered;

import io.github.sfnunit.StateVisit;
import io.github.sfnunit.StateVisit.Attempt;
import io.github.sfnunit.StateVisit.CaughtError;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one state of an execution, over all its visits: how often it was entered and attempted, its
 * retries and their virtual delays, the errors it caught and where they led, and the input, output and variables
 * of a visit. Obtained from {@link ExecutionAssert#state(String)}; {@link #returnToExecution()} goes back.
 *
 * @since 0.1.0
 */
public class StateAssert extends AbstractAssert<StateAssert, ExecutedState> {

    ExecutionAssert parent;
    SfnSoftAssertions soft;

    public StateAssert(ExecutedState actual) {
        super(actual, StateAssert.class);
    }

    /**
     * Verifies that the state was entered at least once.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").wasEntered(); // passes
     * assertThat(run).state("Refund").wasEntered();     // fails: entered 0 times
     * }</pre>
     */
    public StateAssert wasEntered() {
        isNotNull();
        if (actual.visits().isEmpty()) {
            throwAssertionError(shouldHaveBeenEntered(actual.execution(), actual.stateName(), "at least once", 0));
        }
        return myself;
    }

    /**
     * Verifies how often the state was entered (retries are attempts of one entry, not entries).
     *
     * <pre>{@code
     * assertThat(run).state("ProcessItem").wasEntered(3); // passes for a Map over three items
     * assertThat(run).state("ProcessItem").wasEntered(1); // fails: entered 3 times
     * }</pre>
     */
    public StateAssert wasEntered(int times) {
        isNotNull();
        int entered = actual.visits().size();
        if (entered != times) {
            throwAssertionError(shouldHaveBeenEntered(
                    actual.execution(), actual.stateName(), ExecutionErrorMessage.times(times), entered));
        }
        return myself;
    }

    /**
     * Verifies how often the state was attempted over all its visits: the first attempt plus each retry.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").wasAttempted(3); // passes after two retries
     * assertThat(run).state("ChargeCard").wasAttempted(1); // fails: attempted 3 times
     * }</pre>
     */
    public StateAssert wasAttempted(int times) {
        isNotNull();
        int attempts = actual.attempts().size();
        if (attempts != times) {
            throwAssertionError(shouldHaveBeenAttempted(actual.execution(), actual.stateName(), times, attempts));
        }
        return myself;
    }

    /**
     * Verifies that a failed attempt with this error was retried.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").wasRetriedOn("Lambda.TooManyRequestsException"); // passes
     * assertThat(run).state("ChargeCard").wasRetriedOn("States.Timeout"); // fails: lists the errors retried on
     * }</pre>
     */
    public StateAssert wasRetriedOn(String error) {
        isNotNull();
        List<String> retriedOn = retriedOn();
        if (!retriedOn.contains(error)) {
            throwAssertionError(shouldHaveBeenRetriedOn(actual.execution(), actual.stateName(), error, retriedOn));
        }
        return myself;
    }

    /**
     * Verifies that no attempt of the state was retried.
     *
     * <pre>{@code
     * assertThat(run).state("Notify").wasNotRetried();     // passes
     * assertThat(run).state("ChargeCard").wasNotRetried(); // fails: retried on ["Lambda.TooManyRequestsException"]
     * }</pre>
     */
    public StateAssert wasNotRetried() {
        isNotNull();
        List<String> retriedOn = retriedOn();
        if (!retriedOn.isEmpty()) {
            throwAssertionError(shouldNotHaveBeenRetried(actual.execution(), actual.stateName(), retriedOn));
        }
        return myself;
    }

    /**
     * Verifies the virtual delays before each retry, in order, over all visits.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").hasRetryDelays(Duration.ofSeconds(2), Duration.ofSeconds(4)); // passes
     * assertThat(run).state("ChargeCard").hasRetryDelays(Duration.ofSeconds(2)); // fails: had [2s, 4s]
     * }</pre>
     */
    public StateAssert hasRetryDelays(Duration... delays) {
        isNotNull();
        List<Duration> actualDelays = actual.attempts().stream()
                .map(Attempt::retryDelay)
                .filter(Objects::nonNull)
                .toList();
        if (!actualDelays.equals(List.of(delays))) {
            throwAssertionError(
                    shouldHaveRetryDelays(actual.execution(), actual.stateName(), List.of(delays), actualDelays));
        }
        return myself;
    }

    /**
     * Verifies that a catcher of the state handled this error; {@link CaughtErrorAssert#andWentTo(String)} checks
     * where it led.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").wasCaught("PaymentDeclined").andWentTo("NotifyDeclined"); // passes
     * assertThat(run).state("ChargeCard").wasCaught("States.Timeout"); // fails: it caught ["PaymentDeclined"]
     * }</pre>
     */
    public CaughtErrorAssert wasCaught(String error) {
        isNotNull();
        List<CaughtError> caught = actual.visits().stream()
                .map(StateVisit::caught)
                .filter(Objects::nonNull)
                .toList();
        CaughtError match = caught.stream()
                .filter(c -> Objects.equals(c.error(), error))
                .findFirst()
                .orElse(null);
        CaughtErrorAssert child = soft == null
                ? new CaughtErrorAssert(match)
                : soft.proxy(CaughtErrorAssert.class, CaughtError.class, match);
        child.parent = this;
        child.soft = soft;
        child.state = actual;
        child.expectedError = error;
        if (match == null) {
            child.alreadyReported = true;
            report(assertionError(shouldHaveCaught(
                    actual.execution(),
                    actual.stateName(),
                    error,
                    caught.stream().map(CaughtError::error).toList())));
        }
        return info.description() == null ? child : child.describedAs(info.description());
    }

    /**
     * Navigates to one visit of the state, counted from 1, for its input, output, variables and next state.
     *
     * <pre>{@code
     * assertThat(run).state("CheckStatus").visit(2).hasOutput("{\"status\":\"DONE\"}"); // passes
     * assertThat(run).state("CheckStatus").visit(9); // fails: entered 2 times
     * }</pre>
     */
    public StateVisitAssert visit(int number) {
        isNotNull();
        if (number < 1) {
            throw new IllegalArgumentException("visits are counted from 1, got " + number);
        }
        List<StateVisit> visits = actual.visits();
        StateVisit visit = number <= visits.size() ? visits.get(number - 1) : null;
        StateVisitAssert child = soft == null
                ? new StateVisitAssert(visit)
                : soft.proxy(StateVisitAssert.class, StateVisit.class, visit);
        child.parent = this;
        child.soft = soft;
        child.execution = actual.execution();
        child.subject = "state " + ExecutionErrorMessage.quote(actual.stateName()) + " (visit " + number + " of "
                + visits.size() + ")";
        if (visit == null) {
            child.alreadyReported = true;
            report(assertionError(shouldHaveBeenEntered(
                    actual.execution(),
                    actual.stateName(),
                    "at least " + ExecutionErrorMessage.times(number),
                    visits.size())));
        }
        return info.description() == null ? child : child.describedAs(info.description());
    }

    /** Verifies the input of the state's only visit; see {@link StateVisitAssert#hasInput(String)}. */
    public StateAssert hasInput(String json) {
        onlyVisit().hasInput(json);
        return myself;
    }

    /** Verifies the output of the state's only visit; see {@link StateVisitAssert#hasOutput(String)}. */
    public StateAssert hasOutput(String json) {
        onlyVisit().hasOutput(json);
        return myself;
    }

    /**
     * Verifies a value in the input of the state's only visit; see {@link StateVisitAssert#hasInputAt(String,
     * Object)}.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").hasInputAt("$.orderId", "o-1"); // passes
     * assertThat(run).state("ChargeCard").hasInputAt("$.orderId", "o-2"); // fails: but was "o-1"
     * }</pre>
     */
    public StateAssert hasInputAt(String path, Object value) {
        onlyVisit().hasInputAt(path, value);
        return myself;
    }

    /**
     * Verifies a value in the output of the state's only visit; see {@link StateVisitAssert#hasOutputAt(String,
     * Object)}.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").hasOutputAt("$.charge.chargeId", "ch-1"); // passes
     * assertThat(run).state("ChargeCard").hasOutputAt("$.charge.amount", 41);       // fails: but was 42
     * }</pre>
     */
    public StateAssert hasOutputAt(String path, Object value) {
        onlyVisit().hasOutputAt(path, value);
        return myself;
    }

    /**
     * Verifies a value in the parameters the task was called with on the state's only visit; see {@link
     * StateVisitAssert#hasParametersAt(String, Object)}.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").hasParametersAt("$.Payload.amount", 42); // passes
     * assertThat(run).state("ChargeCard").hasParametersAt("$.Payload.amount", 41); // fails: but was 42
     * }</pre>
     */
    public StateAssert hasParametersAt(String path, Object value) {
        onlyVisit().hasParametersAt(path, value);
        return myself;
    }

    /** Verifies a variable after the state's only visit; see {@link StateVisitAssert#hasVariable(String, Object)}. */
    public StateAssert hasVariable(String name, Object value) {
        onlyVisit().hasVariable(name, value);
        return myself;
    }

    /** Goes back to the assertions on the whole execution. */
    public ExecutionAssert returnToExecution() {
        if (parent == null) {
            parent = soft == null ? new ExecutionAssert(actual.execution()) : soft.assertThat(actual.execution());
        }
        return parent;
    }

    private StateVisitAssert onlyVisit() {
        isNotNull();
        int entered = actual.visits().size();
        if (entered != 1) {
            throwAssertionError(shouldHaveBeenEntered(
                    actual.execution(), actual.stateName(), "exactly once (use visit(n) to choose a visit)", entered));
        }
        StateVisitAssert visit = new StateVisitAssert(actual.visits().get(0));
        visit.parent = this;
        visit.execution = actual.execution();
        visit.subject = "state " + ExecutionErrorMessage.quote(actual.stateName());
        return info.description() == null ? visit : visit.describedAs(info.description());
    }

    private List<String> retriedOn() {
        return actual.attempts().stream()
                .filter(attempt -> attempt.error() != null && attempt.retryDelay() != null)
                .map(Attempt::error)
                .distinct()
                .toList();
    }

    /** Navigation methods return another assertion type, so in soft mode they collect their failure here. */
    private void report(AssertionError error) {
        if (soft == null) {
            throw error;
        }
        soft.collectAssertionError(error);
    }
}
