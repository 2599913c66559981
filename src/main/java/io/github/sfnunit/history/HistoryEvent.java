package io.github.sfnunit.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One event of an execution's history, shaped as an entry of AWS's {@code GetExecutionHistory} response.
 *
 * @param id 1-based, in order
 * @param previousEventId 0 for the first event, as AWS
 * @param type the AWS event type, e.g. {@code TaskStateEntered}
 * @param detailsKey the name of the details member in AWS's JSON, e.g. {@code stateEnteredEventDetails}; {@code
 *     null} for events without details
 * @param details the details object, {@code null} for events without details
 * @since 0.1.0
 */
public record HistoryEvent(
        long id, long previousEventId, Instant timestamp, String type, String detailsKey, ObjectNode details) {}
