package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A distributed Map's {@code ResultWriter}; every field is {@code null} when absent.
 *
 * @since 0.1.0
 */
public record ResultWriter(String resource, JsonNode parameters, JsonNode arguments, JsonNode writerConfig) {}
