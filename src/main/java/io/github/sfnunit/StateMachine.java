package io.github.sfnunit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.internal.engine.ExecutionPlan;
import io.github.sfnunit.internal.engine.StateTestOutcome;
import io.github.sfnunit.internal.engine.StateTestSpec;
import io.github.sfnunit.internal.engine.StateTester;
import io.github.sfnunit.mock.TaskHandler;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A state machine compiled once, ready to run any number of executions, from any number of threads: each
 * execution is independent and runs on its own virtual clock.
 *
 * <pre>{@code
 * StateMachine machine = StateMachine.from(definition).withTaskHandler(mocks);
 * Execution run = machine.start("{\"orderId\":\"o-1\"}");
 * }</pre>
 *
 * <p>Instances are immutable: {@code with...} methods return a new machine sharing the compiled plan.
 *
 * @since 0.1.0
 */
public final class StateMachine {

    private final ExecutionPlan plan;
    private final ExecutionOptions options;
    /** The shared clock executions begin on; {@code null} when each starts at {@link ExecutionOptions#startTime()}. */
    private final VirtualClock clock;
    /** Told of every execution of this machine once it ended; {@code null} for nobody. */
    private final Consumer<? super Execution> whenEnded;

    private StateMachine(
            ExecutionPlan plan, ExecutionOptions options, VirtualClock clock, Consumer<? super Execution> whenEnded) {
        this.plan = plan;
        this.options = options;
        this.clock = clock;
        this.whenEnded = whenEnded;
    }

    /**
     * Compiles {@code definition} with the default options, under the definition's own type and name when it has
     * them (a template's {@code Type} and name, see {@link ExecutionOptions#forDefinition}).
     */
    public static StateMachine from(StateMachineDefinition definition) {
        return from(definition, ExecutionOptions.defaults().forDefinition(definition));
    }

    /**
     * Compiles {@code definition}.
     *
     * @throws io.github.sfnunit.asl.UnsupportedFeatureException when the definition uses a feature sfn-unit does not run yet
     */
    public static StateMachine from(StateMachineDefinition definition, ExecutionOptions options) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(options, "options");
        return new StateMachine(ExecutionPlan.compile(definition), options, null, null);
    }

    /** This machine with other options (the compiled plan is shared). */
    public StateMachine withOptions(ExecutionOptions newOptions) {
        return new StateMachine(plan, Objects.requireNonNull(newOptions, "options"), clock, whenEnded);
    }

    /**
     * This machine with its executions on a shared clock: each begins at {@code sharedClock.now()} (instead of
     * {@link ExecutionOptions#startTime()}) and moves the clock forward as it runs, so that executions started one
     * after another follow each other in virtual time. See {@link VirtualClock}.
     */
    public StateMachine withClock(VirtualClock sharedClock) {
        Objects.requireNonNull(sharedClock, "sharedClock");
        if (!sharedClock.isShared()) {
            throw new IllegalArgumentException("withClock takes a shared clock (VirtualClock.startingAt(instant)),"
                    + " not an execution's own clock");
        }
        return new StateMachine(plan, options, sharedClock, whenEnded);
    }

    /**
     * This machine telling {@code listener} of each of its executions once it ended (succeeded, failed, timed out
     * or aborted), on the thread that drove it: coverage recording uses it. A listener added to a machine that has
     * one already runs after it.
     *
     * <pre>{@code
     * List<Execution> ended = new ArrayList<>();
     * StateMachine recorded = machine.whenEnded(ended::add);
     * }</pre>
     *
     * @since 0.1.0
     */
    public StateMachine whenEnded(Consumer<? super Execution> listener) {
        Objects.requireNonNull(listener, "listener");
        Consumer<? super Execution> before = whenEnded;
        Consumer<Execution> both = before == null
                ? listener::accept
                : execution -> {
                    before.accept(execution);
                    listener.accept(execution);
                };
        return new StateMachine(plan, options, clock, both);
    }

    /** This machine answering its Task states with {@code handler}. */
    public StateMachine withTaskHandler(TaskHandler handler) {
        return withOptions(options.withTaskHandler(handler));
    }

    public StateMachineDefinition definition() {
        return plan.definition();
    }

    public ExecutionOptions options() {
        return options;
    }

    /** The shared clock of {@link #withClock(VirtualClock)}, or empty. */
    public Optional<VirtualClock> clock() {
        return Optional.ofNullable(clock);
    }

    /**
     * Runs an execution to its end on the virtual clock and returns it.
     *
     * @param input a JSON text, a {@link JsonNode}, {@code null} (AWS's default {@code {}}), or any object
     *     Jackson can map (a {@code Map}, a record, ...)
     * @throws IllegalStateException when the execution waits for a task callback that nobody sends (use {@link
     *     #begin(Object)} and {@link RunningExecution#sendTaskSuccess})
     */
    public Execution start(Object input) {
        return begin(input).finish();
    }

    /**
     * Starts an execution and runs what is due at its start time, then hands control to the caller: advance the
     * clock, send task callbacks, then {@link RunningExecution#finish()}.
     */
    public RunningExecution begin(Object input) {
        ExecutionOptions effective = clock == null
                ? options
                : options.toBuilder().startTime(clock.now()).build();
        return RunningExecution.begin(plan, effective, JsonInputs.read(input, "The input"), clock, whenEnded);
    }

    /**
     * Runs the state named {@code stateName} (at any depth) once, in isolation, as AWS's TestState API does: its
     * input and output processing, a mocked result or error (or, for a Task without a mock, this machine's task
     * handler), then Retry and Catch decided by {@link StateTest#retrierRetryCount()}. Nothing waits: a Wait state
     * moves on at once, a retry is reported ({@link StateTestResult.Status#RETRIABLE}), not run.
     *
     * <pre>{@code
     * StateTestResult result = machine.testState("ChargeCard",
     *         StateTest.builder().input("{\"orderId\":\"o-1\"}").mockResult("{\"Payload\":{\"ok\":true}}").build());
     * assertThat(result.nextState()).isEqualTo("Ship");
     * }</pre>
     *
     * @throws IllegalArgumentException when the test does not fit the state: no state of that name, a mock on a
     *     state other than Task, Map or Parallel, both a result and an error mocked, an activity, {@code .sync} or
     *     {@code .waitForTaskToken} task without a mock, ... (the message names the field)
     * @throws io.github.sfnunit.asl.InvalidDefinitionException for a Map or Parallel state without a mock, as AWS
     * @throws io.github.sfnunit.mock.UnmockedTaskException when a Task without a mock finds no answer
     * @since 0.1.0
     */
    public StateTestResult testState(String stateName, StateTest test) {
        Objects.requireNonNull(stateName, "stateName");
        Objects.requireNonNull(test, "test");
        ExecutionOptions effective = clock == null
                ? options
                : options.toBuilder().startTime(clock.now()).build();
        StateTestOutcome outcome = StateTester.test(
                plan.definition(),
                stateName,
                new StateTestSpec(
                        test.input(),
                        test.variables(),
                        test.context(),
                        test.mockResult(),
                        test.mockError(),
                        test.mockCause(),
                        StateTestSpec.FieldValidation.valueOf(
                                test.fieldValidationMode().name()),
                        test.retrierRetryCount(),
                        test.errorCausedByState(),
                        test.mapIterationFailureCount(),
                        test.mapItemReaderData(),
                        effective.toEngineOptions()));
        boolean handled = outcome.retryIndex() != null || outcome.catchIndex() != null;
        return new StateTestResult(
                StateTestResult.Status.valueOf(outcome.status().name()),
                outcome.output(),
                outcome.error(),
                outcome.cause(),
                outcome.nextState(),
                outcome.inspection(),
                outcome.variables(),
                handled
                        ? new StateTestResult.ErrorDetails(
                                outcome.retryIndex(), outcome.retryBackoffSeconds(), outcome.catchIndex())
                        : null);
    }

    /** Converts what a test passes as task output to JSON (see {@link JsonInputs}). */
    static JsonNode toJson(Object value) {
        return JsonInputs.read(value, "The task output");
    }
}
