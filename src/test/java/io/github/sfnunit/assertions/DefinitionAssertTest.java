package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.StateMachineType;
import org.junit.jupiter.api.Test;

class DefinitionAssertTest {

    private final StateMachineDefinition waiting = new DefinitionParser().parse("""
            {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 600, "Next": "T"},
              "T": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true}}}
            """);

    @Test
    void hasNoLintFindings_lists_every_finding() {
        String nl = System.lineSeparator();
        assertThatThrownBy(() -> assertThat(waiting).hasNoLintFindings())
                .hasMessage(nl + "Expecting the definition to have no lint findings but found 1:" + nl
                        + "  /States/T: [task-timeout] warning: Task state \"T\" has no TimeoutSeconds, so it waits up"
                        + " to AWS's default of 99,999,999 s (over 3 years) for an answer that may never come; set"
                        + " TimeoutSeconds to the longest the task should take" + nl
                        + "(silence one with \"sfn-unit:ignore RULE\" in its state's Comment; see docs/lint.md)");
    }

    @Test
    void hasNoLintFindingsExcept_allows_the_named_rules_and_asType_adds_express_checks() {
        assertThatCode(() -> assertThat(waiting).hasNoLintFindingsExcept("task-timeout"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() ->
                        assertThat(waiting).asType(StateMachineType.EXPRESS).hasNoLintFindingsExcept("task-timeout"))
                .hasMessageContaining("[express-duration] error: Wait state \"W\" waits 600 s");
        assertThatThrownBy(() -> assertThat(waiting).hasNoLintFindingsExcept("nonsense"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no lint rule \"nonsense\"; the rules are [task-timeout, ");
    }
}
