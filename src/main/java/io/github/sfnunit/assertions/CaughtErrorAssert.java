package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.ShouldHaveCaught.shouldHaveGoneTo;

import io.github.sfnunit.StateVisit.CaughtError;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an error a state's catcher handled. Obtained from {@link StateAssert#wasCaught(String)}.
 *
 * @since 0.1.0
 */
public class CaughtErrorAssert extends AbstractAssert<CaughtErrorAssert, CaughtError> {

    StateAssert parent;
    SfnSoftAssertions soft;
    ExecutedState state;
    String expectedError;

    /** The error was not caught at all and that failure is already reported (soft assertions go on). */
    boolean alreadyReported;

    public CaughtErrorAssert(CaughtError actual) {
        super(actual, CaughtErrorAssert.class);
    }

    /**
     * Verifies the state the catcher led to, then returns to the state's assertions.
     *
     * <pre>{@code
     * assertThat(run).state("ChargeCard").wasCaught("PaymentDeclined").andWentTo("NotifyDeclined"); // passes
     * assertThat(run).state("ChargeCard").wasCaught("PaymentDeclined").andWentTo("Retry"); // fails: it led to "NotifyDeclined"
     * }</pre>
     */
    public StateAssert andWentTo(String state) {
        if (!alreadyReported && !Objects.equals(actual.next(), state)) {
            AssertionError error = assertionError(shouldHaveGoneTo(
                    this.state.execution(), this.state.stateName(), expectedError, state, actual.next()));
            // This method returns another assertion type, so in soft mode it collects its failure itself.
            if (soft == null) {
                throw error;
            }
            soft.collectAssertionError(error);
        }
        return parent;
    }

    /** Goes back to the state's assertions. */
    public StateAssert returnToState() {
        return parent;
    }
}
