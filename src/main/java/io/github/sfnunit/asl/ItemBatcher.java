package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A distributed Map's {@code ItemBatcher}; every field is {@code null} when absent.
 *
 * @since 0.1.0
 */
public record ItemBatcher(
        JsonNode maxItemsPerBatch,
        String maxItemsPerBatchPath,
        JsonNode maxInputBytesPerBatch,
        String maxInputBytesPerBatchPath,
        JsonNode batchInput) {}
