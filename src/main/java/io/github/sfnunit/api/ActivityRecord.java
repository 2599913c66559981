package io.github.sfnunit.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;

/** An activity: its scheduled tasks wait in {@link #pending} until a worker's {@code GetActivityTask} takes one. */
record ActivityRecord(
        long sequence,
        String arn,
        String name,
        Instant creationDate,
        Map<String, String> tags,
        ArrayDeque<Task> pending) {

    /** A task scheduled on the activity: its token and its input (the Task state's effective parameters). */
    record Task(String token, JsonNode input) {}
}
