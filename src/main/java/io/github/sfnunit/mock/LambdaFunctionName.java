package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.history.TaskResource;

/**
 * A Lambda function reference as AWS accepts it in {@code FunctionName} or a bare resource ARN: {@code name},
 * {@code name:alias}, {@code 123456789012:function:name}, {@code arn:aws:lambda:us-east-1:123456789012:function:name:3}.
 *
 * @param qualifier the version or alias, {@code null} when none is given
 */
record LambdaFunctionName(String name, String qualifier) {

    static LambdaFunctionName parse(String reference) {
        String rest = reference;
        int function = rest.indexOf("function:");
        if (function >= 0) {
            rest = rest.substring(function + "function:".length());
        }
        int colon = rest.indexOf(':');
        return colon < 0
                ? new LambdaFunctionName(rest, null)
                : new LambdaFunctionName(rest.substring(0, colon), rest.substring(colon + 1));
    }

    /** The function a Task calls, or {@code null} when it calls no Lambda function (or names it dynamically). */
    static LambdaFunctionName of(TaskResource resource, JsonNode parameters) {
        if (resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION) {
            return parse(resource.arn());
        }
        if (resource.kind() == TaskResource.Kind.SERVICE_INTEGRATION
                && "lambda".equals(resource.resourceType())
                && parameters != null
                && parameters.path("FunctionName").isTextual()) {
            return parse(parameters.get("FunctionName").asText());
        }
        return null;
    }

    /** {@code true} when a stub for {@code this} answers a call to {@code called}: same name, same qualifier if set. */
    boolean matches(LambdaFunctionName called) {
        return called != null && name.equals(called.name) && (qualifier == null || qualifier.equals(called.qualifier));
    }
}
