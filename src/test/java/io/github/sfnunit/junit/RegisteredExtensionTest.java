package io.github.sfnunit.junit;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static io.github.sfnunit.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class RegisteredExtensionTest {

    @Test
    void the_builder_sets_what_the_annotation_cannot() {
        // WHEN
        EngineExecutionResults results = run(BuilderFixture.class);

        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    static class BuilderFixture {
        @RegisterExtension
        static StateMachineExtension sfn = StateMachineExtension.builder()
                .definition("junit/notify.asl.json")
                .substitution("NotifyFunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:notify")
                .startTime(Instant.parse("2025-03-01T09:00:00Z"))
                .options(options -> options.historyEnabled(false))
                .build();

        @Test
        void runs_without_history_from_the_start_time(StateMachine machine, TaskMocks mocks) {
            mocks.forState("Notify").thenReturn("{}");

            Execution run = machine.start("{}");

            assertThat(run).succeeded().history().isEmpty();
            assertThat(run.startTime()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
        }
    }

    @Test
    void a_registered_extension_wins_over_the_annotation() {
        // WHEN
        EngineExecutionResults results = run(BothFixture.class);

        // THEN no competing parameter resolvers: the registered one answers
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @StateMachineTest(definition = "junit/charge.asl.json")
    static class BothFixture {
        @RegisterExtension
        StateMachineExtension sfn = StateMachineExtension.builder()
                .definition("junit/refund.asl.yaml")
                .build();

        @Test
        void refunds(StateMachine machine, TaskMocks mocks) {
            mocks.forState("Refund").thenReturn("{}");
            assertThat(machine.start("{}")).succeeded().visited("Refund");
        }
    }

    @Test
    void the_annotation_sets_the_seed_and_the_start_time() {
        // WHEN
        EngineExecutionResults results = run(AnnotationSettingsFixture.class);

        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @StateMachineTest(definition = "junit/charge.asl.json", seed = 42, startTime = "2025-03-01T09:00:00Z")
    static class AnnotationSettingsFixture {
        @Test
        void starts_at_the_configured_time(StateMachine machine, TaskMocks mocks) {
            mocks.forState("Charge").thenReturn("{}");

            assertThat(machine.options().seed()).isEqualTo(42);
            assertThat(machine.start("{}").startTime()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
        }
    }

    @Test
    void the_deprecated_jitter_seed_still_sets_the_seed() {
        // WHEN
        EngineExecutionResults results = run(DeprecatedSeedFixture.class);

        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void seed_and_jitter_seed_that_disagree_fail_naming_both() {
        // WHEN
        EngineExecutionResults results = run(DisagreeingSeedsFixture.class);

        // THEN
        results.allEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        org.junit.platform.testkit.engine.EventConditions.finishedWithFailure(
                                org.junit.platform.testkit.engine.TestExecutionResultConditions.message(
                                        message -> message.endsWith("]: @StateMachineTest on "
                                                + DisagreeingSeedsFixture.class.getName()
                                                + ": seed = 1 and jitterSeed = 2 disagree; jitterSeed is the"
                                                + " deprecated name of seed: set only seed"))));
    }

    @SuppressWarnings("deprecation")
    @StateMachineTest(definition = "junit/charge.asl.json", jitterSeed = 42)
    static class DeprecatedSeedFixture {
        @Test
        void has_the_seed(StateMachine machine) {
            assertThat(machine.options().seed()).isEqualTo(42);
        }
    }

    @SuppressWarnings("deprecation")
    @StateMachineTest(definition = "junit/charge.asl.json", seed = 1, jitterSeed = 2)
    static class DisagreeingSeedsFixture {
        @Test
        void never_runs(StateMachine machine) {
            assertThat(machine).isNotNull();
        }
    }
}
