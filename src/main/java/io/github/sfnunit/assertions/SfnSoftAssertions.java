package io.github.sfnunit.assertions;

import io.github.sfnunit.Execution;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;

/**
 * Soft assertions: every AssertJ soft assertion plus {@link #assertThat(Execution)}; failures are collected and
 * reported together by {@link #assertAll()}. Navigation ({@code state(..)}, {@code visit(..)}, {@code
 * wasCaught(..)}) stays soft.
 *
 * <pre>{@code
 * SfnSoftAssertions.assertSoftly(softly -> {
 *     softly.assertThat(run).succeeded().visited("ChargeCard");
 *     softly.assertThat(run).state("ChargeCard").wasAttempted(3);
 * });
 * }</pre>
 *
 * With JUnit Jupiter, AssertJ's {@code SoftAssertionsExtension} injects it too: {@code @InjectSoftAssertions
 * SfnSoftAssertions softly}.
 *
 * @since 0.1.0
 */
public class SfnSoftAssertions extends AbstractSoftAssertions implements StandardSoftAssertionsProvider {

    /** Soft assertions on an execution. */
    public ExecutionAssert assertThat(Execution actual) {
        ExecutionAssert execution = proxy(ExecutionAssert.class, Execution.class, actual);
        execution.soft = this;
        return execution;
    }

    /** Runs the assertions softly and reports every failure at the end. */
    public static void assertSoftly(Consumer<SfnSoftAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(SfnSoftAssertions.class, softly);
    }
}
