package io.github.sfnunit;

/**
 * The status of an execution, as AWS's {@code DescribeExecution} reports it.
 *
 * @since 0.1.0
 */
public enum ExecutionStatus {
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED
}
