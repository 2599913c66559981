package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskInvocation;
import java.time.Instant;
import java.util.List;

/**
 * An execution as it stands, as the engine returns it; the root package builds the public {@code Execution} from
 * it.
 *
 * @param stopTime the end, or the current virtual time while it runs
 * @param visits the kept visits in order of entry; read them right away (an open visit still changes)
 */
public record ExecutionResult(
        String executionArn,
        RunStatus status,
        JsonNode input,
        JsonNode output,
        String error,
        String cause,
        Instant startTime,
        Instant stopTime,
        List<VisitRecord> visits,
        List<TaskInvocation> invocations,
        List<HistoryEvent> history) {}
