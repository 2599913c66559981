package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.ShouldHaveNoLintFindings.shouldHaveNoLintFindings;

import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.lint.Lint;
import io.github.sfnunit.lint.LintFinding;
import io.github.sfnunit.lint.LintRule;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a state machine definition: that {@link Lint} finds nothing in it. Obtained from {@link
 * SfnAssertions#assertThat(StateMachineDefinition)}.
 *
 * @since 0.1.0
 */
public class DefinitionAssert extends AbstractAssert<DefinitionAssert, StateMachineDefinition> {

    private StateMachineType type = StateMachineType.STANDARD;

    public DefinitionAssert(StateMachineDefinition actual) {
        super(actual, DefinitionAssert.class);
    }

    /**
     * Lints the definition as a machine of this type from now on (the default is {@code STANDARD}); {@code EXPRESS}
     * adds the Express duration checks.
     */
    public DefinitionAssert asType(StateMachineType machineType) {
        this.type = machineType;
        return myself;
    }

    /**
     * Verifies that {@code sfn-unit lint} finds nothing in the definition (states silenced with a {@code
     * sfn-unit:ignore} marker in their {@code Comment} do not count).
     *
     * <pre>{@code
     * assertThat(orderFlow.definition()).hasNoLintFindings(); // passes when every Task has TimeoutSeconds, ...
     * assertThat(orderFlow.definition()).hasNoLintFindings(); // fails: lists each finding with its rule and pointer
     * }</pre>
     */
    public DefinitionAssert hasNoLintFindings() {
        return hasNoLintFindingsExcept();
    }

    /**
     * Verifies that lint finds nothing but findings of these rules, given by id.
     *
     * <pre>{@code
     * assertThat(pollingFlow.definition()).hasNoLintFindingsExcept("map-max-concurrency"); // passes
     * assertThat(pollingFlow.definition()).hasNoLintFindingsExcept("nonsense"); // throws: no rule "nonsense"
     * }</pre>
     */
    public DefinitionAssert hasNoLintFindingsExcept(String... ruleIds) {
        isNotNull();
        for (String id : ruleIds) {
            if (LintRule.byId(id) == null) {
                throw new IllegalArgumentException("no lint rule \"" + id + "\"; the rules are "
                        + Arrays.stream(LintRule.values()).map(LintRule::id).toList());
            }
        }
        Set<String> allowed = Set.of(ruleIds);
        List<LintFinding> findings = Lint.check(actual, type).stream()
                .filter(finding -> !allowed.contains(finding.rule().id()))
                .toList();
        if (!findings.isEmpty()) {
            throwAssertionError(shouldHaveNoLintFindings(findings));
        }
        return myself;
    }
}
