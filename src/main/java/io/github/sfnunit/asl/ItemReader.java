package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A distributed Map's {@code ItemReader}.
 *
 * @param resource e.g. {@code arn:aws:states:::s3:getObject} or {@code arn:aws:states:::s3:listObjectsV2}
 * @param readerConfig the {@code ReaderConfig} object ({@code InputType}, {@code CSVHeaderLocation}, {@code
 *     MaxItems}, ...), {@code null} when absent
 * @param parameters JSONPath: the {@code Parameters} template, {@code null} when absent
 * @param arguments JSONata: the {@code Arguments}, {@code null} when absent
 * @since 0.1.0
 */
public record ItemReader(String resource, JsonNode readerConfig, JsonNode parameters, JsonNode arguments) {}
