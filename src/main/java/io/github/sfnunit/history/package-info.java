/**
 * AWS-shaped execution history: {@link io.github.sfnunit.history.HistoryEvent}s as GetExecutionHistory returns
 * them, the {@link io.github.sfnunit.history.HistoryRecorder} the engine writes them with, and {@link
 * io.github.sfnunit.history.HistoryJson} to export them.
 */
package io.github.sfnunit.history;
