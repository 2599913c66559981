package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.ExecutionReportTest.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnunit.Execution;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SoftAssertionsExtension.class)
class SfnSoftAssertionsTest {

    private final Execution succeeded = Executions.retriedThenSucceeded();
    private final Execution failed = Executions.caughtThenFailed();

    @InjectSoftAssertions
    private SfnSoftAssertions injected;

    @Test
    void collects_every_failure_including_those_after_navigation() {
        // GIVEN
        SfnSoftAssertions softly = new SfnSoftAssertions();

        // WHEN three assertions fail, one on the execution, one on a state, one on a caught error
        softly.assertThat(failed)
                .succeeded()
                .state("ChargeCard")
                .wasAttempted(2)
                .wasCaught("PaymentDeclined")
                .andWentTo("Refund")
                .returnToExecution()
                .visited("ChargeCard");
        List<Throwable> errors = softly.errorsCollected();

        // THEN
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).hasMessageStartingWith(lines("\nExpecting execution to have status:"));
        assertThat(errors.get(1))
                .hasMessageStartingWith(lines("\nExpecting state \"ChargeCard\" to have been attempted:"));
        assertThat(errors.get(2))
                .hasMessageStartingWith(lines("\nExpecting error \"PaymentDeclined\" caught in state \"ChargeCard\""));
    }

    @Test
    void a_failed_navigation_is_reported_once_and_the_chain_goes_on() {
        // GIVEN
        SfnSoftAssertions softly = new SfnSoftAssertions();

        // WHEN wasCaught and visit fail; the assertions chained on them have nothing to check
        softly.assertThat(succeeded)
                .state("ChargeCard")
                .wasCaught("PaymentDeclined")
                .andWentTo("Refund")
                .visit(5)
                .hasOutput("{}")
                .returnToState()
                .wasAttempted(3)
                .returnToExecution()
                .tookVirtually(Duration.ofSeconds(4));

        // THEN
        List<Throwable> errors = softly.errorsCollected();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).hasMessageContaining("to have caught error:");
        assertThat(errors.get(1)).hasMessageContaining("at least 5 times");
        assertThat(errors.get(2)).hasMessageContaining("to have taken (virtual time):");
    }

    @Test
    void assertSoftly_throws_all_failures_together() {
        AssertJMultipleFailuresError error = catchThrowableOfType(
                AssertJMultipleFailuresError.class,
                () -> SfnSoftAssertions.assertSoftly(softly -> {
                    softly.assertThat(succeeded).failed();
                    softly.assertThat(succeeded).taskInputs("ChargeCard").hasSize(2);
                    softly.assertThat("text").isEmpty();
                }));

        assertThat(error.getFailures()).hasSize(3);
    }

    @Test
    void passes_when_every_assertion_holds() {
        assertThatCode(() -> SfnSoftAssertions.assertSoftly(softly -> softly.assertThat(succeeded)
                        .succeeded()
                        .state("ChargeCard")
                        .wasAttempted(3)
                        .returnToExecution()
                        .history()
                        .hasSize(2)))
                .doesNotThrowAnyException();
    }

    @Test
    void works_with_assertj_soft_assertions_extension() {
        injected.assertThat(succeeded).succeeded().visited("Notify");
        assertThat(injected.errorsCollected()).isEmpty();
    }
}
