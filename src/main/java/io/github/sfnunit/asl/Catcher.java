package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One entry of a state's {@code Catch} array.
 *
 * @param resultPath JSONPath states: where the error output goes in the state's raw input; {@code "$"} when
 *     omitted, {@code null} when set to JSON null (the raw input passes on unchanged)
 * @param output JSONata states: the {@code Output} of the catcher, {@code null} when absent
 * @param assign the catcher's {@code Assign}, {@code null} when absent
 * @since 0.1.0
 */
public record Catcher(
        List<String> errorEquals, String next, String resultPath, JsonNode output, JsonNode assign, String comment) {

    public Catcher {
        errorEquals = List.copyOf(errorEquals);
    }
}
