package io.github.sfnunit;

/** The status of an execution, as AWS's {@code DescribeExecution} reports it. */
public enum ExecutionStatus {
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED
}
