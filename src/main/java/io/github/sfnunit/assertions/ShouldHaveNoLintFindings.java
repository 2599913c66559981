package io.github.sfnunit.assertions;

import io.github.sfnunit.lint.LintFinding;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;

/** Lint found something in a definition that should have none. */
final class ShouldHaveNoLintFindings extends BasicErrorMessageFactory {

    private ShouldHaveNoLintFindings(String format, Object... arguments) {
        super(format, arguments);
    }

    static ShouldHaveNoLintFindings shouldHaveNoLintFindings(List<LintFinding> findings) {
        StringBuilder lines = new StringBuilder();
        for (LintFinding finding : findings) {
            lines.append(ExecutionErrorMessage.NL).append("  ").append(finding);
        }
        return new ShouldHaveNoLintFindings(
                "%nExpecting the definition to have no lint findings but found %s:%s%n(silence one with"
                        + " \"sfn-unit:ignore RULE\" in its state's Comment; see docs/lint.md)",
                findings.size(), unquotedString(lines.toString()));
    }
}
