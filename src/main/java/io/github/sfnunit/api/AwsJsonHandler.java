package io.github.sfnunit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The HTTP side of AWS's JSON 1.0 protocol: {@code POST /} with {@code X-Amz-Target: AWSStepFunctions.<Operation>}.
 * Signatures, regions and accounts in headers are accepted unchecked. Every refusal is HTTP 400 with {@code
 * {"__type": ..., "message": ...}}; a bug answers 500 with the exception's message, never a stack trace. Also serves
 * the clock control route, {@value #CONTROL_ROUTE}, outside AWS's namespace.
 */
final class AwsJsonHandler implements HttpHandler {

    static final String CONTROL_ROUTE = "/_sfn-unit/clock";
    private static final String TARGET_PREFIX = "AWSStepFunctions.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    /** Larger than any valid request (a 1 MiB definition, escaped), small enough to refuse floods. */
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final Map<String, Operation> operations;
    private final ApiState state;

    AwsJsonHandler(Map<String, Operation> operations, ApiState state) {
        this.operations = operations;
        this.state = state;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status = 200;
            ObjectNode answer;
            try {
                answer = answer(exchange);
            } catch (ApiException e) {
                status = 400;
                answer = Wire.object().put("__type", e.type()).put("message", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = 503;
                answer = Wire.object().put("__type", "ServiceUnavailable").put("message", "the endpoint is stopping");
            } catch (RuntimeException e) {
                status = 500;
                answer = Wire.object()
                        .put("__type", "InternalFailure")
                        .put("message", "sfn-unit could not answer: " + e);
            }
            byte[] body = Wire.JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId());
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * A request id in AWS's UUID form. Only its uniqueness matters, so it is drawn from the thread's own generator,
     * not {@code UUID.randomUUID()}, whose SecureRandom costs a lock and a hash per request.
     */
    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private ObjectNode answer(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(CONTROL_ROUTE)) {
            return clock(exchange);
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            throw new ApiException(
                    "UnknownOperationException",
                    "Step Functions is served at POST /, not " + exchange.getRequestMethod() + " " + path);
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        Operation operation = target != null && target.startsWith(TARGET_PREFIX)
                ? operations.get(target.substring(TARGET_PREFIX.length()))
                : null;
        if (operation == null) {
            throw new ApiException(
                    "UnknownOperationException",
                    target == null
                            ? "No X-Amz-Target header: expected AWSStepFunctions.<Operation>"
                            : "sfn-unit does not serve " + target + " (see docs/api-endpoint.md)");
        }
        ObjectNode body = body(exchange);
        return operation
                .handler()
                .handle(new Request(target.substring(TARGET_PREFIX.length()), body, operation.members()));
    }

    private static ObjectNode body(HttpExchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw ApiException.validation("The request body is larger than " + MAX_BODY + " bytes");
        }
        if (bytes.length == 0) {
            return Wire.object();
        }
        JsonNode node;
        try {
            node = Wire.JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ApiException(
                    "SerializationException", "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            return Wire.object();
        }
        if (!(node instanceof ObjectNode object)) {
            throw new ApiException(
                    "SerializationException", "The request body must be a JSON object, not " + node.getNodeType());
        }
        return object;
    }

    /**
     * {@code GET} answers {@code {"now": "..."}}; {@code POST} with {@code {"advanceBy": "PT1H"}} or {@code
     * {"advanceTo": "2024-01-02T00:00:00Z"}} moves the clock, running every timer due on the way, and answers the
     * new time.
     */
    private ObjectNode clock(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            ObjectNode body = body(exchange);
            String by = body.path("advanceBy").asText(null);
            String to = body.path("advanceTo").asText(null);
            if ((by == null) == (to == null)) {
                throw ApiException.validation(
                        "POST " + CONTROL_ROUTE + " takes {\"advanceBy\": \"PT1H\"} or {\"advanceTo\": \"<instant>\"}");
            }
            state.lock.lock();
            try {
                Instant target;
                try {
                    target = by != null ? state.now().plus(Duration.parse(by)) : Instant.parse(to);
                } catch (DateTimeParseException e) {
                    throw ApiException.validation("'" + (by != null ? by : to) + "' is not an ISO-8601 "
                            + (by != null ? "duration (PT1H)" : "instant (2024-01-02T00:00:00Z)"));
                }
                if (target.isBefore(state.now())) {
                    throw ApiException.validation(
                            "Virtual time only moves forward: " + target + " is before " + state.now());
                }
                state.advanceTo(target);
            } finally {
                state.lock.unlock();
            }
        }
        return Wire.object().put("now", state.now().toString());
    }
}
