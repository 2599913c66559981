/**
 * Internal: the history writer. Not public API. {@link io.github.sfnunit.internal.history.HistoryRecorder} numbers
 * and links the events of one execution; each fiber writes through its {@link
 * io.github.sfnunit.internal.history.HistoryLane}, Task states through {@link
 * io.github.sfnunit.internal.history.TaskEvents}; {@link io.github.sfnunit.internal.history.RecordedHistory} is the
 * immutable list of public {@link io.github.sfnunit.history.HistoryEvent}s an execution ends with, whose details
 * are built on first read.
 */
package io.github.sfnunit.internal.history;
