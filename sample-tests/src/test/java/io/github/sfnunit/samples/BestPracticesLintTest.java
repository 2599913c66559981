package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.Definition;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.lint.Lint;
import io.github.sfnunit.lint.LintFinding;
import org.junit.jupiter.api.Test;

/** The definitions follow AWS's best practices, as `sfn-unit lint` checks them, and a known gap stays known. */
@StateMachineTest(definition = "statemachines/shipping-choice.asl.json")
class BestPracticesLintTest {

    @Test
    void shipping_choice_has_no_lint_findings(StateMachine shipping) {
        assertThat(shipping.definition()).hasNoLintFindings();
    }

    @Test
    void manager_approval_only_lacks_a_heartbeat_on_its_callback(
            @Definition("statemachines/manager-approval.asl.json") StateMachine approval) {
        // the callback task has a timeout but no HeartbeatSeconds: accepted for now, nothing else is
        assertThat(approval.definition()).hasNoLintFindingsExcept("callback-heartbeat");

        assertThat(Lint.check(approval.definition()))
                .extracting(finding -> finding.rule().id(), LintFinding::pointer)
                .containsExactly(tuple("callback-heartbeat", "/States/RequestApproval"));
        assertThatThrownBy(() -> assertThat(approval.definition()).hasNoLintFindings())
                .hasMessageContaining("/States/RequestApproval: [callback-heartbeat] warning: Task state"
                        + " \"RequestApproval\" waits for a task token without HeartbeatSeconds");
    }
}
