package io.github.sfnunit.junit;

import static io.github.sfnunit.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.StateMachine;
import io.github.sfnunit.mock.TaskMocks;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ExtensionErrorsTest {

    private static List<String> failures(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(EngineRuns::failureMessage)
                .toList();
    }

    @Test
    void says_how_to_name_a_definition_when_there_is_none() {
        // WHEN
        EngineExecutionResults results = run(NoDefinitionFixture.class);

        // THEN
        assertThat(failures(results))
                .singleElement()
                .asString()
                .contains("No state machine definition for ")
                .contains("@StateMachineTest(definition = \"...\")");
    }

    @ExtendWith(StateMachineExtension.class)
    static class NoDefinitionFixture {
        @Test
        void runs(StateMachine machine) {}
    }

    @Test
    void names_the_missing_resource() {
        // WHEN
        EngineExecutionResults results = run(MissingResourceFixture.class);

        // THEN
        assertThat(failures(results))
                .singleElement()
                .asString()
                .contains("Cannot load the state machine from classpath resource \"junit/nope.asl.json\"");
    }

    @StateMachineTest(definition = "junit/nope.asl.json")
    static class MissingResourceFixture {
        @Test
        void runs(StateMachine machine) {}
    }

    @Test
    void rejects_a_substitution_without_equals_sign() {
        // WHEN
        EngineExecutionResults results = run(BadSubstitutionFixture.class);

        // THEN
        assertThat(failures(results))
                .singleElement()
                .asString()
                .contains("substitution \"NotifyFunctionArn\" must have the form \"name=value\"");
    }

    @StateMachineTest(definition = "junit/notify.asl.json", substitutions = "NotifyFunctionArn")
    static class BadSubstitutionFixture {
        @Test
        void runs(StateMachine machine) {}
    }

    @Test
    void refuses_per_test_objects_in_before_all() {
        // WHEN
        EngineExecutionResults results = run(BeforeAllFixture.class);

        // THEN
        assertThat(failures(results))
                .singleElement()
                .asString()
                .contains("sfn-unit cannot inject TaskMocks into ")
                .contains("inject them into test methods or @BeforeEach/@AfterEach methods");
    }

    @StateMachineTest(definition = "junit/charge.asl.json")
    static class BeforeAllFixture {
        @BeforeAll
        static void stub(TaskMocks mocks) {}

        @Test
        void runs() {}
    }
}
