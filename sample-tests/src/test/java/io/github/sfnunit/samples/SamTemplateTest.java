package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.Definition;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.mock.TaskMocks;
import org.junit.jupiter.api.Test;

/** The state machine comes straight from the SAM template that deploys it. */
@StateMachineTest(definition = "sam/template.yaml", logicalId = "RefundStateMachine")
class SamTemplateTest {

    @Test
    void the_template_substitutions_reach_the_tasks(StateMachine refunds, TaskMocks mocks) {
        // GIVEN the function behind !GetAtt RefundFunction.Arn
        mocks.forLambda("RefundFunction").thenReturn("{\"refundId\":\"rf-1\"}");
        mocks.forState("RecordRefund").thenReturn("{}");

        // WHEN
        Execution run = refunds.start("{\"orderId\":\"o-1\"}");

        // THEN
        assertThat(run)
                .succeeded()
                .visitedExactly("IssueRefund", "RecordRefund")
                .hasOutput("{\"orderId\":\"o-1\",\"refund\":{\"refundId\":\"rf-1\"}}")
                .invokedWith(
                        "RecordRefund",
                        "{\"TableName\":\"RefundsTable\",\"Item\":{\"orderId\":{\"S\":\"o-1\"},\"refundId\":{\"S\":\"rf-1\"}}}");
    }

    @Test
    @Definition(
            value = "sam/template.yaml",
            logicalId = "RefundStateMachine",
            substitutions = "RefundsTable=refunds-test")
    void a_test_can_override_a_substitution(StateMachine refunds, TaskMocks mocks) {
        mocks.forLambda("RefundFunction").thenReturn("{\"refundId\":\"rf-2\"}");
        mocks.forState("RecordRefund").thenReturn("{}");

        assertThat(refunds.start("{\"orderId\":\"o-2\"}"))
                .succeeded()
                .taskInputs("RecordRefund")
                .singleElement()
                .satisfies(input -> org.assertj.core.api.Assertions.assertThat(
                                input.get("TableName").asText())
                        .isEqualTo("refunds-test"));
    }

    @Test
    @Definition(value = "sam/template.yaml", logicalId = "AuditStateMachine")
    void another_machine_of_the_same_template(StateMachine audit) {
        assertThat(audit.start("{\"orderId\":\"o-1\"}")).succeeded().visitedExactly("Audit");
    }
}
