/**
 * Coverage of state machines and pictures of executions: which states, transitions (each {@code Next}, each
 * Choice rule and {@code Default}, each Catch, each end), retriers and catchers the executions exercised, merged
 * across tests, forks and runs into a stable JSON file, and written as HTML (with the state graph drawn), Mermaid
 * and Markdown. Public: {@link io.github.sfnunit.report.CoverageData}, {@link
 * io.github.sfnunit.report.MachineCoverage}, {@link io.github.sfnunit.report.CoverageReport} and {@link
 * io.github.sfnunit.report.ExecutionDiagram}; everything else here is package-private.
 *
 * @since 0.1.0
 */
package io.github.sfnunit.report;
