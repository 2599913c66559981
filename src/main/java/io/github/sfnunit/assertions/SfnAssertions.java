package io.github.sfnunit.assertions;

import io.github.sfnunit.Execution;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.replay.ExecutionReplay;

/**
 * Entry point for sfn-unit assertions, in AssertJ style. Import statically next to AssertJ's own {@code
 * assertThat}:
 *
 * <pre>{@code
 * import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
 *
 * assertThat(run).succeeded()
 *     .visitedInOrder("ValidateOrder", "ChargeCard", "Notify")
 *     .state("ChargeCard").wasAttempted(3).wasRetriedOn("Lambda.TooManyRequestsException")
 *     .returnToExecution()
 *     .hasOutputAt("$.charge.chargeId", "ch-1")
 *     .tookVirtually(Duration.ofSeconds(6));
 * }</pre>
 *
 * For soft assertions use {@link SfnSoftAssertions}.
 *
 * @since 0.1.0
 */
public class SfnAssertions {

    protected SfnAssertions() {}

    /** Assertions on a finished (or, in stepwise control, a running) execution. */
    public static ExecutionAssert assertThat(Execution actual) {
        return new ExecutionAssert(actual);
    }

    /** Assertions on a replayed recording: {@code assertThat(replay).reproducesRecording()}. */
    public static ReplayAssert assertThat(ExecutionReplay actual) {
        return new ReplayAssert(actual);
    }

    /**
     * Assertions on a definition: its lint findings ({@code assertThat(orderFlow.definition()).hasNoLintFindings()}).
     */
    public static DefinitionAssert assertThat(StateMachineDefinition actual) {
        return new DefinitionAssert(actual);
    }
}
