package io.github.sfnunit.junit;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static io.github.sfnunit.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.StateMachineType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code name} and {@code type} on {@link StateMachineTest}, {@link Definition} and the builder; templates' own. */
class MachineNameAndTypeTest {

    private static final String MACHINE_ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:";

    private static List<String> failures(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(EngineRuns::failureMessage)
                .toList();
    }

    private static void assertAllPassed(EngineExecutionResults results, int tests) {
        assertThat(failures(results)).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    }

    @Test
    void the_class_annotation_names_the_machine_and_makes_it_express() {
        assertAllPassed(run(ClassNameAndTypeFixture.class), 2);
    }

    @StateMachineTest(definition = "junit/whoami.asl.json", name = "order-flow", type = StateMachineType.EXPRESS)
    static class ClassNameAndTypeFixture {
        @Test
        void the_context_object_and_the_arns_carry_the_name(StateMachine machine) {
            Execution run = machine.start("{}");

            JsonNode output = run.output();
            assertThat(output.path("machine").asText()).isEqualTo("order-flow");
            assertThat(output.path("machineId").asText()).isEqualTo(MACHINE_ARN + "order-flow");
            assertThat(run.executionArn())
                    .startsWith("arn:aws:states:us-east-1:123456789012:express:order-flow:")
                    .isEqualTo(output.path("executionId").asText());
            // an Express execution cannot be redriven: AWS gives it no RedriveCount
            assertThat(output.path("execution").has("RedriveCount")).isFalse();
            assertThat(machine.options().stateMachineType()).isEqualTo(StateMachineType.EXPRESS);
            // AWS serves no GetExecutionHistory for Express executions; sfn-unit records one all the same
            assertThat(run.history())
                    .extracting(event -> event.type())
                    .containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
        }

        @Test
        @Definition(value = "junit/wait-a-day.asl.json", type = StateMachineType.EXPRESS)
        void an_express_execution_times_out_after_five_virtual_minutes(StateMachine machine) {
            Execution run = machine.start("{}");

            assertThat(run).timedOut().tookVirtually(Duration.ofMinutes(5));
            assertThat(run.error()).isEqualTo("States.Timeout");
        }
    }

    @Test
    void without_name_or_type_a_bare_definition_runs_as_a_standard_machine_named_StateMachine() {
        assertAllPassed(run(DefaultsFixture.class), 1);
    }

    @StateMachineTest(definition = "junit/whoami.asl.json")
    static class DefaultsFixture {
        @Test
        void defaults(StateMachine machine) {
            Execution run = machine.start("{}");

            assertThat(run.output().path("machine").asText()).isEqualTo("StateMachine");
            assertThat(run.executionArn()).startsWith("arn:aws:states:us-east-1:123456789012:execution:StateMachine:");
            assertThat(run.output().path("execution").path("RedriveCount").asInt(-1))
                    .isZero();
        }
    }

    @Test
    void a_definition_on_a_method_or_a_parameter_has_its_own_name_and_type() {
        assertAllPassed(run(DefinitionNameAndTypeFixture.class), 2);
    }

    @StateMachineTest(definition = "junit/whoami.asl.json", name = "parent")
    static class DefinitionNameAndTypeFixture {
        @Test
        void a_parameter(
                StateMachine parent,
                @Definition(value = "junit/whoami.asl.json", name = "child", type = StateMachineType.EXPRESS)
                        StateMachine child) {
            assertThat(parent.start("{}").output().path("machine").asText()).isEqualTo("parent");
            Execution childRun = child.start("{}");
            assertThat(childRun.output().path("machine").asText()).isEqualTo("child");
            assertThat(childRun.executionArn()).contains(":express:child:");
        }

        @Test
        @Definition(value = "junit/whoami.asl.json", name = "replacement")
        void a_method(StateMachine machine) {
            Execution run = machine.start("{}");
            assertThat(run.output().path("machine").asText()).isEqualTo("replacement");
            assertThat(run.executionArn()).contains(":execution:replacement:");
        }
    }

    @Test
    void a_templates_own_type_and_name_are_honoured_and_the_annotation_wins_over_them() {
        assertAllPassed(run(TemplateFixture.class), 5);
    }

    @ExtendWith(StateMachineExtension.class)
    static class TemplateFixture {
        @Test
        void state_machine_name_and_type(
                @Definition(value = "junit/machines.template.yaml", logicalId = "OrderFlow") StateMachine machine) {
            Execution run = machine.start("{}");
            assertThat(run.output().path("machine").asText()).isEqualTo("order-flow");
            assertThat(run.executionArn()).startsWith("arn:aws:states:us-east-1:123456789012:express:order-flow:");
        }

        @Test
        void a_sam_name_and_type(
                @Definition(value = "junit/machines.template.yaml", logicalId = "Notify") StateMachine machine) {
            Execution run = machine.start("{}");
            assertThat(run.output().path("machine").asText()).isEqualTo("notify-customer");
            assertThat(run.executionArn()).startsWith("arn:aws:states:us-east-1:123456789012:express:notify-customer:");
        }

        @Test
        void the_logical_id_when_the_template_names_none(
                @Definition(value = "junit/machines.template.yaml", logicalId = "Refunds") StateMachine machine) {
            Execution run = machine.start("{}");
            assertThat(run.output().path("machine").asText()).isEqualTo("Refunds");
            assertThat(run.executionArn()).contains(":execution:Refunds:");
        }

        @Test
        void the_annotations_name_and_type_win(
                @Definition(
                                value = "junit/machines.template.yaml",
                                logicalId = "OrderFlow",
                                name = "renamed",
                                type = StateMachineType.STANDARD)
                        StateMachine machine) {
            Execution run = machine.start("{}");
            assertThat(run.output().path("machine").asText()).isEqualTo("renamed");
            assertThat(run.executionArn()).contains(":execution:renamed:");
            assertThat(machine.definition().type()).isEqualTo(StateMachineType.STANDARD);
        }

        @Test
        void an_express_type_on_a_standard_template_machine(
                @Definition(
                                value = "junit/machines.template.yaml",
                                logicalId = "Refunds",
                                type = StateMachineType.EXPRESS)
                        StateMachine machine) {
            Execution run = machine.start("{}");
            assertThat(run.output().path("machine").asText()).isEqualTo("Refunds");
            assertThat(run.executionArn()).contains(":express:Refunds:");
        }
    }

    @Test
    void the_builder_sets_name_and_type() {
        assertAllPassed(run(BuilderFixture.class), 1);
    }

    static class BuilderFixture {
        @RegisterExtension
        static StateMachineExtension sfn = StateMachineExtension.builder()
                .definition("junit/whoami.asl.json")
                .name("built")
                .type(StateMachineType.EXPRESS)
                .build();

        @Test
        void named(StateMachine machine) {
            Execution run = machine.start("{}");
            assertThat(run.output().path("machine").asText()).isEqualTo("built");
            assertThat(run.executionArn()).contains(":express:built:");
        }
    }

    @Test
    void an_express_machine_is_validated_as_aws_validates_one() {
        // WHEN
        EngineExecutionResults results = run(ExpressCallbackFixture.class);

        // THEN
        assertThat(failures(results))
                .containsExactly(
                        "Cannot load the state machine from classpath resource \"junit/wait-for-approval.asl.json\":"
                                + " The state machine definition is invalid:\n  /States/AskForApproval/Resource: Express"
                                + " state machine does not support '.waitForTaskToken' service integration:"
                                + " \"arn:aws:states:::sqs:sendMessage.waitForTaskToken\"");
    }

    @StateMachineTest(definition = "junit/wait-for-approval.asl.json", type = StateMachineType.EXPRESS)
    static class ExpressCallbackFixture {
        @Test
        void runs(StateMachine machine) {}
    }

    @Test
    void a_name_or_type_without_a_definition_is_refused() {
        assertThat(failures(run(NameWithoutDefinitionFixture.class)))
                .singleElement()
                .asString()
                .contains("@StateMachineTest on " + NameWithoutDefinitionFixture.class.getName()
                        + " sets the state machine's name but names no definition: a name and a type belong to the"
                        + " definition named beside them (definition = \"...\" or definitionFile = \"...\")");
    }

    @StateMachineTest(name = "orphan")
    static class NameWithoutDefinitionFixture {
        @Test
        @Definition("junit/whoami.asl.json")
        void runs(StateMachine machine) {}
    }

    @Test
    void a_name_aws_would_refuse_is_refused() {
        assertThat(failures(run(BadNameFixture.class)))
                .singleElement()
                .asString()
                .contains(": the state machine name \"order flow\" is not one AWS accepts: 1 to 80 characters, without"
                        + " white space, brackets, wildcards, control characters or any of \" # % \\ ^ | ~ ` $ & , ; :"
                        + " /");
    }

    @ExtendWith(StateMachineExtension.class)
    static class BadNameFixture {
        @Test
        void runs(@Definition(value = "junit/whoami.asl.json", name = "order flow") StateMachine machine) {}
    }

    @Test
    void two_types_are_refused() {
        assertThat(failures(run(TwoTypesFixture.class)))
                .singleElement()
                .asString()
                .endsWith(": type names 2 types; give one, e.g. type = StateMachineType.EXPRESS");
    }

    @ExtendWith(StateMachineExtension.class)
    static class TwoTypesFixture {
        @Test
        void runs(
                @Definition(
                                value = "junit/whoami.asl.json",
                                type = {StateMachineType.STANDARD, StateMachineType.EXPRESS})
                        StateMachine machine) {}
    }
}
