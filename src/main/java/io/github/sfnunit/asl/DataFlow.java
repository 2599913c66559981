package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The input/output processing fields of a state. Which of them a state type may carry is the validator's
 * business; the model keeps what the definition says.
 *
 * <p>JSONPath fields: {@code inputPath}, {@code outputPath} and {@code resultPath} are {@code "$"} when the
 * definition omits them and {@code null} when it sets them to JSON {@code null} (AWS then discards the
 * input, output or result). {@code parameters} and {@code resultSelector} are payload templates (keys ending
 * in {@code .$} are paths or intrinsic calls), {@code null} when absent.
 *
 * <p>JSONata fields: {@code arguments} and {@code output} are JSON values in which strings of the form
 * {@code {% expression %}} are JSONata expressions, {@code null} when absent.
 *
 * <p>{@code assign} (both languages) is the {@code Assign} object, {@code null} when absent.
 *
 * @since 0.1.0
 */
public record DataFlow(
        String inputPath,
        JsonNode parameters,
        JsonNode resultSelector,
        String resultPath,
        String outputPath,
        JsonNode arguments,
        JsonNode output,
        JsonNode assign) {

    /** The processing of a state that declares none of the fields. */
    public static final DataFlow DEFAULT = new DataFlow("$", null, null, "$", "$", null, null, null);
}
