package io.github.sfnunit.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.mock.TaskMocks;
import org.junit.jupiter.api.Test;

/**
 * The engine builds {@code $$} only when something reads it; whoever reads it, even after the execution, sees what
 * the state saw at that moment.
 */
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

    @Test
    void a_task_call_read_after_the_execution_still_has_the_context_of_its_attempt() {
        // GIVEN a task that fails twice, is retried after 1 s and 2 s, then succeeds; nothing reads $$ meanwhile
        TaskMocks mocks = new TaskMocks();
        mocks.forState("Charge")
                .thenFail("Busy", "try later")
                .thenFail("Busy", "try later")
                .thenReturn("{}");
        StateMachine machine =
                StateMachine.from(new DefinitionParser().parse("""
                        {"StartAt": "Charge", "States": {
                          "Charge": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:c",
                            "Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 1, "BackoffRate": 2}],
                            "Next": "Done"},
                          "Done": {"Type": "Pass", "End": true}}}
                        """)).withTaskHandler(mocks);

        // WHEN
        Execution run = machine.start("{}");

        // THEN each call's $$ has the visit's entered time and the attempt's retry count
        assertThat(run.invocations())
                .extracting(call -> call.context().path("State").toString())
                .containsExactly(
                        "{\"Name\":\"Charge\",\"EnteredTime\":\"2024-01-01T00:00:00.000Z\",\"RetryCount\":0}",
                        "{\"Name\":\"Charge\",\"EnteredTime\":\"2024-01-01T00:00:00.000Z\",\"RetryCount\":1}",
                        "{\"Name\":\"Charge\",\"EnteredTime\":\"2024-01-01T00:00:00.000Z\",\"RetryCount\":2}");
        assertThat(run.invocations()
                        .get(2)
                        .context()
                        .path("Execution")
                        .path("Id")
                        .asText())
                .isEqualTo(run.executionArn());
    }
}
