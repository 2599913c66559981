package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request an HTTP Task ({@code arn:aws:states:::http:invoke}) sends, read from its effective parameters as
 * AWS reads them: {@code ApiEndpoint}, {@code Method}, {@code Authentication.ConnectionArn} (or {@code
 * InvocationConfig.ConnectionArn}; required, not used for the request), {@code Headers}, {@code QueryParameters},
 * {@code RequestBody} and {@code Transform} ({@code RequestBodyEncoding} {@code URL_ENCODED} with {@code
 * RequestEncodingOptions.ArrayFormat} {@code INDICES} (default), {@code BRACKETS}, {@code REPEAT} or {@code
 * COMMAS}).
 */
record HttpTaskRequest(String method, String url, Map<String, String> headers, String body) {

    static final String RESOURCE = "arn:aws:states:::http:invoke";

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

    /** Reads the request of {@code invocation}; a missing or malformed field throws naming the state and field. */
    static HttpTaskRequest of(TaskInvocation invocation) {
        JsonNode parameters = invocation.parameters();
        String where = "HTTP Task '" + invocation.stateName() + "'";
        if (parameters == null || !parameters.isObject()) {
            throw new IllegalArgumentException(where + ": its parameters must be an object with ApiEndpoint, Method"
                    + " and Authentication, but were " + JsonCodec.write(parameters));
        }
        String endpoint = text(parameters, "ApiEndpoint", where);
        String method = text(parameters, "Method", where);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException(where + ": /Method must be one of "
                    + METHODS.stream().sorted().toList() + ", but was " + method);
        }
        if (!parameters.path("Authentication").path("ConnectionArn").isTextual()
                && !parameters.path("InvocationConfig").path("ConnectionArn").isTextual()) {
            throw new IllegalArgumentException(where + ": /Authentication/ConnectionArn is required (AWS authorizes"
                    + " HTTP Tasks with an EventBridge connection); sfn-unit does not use it for the request");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        JsonNode headerNode = parameters.path("Headers");
        if (headerNode.isObject()) {
            headerNode.properties().forEach(h -> headers.put(h.getKey(), scalar(h.getValue())));
        }
        String url = endpoint + query(parameters.path("QueryParameters"), endpoint.contains("?"));
        return new HttpTaskRequest(method, url, headers, body(parameters, headers, where));
    }

    private static String body(JsonNode parameters, Map<String, String> headers, String where) {
        JsonNode body = parameters.get("RequestBody");
        if (body == null || body.isNull()) {
            return null;
        }
        String encoding =
                parameters.path("Transform").path("RequestBodyEncoding").asText("NONE");
        if ("URL_ENCODED".equals(encoding)) {
            if (!body.isObject()) {
                throw new IllegalArgumentException(
                        where + ": /RequestBody must be an object to be URL_ENCODED, but was " + body.getNodeType());
            }
            String format = parameters
                    .path("Transform")
                    .path("RequestEncodingOptions")
                    .path("ArrayFormat")
                    .asText("INDICES");
            putDefault(headers, "Content-Type", "application/x-www-form-urlencoded");
            return formEncoded(body, format, where);
        }
        if (!"NONE".equals(encoding)) {
            throw new IllegalArgumentException(
                    where + ": /Transform/RequestBodyEncoding must be NONE or URL_ENCODED, but was " + encoding);
        }
        if (body.isTextual()) {
            return body.asText();
        }
        putDefault(headers, "Content-Type", "application/json");
        return JsonCodec.write(body);
    }

    private static String formEncoded(JsonNode body, String format, String where) {
        List<String> pairs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (!value.isArray()) {
                pairs.add(pair(key, scalar(value)));
                continue;
            }
            switch (format) {
                case "INDICES" -> {
                    for (int i = 0; i < value.size(); i++) {
                        pairs.add(pair(key + "[" + i + "]", scalar(value.get(i))));
                    }
                }
                case "BRACKETS" -> value.forEach(item -> pairs.add(pair(key + "[]", scalar(item))));
                case "REPEAT" -> value.forEach(item -> pairs.add(pair(key, scalar(item))));
                case "COMMAS" -> {
                    List<String> items = new ArrayList<>();
                    value.forEach(item -> items.add(scalar(item)));
                    pairs.add(pair(key, String.join(",", items)));
                }
                default ->
                    throw new IllegalArgumentException(where + ": /Transform/RequestEncodingOptions/ArrayFormat must"
                            + " be INDICES, BRACKETS, REPEAT or COMMAS, but was " + format);
            }
        }
        return String.join("&", pairs);
    }

    private static String query(JsonNode parameters, boolean hasQuery) {
        if (!parameters.isObject() || parameters.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        parameters.properties().forEach(field -> {
            if (field.getValue().isArray()) {
                field.getValue().forEach(item -> pairs.add(pair(field.getKey(), scalar(item))));
            } else {
                pairs.add(pair(field.getKey(), scalar(field.getValue())));
            }
        });
        return (hasQuery ? "&" : "?") + String.join("&", pairs);
    }

    private static String pair(String key, String value) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String scalar(JsonNode value) {
        return value.isValueNode() ? value.asText() : JsonCodec.write(value);
    }

    private static String text(JsonNode parameters, String field, String where) {
        JsonNode value = parameters.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalArgumentException(where + ": /" + field + " is required and must be a string, but was "
                    + (value == null ? "missing" : value));
        }
        return value.asText();
    }

    private static void putDefault(Map<String, String> headers, String name, String value) {
        if (headers.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
            headers.put(name, value);
        }
    }
}
