package io.github.sfnunit.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the API Gateway integration ({@code arn:aws:states:::apigateway:invoke}) refuses in its request, shared by
 * the validator (literal {@code Headers}) and the engine (the evaluated request, before the call). The Developer
 * Guide's "Call API Gateway" page lists the headers Step Functions does not let a state set; AWS answers {@code The
 * 'Headers' field contains unsupported values: [authorization]} when the state machine is created.
 */
public final class ApiGatewayRequest {

    /** The integration's resource, without a {@code .waitForTaskToken} suffix. */
    public static final String INVOKE = "arn:aws:states:::apigateway:invoke";

    private static final Set<String> UNSUPPORTED_HEADERS = Set.of(
            "authorization",
            "connection",
            "content-md5",
            "expect",
            "host",
            "max-forwards",
            "proxy-authenticate",
            "server",
            "te",
            "transfer-encoding",
            "trailer",
            "upgrade",
            "via",
            "www-authenticate");

    private static final List<String> UNSUPPORTED_PREFIXES = List.of("x-forwarded", "x-amz");

    private ApiGatewayRequest() {}

    /** Whether {@code resource} is the API Gateway integration (request-response or callback). */
    public static boolean isInvoke(String resource) {
        return resource != null && (resource.equals(INVOKE) || resource.equals(INVOKE + ".waitForTaskToken"));
    }

    /**
     * AWS's message for the header names a state may not set among the keys of {@code headers}, e.g. {@code The
     * 'Headers' field contains unsupported values: [authorization, x-amz-date]}; {@code null} when there is none.
     */
    public static String unsupportedHeaders(JsonNode headers) {
        if (headers == null || !headers.isObject()) {
            return null;
        }
        List<String> unsupported = new ArrayList<>();
        Iterator<String> names = headers.fieldNames();
        while (names.hasNext()) {
            String name = names.next().toLowerCase(Locale.ROOT);
            if (UNSUPPORTED_HEADERS.contains(name)
                    || UNSUPPORTED_PREFIXES.stream().anyMatch(name::startsWith)) {
                unsupported.add(name);
            }
        }
        return unsupported.isEmpty() ? null : "The 'Headers' field contains unsupported values: " + unsupported;
    }

    /**
     * What is wrong with an evaluated request, in AWS's words, or {@code null}: {@code Headers} and {@code
     * QueryParameters} map names to arrays of strings ({@code The value of the field 'QueryParameters' has an
     * invalid format}), and no header is one a state may not set.
     */
    public static String problem(JsonNode parameters) {
        for (String field : List.of("Headers", "QueryParameters")) {
            JsonNode value = parameters.get(field);
            if (value != null && !value.isNull() && !isMapOfStringArrays(value)) {
                return "The value of the field '" + field + "' has an invalid format";
            }
        }
        return unsupportedHeaders(parameters.get("Headers"));
    }

    private static boolean isMapOfStringArrays(JsonNode value) {
        if (!value.isObject()) {
            return false;
        }
        for (JsonNode values : value) {
            if (!values.isArray()) {
                return false;
            }
            for (JsonNode item : values) {
                if (!item.isTextual()) {
                    return false;
                }
            }
        }
        return true;
    }
}
