package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/** Builds the task invocations the engine would send, for tests. */
final class Invocations {

    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Invocations() {}

    static TaskInvocation call(String state, String resource, String parametersJson, int index) {
        return new TaskInvocation(state, state, resource, json(parametersJson), 0, index, T0, null, null);
    }

    static TaskInvocation call(String state, String resource, String parametersJson) {
        return call(state, resource, parametersJson, 0);
    }

    static TaskInvocation lambdaInvoke(String state, String function, String payloadJson) {
        return call(state, LAMBDA_INVOKE, "{\"FunctionName\":\"" + function + "\",\"Payload\":" + payloadJson + "}");
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
