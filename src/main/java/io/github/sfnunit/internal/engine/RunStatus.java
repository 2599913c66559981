package io.github.sfnunit.internal.engine;

/** The status of a running or ended execution; the root package maps it to the public {@code ExecutionStatus}. */
public enum RunStatus {
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED
}
