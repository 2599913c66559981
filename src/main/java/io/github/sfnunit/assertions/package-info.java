/**
 * AssertJ-style assertions on executions: {@link io.github.sfnunit.assertions.SfnAssertions#assertThat(
 * io.github.sfnunit.Execution)} for status, path, states, retries, catches, output, virtual time, task calls and
 * history, and {@link io.github.sfnunit.assertions.SfnSoftAssertions} for soft assertions. Every failure message
 * ends with the executed path as a table and a summary of the task calls.
 *
 * @since 0.1.0
 */
package io.github.sfnunit.assertions;
