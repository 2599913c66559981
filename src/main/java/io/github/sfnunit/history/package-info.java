/**
 * AWS-shaped execution history, as users read it: {@link io.github.sfnunit.history.HistoryEvent}s as
 * GetExecutionHistory returns them, {@link io.github.sfnunit.history.HistoryJson} to export and read them, and
 * {@link io.github.sfnunit.history.TaskResource} to read a Task's resource ARN. The engine writes the events with
 * the recorder in {@code io.github.sfnunit.internal.history}.
 */
package io.github.sfnunit.history;
