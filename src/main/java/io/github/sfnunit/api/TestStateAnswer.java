package io.github.sfnunit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.StateTestResult;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.Map;
import java.util.Set;

/**
 * TestState's answer: {@code status}, {@code output}, {@code error}, {@code cause}, {@code nextState}, and
 * {@code inspectionData} by inspection level. INFO gives only {@code errorDetails} (which retrier or catcher
 * handled the error); DEBUG and TRACE give every stage the state went through, as JSON text, and the variables.
 */
final class TestStateAnswer {

    /** The inspection values AWS's model types as numbers, not JSON text. */
    private static final Set<String> NUMBERS =
            Set.of("toleratedFailureCount", "toleratedFailurePercentage", "maxConcurrency");

    private TestStateAnswer() {}

    static ObjectNode render(StateTestResult result, String level) {
        ObjectNode out = Wire.object();
        if (result.output() != null) {
            out.put("output", JsonCodec.write(result.output()));
        }
        if (result.error() != null) {
            out.put("error", result.error());
        }
        if (result.cause() != null) {
            out.put("cause", result.cause());
        }
        if (result.nextState() != null) {
            out.put("nextState", result.nextState());
        }
        out.put("status", result.status().name());
        ObjectNode inspection = Wire.object();
        if (!"INFO".equals(level)) {
            for (Map.Entry<String, JsonNode> stage : result.inspectionData().entrySet()) {
                if (NUMBERS.contains(stage.getKey())) {
                    inspection.set(stage.getKey(), stage.getValue());
                } else {
                    inspection.put(stage.getKey(), JsonCodec.write(stage.getValue()));
                }
            }
            ObjectNode variables = Wire.object();
            result.variables().forEach(variables::set);
            inspection.put("variables", variables.toString());
        }
        StateTestResult.ErrorDetails details = result.errorDetails();
        if (details != null) {
            ObjectNode errorDetails = inspection.putObject("errorDetails");
            if (details.retryIndex() != null) {
                errorDetails.put("retryIndex", details.retryIndex());
                // The model's type is an integer: whole seconds, rounded half up.
                errorDetails.put("retryBackoffIntervalSeconds", Math.round(details.retryBackoffIntervalSeconds()));
            }
            if (details.catchIndex() != null) {
                errorDetails.put("catchIndex", details.catchIndex());
            }
        }
        if (!inspection.isEmpty()) {
            out.set("inspectionData", inspection);
        }
        return out;
    }
}
