package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.ShouldHaveCalledTask.shouldHaveBeenCalled;
import static io.github.sfnunit.assertions.ShouldHaveCalledTask.shouldHaveBeenCalledWith;
import static io.github.sfnunit.assertions.ShouldHaveFailedWith.shouldHaveFailedWith;
import static io.github.sfnunit.assertions.ShouldHaveOutput.shouldHaveOutput;
import static io.github.sfnunit.assertions.ShouldHaveStatus.shouldHaveStatus;
import static io.github.sfnunit.assertions.ShouldHaveTakenVirtually.shouldHaveTakenVirtually;
import static io.github.sfnunit.assertions.ShouldHaveValueAt.shouldHaveBeenCalledWithAt;
import static io.github.sfnunit.assertions.ShouldHaveValueAt.shouldHaveValueAt;
import static io.github.sfnunit.assertions.ShouldHaveVisited.shouldHaveBeenEntered;
import static io.github.sfnunit.assertions.ShouldHaveVisited.shouldHaveEndedAt;
import static io.github.sfnunit.assertions.ShouldHaveVisited.shouldHaveVisited;
import static io.github.sfnunit.assertions.ShouldHaveVisited.shouldHaveVisitedExactly;
import static io.github.sfnunit.assertions.ShouldHaveVisited.shouldHaveVisitedInOrder;
import static io.github.sfnunit.assertions.ShouldHaveVisited.shouldNeverHaveVisited;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateVisit;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskInvocation;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on an {@link Execution}: its status, path, states, output, virtual duration, task calls and
 * history. Every failure message ends with the executed path as a table and a summary of the task calls.
 *
 * <p>Obtain one with {@link SfnAssertions#assertThat(Execution)} or {@link SfnSoftAssertions#assertThat(Execution)}.
 *
 * @since 0.1.0
 */
public class ExecutionAssert extends AbstractAssert<ExecutionAssert, Execution> {

    /** Set when created by {@link SfnSoftAssertions}: navigation then hands out soft assertions too. */
    SfnSoftAssertions soft;

    public ExecutionAssert(Execution actual) {
        super(actual, ExecutionAssert.class);
    }

    /**
     * Verifies that the execution succeeded.
     *
     * <pre>{@code
     * assertThat(orderFlow.start(validOrder)).succeeded();   // passes
     * assertThat(orderFlow.start(invalidOrder)).succeeded(); // fails: status FAILED, error and path shown
     * }</pre>
     */
    public ExecutionAssert succeeded() {
        return hasStatus(ExecutionStatus.SUCCEEDED);
    }

    /**
     * Verifies that the execution failed (with any error; see {@link #failedWith(String)}).
     *
     * <pre>{@code
     * assertThat(orderFlow.start(invalidOrder)).failed(); // passes
     * assertThat(orderFlow.start(validOrder)).failed();   // fails: status SUCCEEDED
     * }</pre>
     */
    public ExecutionAssert failed() {
        return hasStatus(ExecutionStatus.FAILED);
    }

    /**
     * Verifies that the execution timed out (the state machine's {@code TimeoutSeconds}).
     *
     * <pre>{@code
     * assertThat(slowFlow.start(input)).timedOut(); // passes when TimeoutSeconds elapsed virtually
     * assertThat(fastFlow.start(input)).timedOut(); // fails: status SUCCEEDED
     * }</pre>
     */
    public ExecutionAssert timedOut() {
        return hasStatus(ExecutionStatus.TIMED_OUT);
    }

    /** Verifies the execution's status, e.g. {@code hasStatus(ExecutionStatus.ABORTED)}. */
    public ExecutionAssert hasStatus(ExecutionStatus expected) {
        isNotNull();
        if (actual.status() != expected) {
            throwAssertionError(shouldHaveStatus(actual, expected));
        }
        return myself;
    }

    /**
     * Verifies that the execution failed with the given error, whatever the cause.
     *
     * <pre>{@code
     * assertThat(run).failedWith("PaymentDeclined"); // passes when the execution failed with PaymentDeclined
     * assertThat(run).failedWith("States.Timeout");  // fails: shows the actual error and cause
     * }</pre>
     */
    public ExecutionAssert failedWith(String error) {
        isNotNull();
        if (actual.status() != ExecutionStatus.FAILED || !Objects.equals(actual.error(), error)) {
            throwAssertionError(shouldHaveFailedWith(actual, error));
        }
        return myself;
    }

    /**
     * Verifies that the execution failed with the given error and exactly the given cause.
     *
     * <pre>{@code
     * assertThat(run).failedWith("PaymentDeclined", "card expired"); // passes
     * assertThat(run).failedWith("PaymentDeclined", "no funds");     // fails: the cause differs
     * }</pre>
     */
    public ExecutionAssert failedWith(String error, String cause) {
        isNotNull();
        if (actual.status() != ExecutionStatus.FAILED
                || !Objects.equals(actual.error(), error)
                || !Objects.equals(actual.cause(), cause)) {
            throwAssertionError(shouldHaveFailedWith(actual, error, cause));
        }
        return myself;
    }

    /**
     * Verifies that each of the states was entered at least once, at any nesting level, in any order.
     *
     * <pre>{@code
     * assertThat(run).visited("ChargeCard", "Notify"); // passes when both were entered
     * assertThat(run).visited("Chargecard");           // fails: never entered (did you mean "ChargeCard"?)
     * }</pre>
     */
    public ExecutionAssert visited(String... states) {
        isNotNull();
        List<String> missing = Arrays.stream(states)
                .filter(state -> !actual.statesEntered().contains(state))
                .toList();
        if (!missing.isEmpty()) {
            throwAssertionError(shouldHaveVisited(actual, List.of(states), missing));
        }
        return myself;
    }

    /**
     * Verifies how often a state was entered (all nesting levels, e.g. once per Map item).
     *
     * <pre>{@code
     * assertThat(run).visited("ProcessItem", 3); // passes for a Map over three items
     * assertThat(run).visited("ProcessItem", 2); // fails: entered 3 times
     * }</pre>
     */
    public ExecutionAssert visited(String state, int times) {
        isNotNull();
        int entered = new ExecutedState(actual, state).visits().size();
        if (entered != times) {
            throwAssertionError(shouldHaveBeenEntered(actual, state, ExecutionErrorMessage.times(times), entered));
        }
        return myself;
    }

    /**
     * Verifies that the states were entered in this order; other states may come between them.
     *
     * <pre>{@code
     * assertThat(run).visitedInOrder("ValidateOrder", "Notify");     // passes
     * assertThat(run).visitedInOrder("Notify", "ValidateOrder");     // fails: "ValidateOrder" not entered after "Notify"
     * }</pre>
     */
    public ExecutionAssert visitedInOrder(String... states) {
        isNotNull();
        int matched = 0;
        for (String entered : actual.statesEntered()) {
            if (matched < states.length && entered.equals(states[matched])) {
                matched++;
            }
        }
        if (matched < states.length) {
            throwAssertionError(shouldHaveVisitedInOrder(actual, List.of(states), matched));
        }
        return myself;
    }

    /**
     * Verifies that exactly these states were entered, in this order, and no others.
     *
     * <pre>{@code
     * assertThat(run).visitedExactly("ValidateOrder", "ChargeCard", "Notify"); // passes
     * assertThat(run).visitedExactly("ValidateOrder", "Notify");               // fails: shows all states entered
     * }</pre>
     */
    public ExecutionAssert visitedExactly(String... states) {
        isNotNull();
        if (!actual.statesEntered().equals(List.of(states))) {
            throwAssertionError(shouldHaveVisitedExactly(actual, List.of(states)));
        }
        return myself;
    }

    /**
     * Verifies that none of the states was entered.
     *
     * <pre>{@code
     * assertThat(run).neverVisited("RefundPayment"); // passes on the happy path
     * assertThat(run).neverVisited("ChargeCard");    // fails: "ChargeCard" 1 time
     * }</pre>
     */
    public ExecutionAssert neverVisited(String... states) {
        isNotNull();
        List<String> entered =
                Arrays.stream(states).filter(actual.statesEntered()::contains).toList();
        if (!entered.isEmpty()) {
            throwAssertionError(shouldNeverHaveVisited(actual, List.of(states), entered));
        }
        return myself;
    }

    /**
     * Verifies the last top-level state the execution entered (a Succeed, a Fail, or a state with {@code End}).
     *
     * <pre>{@code
     * assertThat(run).endedAt("OrderShipped"); // passes
     * assertThat(run).endedAt("OrderFailed");  // fails: it ended at "OrderShipped"
     * }</pre>
     */
    public ExecutionAssert endedAt(String state) {
        isNotNull();
        String last = null;
        for (StateVisit visit : actual.visits()) {
            if (visit.statePath() == null || !visit.statePath().contains("/")) {
                last = visit.stateName();
            }
        }
        if (!Objects.equals(last, state)) {
            throwAssertionError(shouldHaveEndedAt(actual, state, last));
        }
        return myself;
    }

    /**
     * Navigates to the assertions on one state; {@link StateAssert#returnToExecution()} comes back.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").wasAttempted(3).returnToExecution().succeeded();
     * }</pre>
     */
    public StateAssert state(String name) {
        isNotNull();
        ExecutedState state = new ExecutedState(actual, name);
        StateAssert child =
                soft == null ? new StateAssert(state) : soft.proxy(StateAssert.class, ExecutedState.class, state);
        child.parent = this;
        child.soft = soft;
        return info.description() == null ? child : child.describedAs(info.description());
    }

    /**
     * Verifies the execution output, compared as JSON (numbers by value, members in any order). The error is an
     * {@code AssertionFailedError} with expected and actual pretty-printed, so IDEs offer their diff view.
     *
     * <pre>{@code
     * assertThat(run).hasOutput("{\"orderId\":\"o-1\",\"status\":\"SHIPPED\"}"); // passes
     * assertThat(run).hasOutput("{\"orderId\":\"o-1\"}");  // fails: /status: unexpected "SHIPPED"
     * }</pre>
     *
     * @param json the expected output as JSON text
     */
    public ExecutionAssert hasOutput(String json) {
        return hasOutput(JsonValues.parse(json, "the expected output"));
    }

    /** Like {@link #hasOutput(String)}, for a JSON tree. */
    public ExecutionAssert hasOutput(JsonNode expected) {
        isNotNull();
        if (actual.output() == null) {
            throwAssertionError(shouldHaveOutput(actual, expected));
        }
        if (!JsonValues.equivalent(expected, actual.output())) {
            // AbstractAssert's public failure method: the IDE can show a diff of actual and expected.
            failWithActualExpectedAndMessage(
                    JsonValues.pretty(actual.output()),
                    JsonValues.pretty(expected),
                    "%s",
                    shouldHaveOutput(actual, expected).create(info.description(), info.representation()));
        }
        return myself;
    }

    /**
     * Verifies the value a JSONPath selects in the output. The value is any object Jackson maps to JSON: a {@code
     * String} is a JSON string (not parsed), numbers compare by value, a {@code Map} or {@code JsonNode} by content.
     *
     * <pre>{@code
     * assertThat(run).hasOutputAt("$.charge.chargeId", "ch-1"); // passes
     * assertThat(run).hasOutputAt("$.charge.amount", 42);       // fails: but was 40
     * }</pre>
     */
    public ExecutionAssert hasOutputAt(String path, Object value) {
        isNotNull();
        JsonNode expected = JsonValues.toTree(value);
        JsonNode found = actual.output() == null ? null : JsonValues.read(actual.output(), path);
        if (found == null || found.isMissingNode() || !JsonValues.equivalent(expected, found)) {
            throwAssertionError(shouldHaveValueAt(
                    actual,
                    "execution output",
                    "output",
                    path,
                    expected,
                    actual.output(),
                    found,
                    "the execution has no output, its status was:" + ExecutionErrorMessage.NL + "  "
                            + ExecutionErrorMessage.statusText(actual)));
        }
        return myself;
    }

    /**
     * Verifies the virtual time from start to stop: waits, retry back-off and mocked task durations.
     *
     * <pre>{@code
     * assertThat(run).tookVirtually(Duration.ofSeconds(6)); // passes after back-offs of 2s and 4s
     * assertThat(run).tookVirtually(Duration.ofSeconds(3)); // fails: but took 6s
     * }</pre>
     */
    public ExecutionAssert tookVirtually(Duration expected) {
        isNotNull();
        if (!actual.virtualDuration().equals(expected)) {
            throwAssertionError(shouldHaveTakenVirtually(actual, expected));
        }
        return myself;
    }

    /**
     * Verifies how often a Task state called its resource (every attempt and every Map item counts).
     *
     * <pre>{@code
     * assertThat(run).invoked("ChargeCard", 3); // passes after two retries
     * assertThat(run).invoked("ChargeCard", 1); // fails: called 3 times
     * }</pre>
     */
    public ExecutionAssert invoked(String state, int times) {
        isNotNull();
        int calls = callsOf(state).size();
        if (calls != times) {
            throwAssertionError(shouldHaveBeenCalled(actual, state, times, calls));
        }
        return myself;
    }

    /**
     * Verifies that a Task state called its resource at least once with this input (its effective parameters),
     * compared as JSON.
     *
     * <pre>{@code
     * assertThat(run).invokedWith("ChargeCard", "{\"amount\":42}"); // passes
     * assertThat(run).invokedWith("ChargeCard", "{\"amount\":41}"); // fails: lists the inputs of every call
     * }</pre>
     */
    public ExecutionAssert invokedWith(String state, String json) {
        isNotNull();
        JsonNode expected = JsonValues.parse(json, "the expected input");
        List<TaskInvocation> calls = callsOf(state);
        if (calls.stream().noneMatch(call -> JsonValues.equivalent(expected, call.input()))) {
            throwAssertionError(shouldHaveBeenCalledWith(actual, state, expected, calls));
        }
        return myself;
    }

    /**
     * Verifies that a Task state called its resource at least once with this value at a JSONPath of its input
     * (its effective parameters). The value is any object Jackson maps to JSON, as in {@link #hasOutputAt}.
     *
     * <pre>{@code
     * assertThat(run).invokedWithAt("ChargeCard", "$.amount", 42); // passes
     * assertThat(run).invokedWithAt("ChargeCard", "$.amount", 41); // fails: lists the value of every call
     * }</pre>
     */
    public ExecutionAssert invokedWithAt(String state, String path, Object value) {
        isNotNull();
        JsonNode expected = JsonValues.toTree(value);
        List<JsonNode> found = callsOf(state).stream()
                .map(call -> JsonValues.read(call.input(), path))
                .toList();
        if (found.stream().noneMatch(at -> !at.isMissingNode() && JsonValues.equivalent(expected, at))) {
            throwAssertionError(shouldHaveBeenCalledWithAt(
                    actual, "input of task state " + ExecutionErrorMessage.quote(state), path, expected, found));
        }
        return myself;
    }

    /**
     * The inputs a Task state's calls received, in order, as an AssertJ list assertion.
     *
     * <pre>{@code
     * assertThat(run).taskInputs("ChargeCard").hasSize(3).allSatisfy(input -> ...);
     * }</pre>
     */
    public ListAssert<JsonNode> taskInputs(String state) {
        isNotNull();
        List<JsonNode> inputs =
                callsOf(state).stream().map(TaskInvocation::input).toList();
        return describe(soft == null ? Assertions.assertThat(inputs) : soft.assertThat(inputs));
    }

    /**
     * The execution's history events (AWS {@code GetExecutionHistory} shape) as an AssertJ list assertion.
     *
     * <pre>{@code
     * assertThat(run).history().extracting(HistoryEvent::type).contains("TaskStateEntered", "ExecutionSucceeded");
     * }</pre>
     */
    public ListAssert<HistoryEvent> history() {
        isNotNull();
        return describe(soft == null ? Assertions.assertThat(actual.history()) : soft.assertThat(actual.history()));
    }

    private <T> ListAssert<T> describe(ListAssert<T> list) {
        return info.description() == null ? list : list.describedAs(info.description());
    }

    private List<TaskInvocation> callsOf(String state) {
        return actual.invocations().stream()
                .filter(call -> call.stateName().equals(state))
                .toList();
    }
}
