package io.github.sfnunit.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import org.junit.jupiter.api.Test;

/** The engine skips building {@code $$} for states that cannot read it; states that do still see all of it. */
class ContextObjectOnDemandTest {

    @Test
    void a_pass_state_after_plain_states_still_reads_the_context_object() {
        // GIVEN plain Pass states (no $$) around one that reads $$ in Parameters
        StateMachine machine = StateMachine.from(new DefinitionParser().parse("""
                {"StartAt": "Plain", "States": {
                  "Plain": {"Type": "Pass", "Next": "Reads"},
                  "Reads": {"Type": "Pass", "Parameters": {
                      "state.$": "$$.State.Name", "entered.$": "$$.State.EnteredTime",
                      "name.$": "States.Format('run {}', $$.Execution.Name)"}, "Next": "AlsoPlain"},
                  "AlsoPlain": {"Type": "Pass", "End": true}}}
                """));

        // WHEN
        Execution run = machine.start("{}");

        // THEN
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().path("state").asText()).isEqualTo("Reads");
        assertThat(run.output().path("entered").asText())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(run.output().path("name").asText())
                .isEqualTo(
                        "run " + run.executionArn().substring(run.executionArn().lastIndexOf(':') + 1));
    }

    @Test
    void a_choice_rule_on_the_context_object_still_sees_it() {
        // GIVEN a Choice comparing $$.State.Name
        StateMachine machine = StateMachine.from(new DefinitionParser().parse("""
                {"StartAt": "Route", "States": {
                  "Route": {"Type": "Choice", "Choices": [
                      {"Variable": "$$.State.Name", "StringEquals": "Route", "Next": "Yes"}], "Default": "No"},
                  "Yes": {"Type": "Pass", "Result": "yes", "End": true},
                  "No": {"Type": "Pass", "Result": "no", "End": true}}}
                """));

        // WHEN
        Execution run = machine.start("{}");

        // THEN
        assertThat(run.output().asText()).isEqualTo("yes");
    }
}
