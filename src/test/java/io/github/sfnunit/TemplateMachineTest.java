package io.github.sfnunit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.asl.DefinitionLoader;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.StateMachineType;
import org.junit.jupiter.api.Test;

/** A machine loaded from a SAM or CloudFormation template runs with the template's own type and name (issue #14). */
class TemplateMachineTest {

    /** A parent that starts its sibling with {@code !Ref Child}, and reports the child's {@code $$.StateMachine}. */
    private static final String TEMPLATE = """
            Resources:
              Parent:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Definition:
                    StartAt: Start
                    States:
                      Start: {Type: Pass, Parameters: {"child": "${ChildArn}"}, End: true}
                  DefinitionSubstitutions:
                    ChildArn: !Ref Child
              Child:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Type: EXPRESS
                  Definition:
                    StartAt: Report
                    States:
                      Report: {Type: Pass, Parameters: {"id.$": "$$.StateMachine.Id", "name.$": "$$.StateMachine.Name",
                                                        "execution.$": "$$.Execution.Id"}, End: true}
              Named:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  StateMachineName: order-flow
                  StateMachineType: EXPRESS
                  DefinitionString: '{"StartAt": "R", "States": {"R": {"Type": "Pass", "Parameters": {"id.$": "$$.StateMachine.Id"}, "End": true}}}'
              Refers:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  Definition:
                    StartAt: R
                    States:
                      R: {Type: Pass, Parameters: {"named": "${Named}"}, End: true}
                  DefinitionSubstitutions:
                    Named: !GetAtt Named.Arn
            """;

    private static StateMachineDefinition load(String logicalId) {
        return DefinitionLoader.builder().logicalId(logicalId).build().loadString(TEMPLATE);
    }

    @Test
    void an_express_template_machine_runs_as_express_with_its_logical_id_as_name() {
        StateMachineDefinition child = load("Child");
        assertThat(child.type()).isEqualTo(StateMachineType.EXPRESS);
        assertThat(child.name()).isEqualTo("Child");

        Execution run = StateMachine.from(child).start("{}");

        assertThat(run.output().path("id").asText())
                .isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:Child");
        assertThat(run.output().path("name").asText()).isEqualTo("Child");
        assertThat(run.executionArn()).startsWith("arn:aws:states:us-east-1:123456789012:express:Child:");
        assertThat(run.output().path("execution").asText()).isEqualTo(run.executionArn());
    }

    @Test
    void a_ref_to_a_machine_resolves_to_the_arn_its_own_executions_see_as_state_machine_id() {
        String referenced = StateMachine.from(load("Parent"))
                .start("{}")
                .output()
                .path("child")
                .asText();
        String seenByChild =
                StateMachine.from(load("Child")).start("{}").output().path("id").asText();

        assertThat(referenced).isEqualTo(seenByChild);
    }

    @Test
    void a_state_machine_name_property_names_the_machine_and_its_arn() {
        StateMachineDefinition named = load("Named");
        assertThat(named.type()).isEqualTo(StateMachineType.EXPRESS);

        Execution run = StateMachine.from(named).start("{}");

        assertThat(run.output().path("id").asText())
                .isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:order-flow");
        assertThat(run.executionArn()).contains(":express:order-flow:");
        assertThat(StateMachine.from(load("Refers"))
                        .start("{}")
                        .output()
                        .path("named")
                        .asText())
                .isEqualTo(run.output().path("id").asText());
    }

    @Test
    void options_that_name_the_machine_win_over_the_template() {
        StateMachineDefinition child = load("Child");

        Execution run = StateMachine.from(
                        child,
                        ExecutionOptions.builder()
                                .stateMachineName("Other")
                                .build()
                                .forDefinition(child))
                .start("{}");

        assertThat(run.output().path("name").asText()).isEqualTo("Other");
        assertThat(run.executionArn()).contains(":express:Other:");
    }

    @Test
    void a_bare_definition_keeps_the_default_standard_machine() {
        StateMachineDefinition bare = DefinitionLoader.defaults()
                .loadString("{\"StartAt\": \"R\", \"States\": {\"R\": {\"Type\": \"Pass\", \"End\": true}}}");

        Execution run = StateMachine.from(bare).start("{}");

        assertThat(bare.name()).isNull();
        assertThat(run.executionArn()).contains(":execution:StateMachine:");
    }
}
