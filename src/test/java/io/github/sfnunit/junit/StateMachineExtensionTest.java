package io.github.sfnunit.junit;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static io.github.sfnunit.junit.EngineRuns.published;
import static io.github.sfnunit.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.mock.TaskMocks;
import io.github.sfnunit.mock.UnmockedTaskException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class StateMachineExtensionTest {

    @Test
    void injects_a_state_machine_answered_by_the_tests_mocks() {
        // WHEN
        EngineExecutionResults results = run(InjectionFixture.class);

        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @StateMachineTest(definition = "junit/charge.asl.json")
    static class InjectionFixture {
        @Test
        void charges(StateMachine machine, TaskMocks mocks) {
            mocks.forState("Charge").thenReturn("{\"chargeId\":\"ch-1\"}");

            Execution run = machine.start("{\"orderId\":\"o-1\"}");

            assertThat(run).succeeded().hasOutput("{\"chargeId\":\"ch-1\"}");
            assertThat(mocks.invocations()).containsExactlyElementsOf(run.invocations());
        }
    }

    @Test
    void compiles_the_definition_once_per_class_and_gives_each_test_its_own_mocks() {
        // WHEN
        EngineExecutionResults results = run(PerClassFixture.class);

        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(published(results, "definition"))
                .hasSize(3)
                .containsOnly(published(results, "definition").get(0));
        assertThat(published(results, "mocks")).hasSize(3).doesNotHaveDuplicates();
    }

    @StateMachineTest(definition = "junit/charge.asl.json")
    static class PerClassFixture {
        @Test
        void first(StateMachine machine, TaskMocks mocks, TestReporter reporter) {
            publish(machine, mocks, reporter);
        }

        @Test
        void second(StateMachine machine, TaskMocks mocks, TestReporter reporter) {
            publish(machine, mocks, reporter);
        }

        @ParameterizedTest
        @ValueSource(strings = "o-1")
        void third(String orderId, StateMachine machine, TaskMocks mocks, TestReporter reporter) {
            publish(machine, mocks, reporter);
        }
    }

    static void publish(StateMachine machine, TaskMocks mocks, TestReporter reporter) {
        reporter.publishEntry("definition", Integer.toString(System.identityHashCode(machine.definition())));
        reporter.publishEntry("mocks", Integer.toString(System.identityHashCode(mocks)));
    }

    @Test
    void stubs_of_one_test_never_answer_another() {
        // WHEN
        EngineExecutionResults results = run(IsolationFixture.class);

        // THEN the test without a stub saw the task unmocked, whatever the order
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @StateMachineTest(definition = "junit/charge.asl.json")
    @org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
    static class IsolationFixture {
        @Test
        void a_stubs(StateMachine machine, TaskMocks mocks) {
            mocks.forState("Charge").thenReturn("{}");
            assertThat(machine.start("{}")).succeeded();
        }

        @Test
        void b_does_not_stub(StateMachine machine) {
            org.junit.jupiter.api.Assertions.assertThrows(UnmockedTaskException.class, () -> machine.start("{}"));
        }
    }

    @Test
    void method_and_parameter_definitions_override_and_add_machines() {
        // WHEN
        EngineExecutionResults results = run(DefinitionFixture.class);

        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @StateMachineTest(definition = "junit/charge.asl.json")
    static class DefinitionFixture {
        @Test
        @Definition("junit/refund.asl.yaml")
        void method_definition_replaces_the_class_one(StateMachine machine, TaskMocks mocks) {
            mocks.forState("Refund").thenReturn("{\"refunded\":true}");
            assertThat(machine.start("{}")).succeeded().visitedExactly("Refund", "Done");
        }

        @Test
        void parameter_definition_injects_another_machine(
                StateMachine charge,
                @Definition(
                                value = "junit/notify.asl.json",
                                substitutions =
                                        "NotifyFunctionArn=arn:aws:lambda:us-east-1:123456789012:function:notify")
                        StateMachine notify,
                TaskMocks mocks) {
            mocks.forState("Charge")
                    .thenAnswer(call -> notify.start(call.input()).output());
            mocks.forState("Notify").thenReturn("{\"notified\":true}");

            Execution run = charge.start("{}");

            assertThat(run).succeeded().hasOutput("{\"notified\":true}");
        }
    }

    @Test
    void nested_classes_use_the_enclosing_class_definition_and_before_each_shares_the_mocks() {
        // WHEN
        EngineExecutionResults results = run(NestedFixture.class);

        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @StateMachineTest(definition = "junit/charge.asl.json")
    static class NestedFixture {
        @BeforeEach
        void stubCharge(TaskMocks mocks) {
            mocks.forState("Charge").thenReturn("{\"chargeId\":\"ch-1\"}");
        }

        @Test
        void outer(StateMachine machine) {
            assertThat(machine.start("{}")).succeeded();
        }

        @Nested
        class Inner {
            @Test
            void inner(StateMachine machine) {
                assertThat(machine.start("{}")).succeeded().hasOutputAt("$.chargeId", "ch-1");
            }
        }
    }

    @Test
    void a_subclass_inherits_the_annotation() {
        // WHEN
        EngineExecutionResults results = run(InheritingFixture.class);

        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @StateMachineTest(definition = "junit/refund.asl.yaml")
    abstract static class RefundTestBase {}

    static class InheritingFixture extends RefundTestBase {
        @Test
        void refunds(StateMachine machine, TaskMocks mocks) {
            mocks.forState("Refund").thenReturn("{}");
            assertThat(machine.start("{}")).succeeded().endedAt("Done");
        }
    }
}
