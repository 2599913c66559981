/**
 * Best-practice checks over a state machine definition: {@link io.github.sfnunit.lint.Lint} runs the {@link
 * io.github.sfnunit.lint.LintRule rules} and returns {@link io.github.sfnunit.lint.LintFinding findings}, each with
 * its rule id, JSON Pointer, and a message saying why it matters and how to fix it. {@code sfn-unit lint} prints them
 * as text, JSON or SARIF. Depends only on {@code asl}. The rules and how to silence them: {@code docs/lint.md}.
 *
 * @since 0.1.0
 */
package io.github.sfnunit.lint;
