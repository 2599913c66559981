package io.github.sfnunit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The members of one request body, read with AWS's checks: an unknown member, a member of the wrong JSON type, a
 * missing required member or a value out of the model's bounds is a {@code ValidationException} naming the member.
 */
final class Request {

    private final String operation;
    private final ObjectNode body;

    Request(String operation, ObjectNode body, Set<String> members) {
        this.operation = operation;
        this.body = body;
        body.fieldNames().forEachRemaining(name -> {
            if (!members.contains(name)) {
                throw ApiException.validation("1 validation error detected: '" + name + "' is not a member of "
                        + operation + "'s request; its members are " + members);
            }
        });
    }

    String operation() {
        return operation;
    }

    boolean has(String field) {
        JsonNode value = body.get(field);
        return value != null && !value.isNull();
    }

    String requiredString(String field) {
        String value = string(field);
        if (value == null) {
            throw ApiException.constraint(field, null, "Member must not be null");
        }
        return value;
    }

    String string(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.validation("1 validation error detected: '" + field + "' must be a string, but was "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + abbreviate(value));
        }
        return value.textValue();
    }

    /** A string of at most {@code max} characters (AWS counts characters of the text). */
    String string(String field, int max) {
        String value = string(field);
        if (value != null && value.length() > max) {
            throw ApiException.constraint(
                    field, abbreviate(value), "Member must have length less than or equal to " + max);
        }
        return value;
    }

    boolean bool(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw ApiException.validation("1 validation error detected: '" + field + "' must be a boolean");
        }
        return value.booleanValue();
    }

    /** {@code maxResults}: 0 or absent means the default; AWS allows 0 to 1000. */
    int maxResults(int defaultValue) {
        JsonNode value = body.get("maxResults");
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (!value.isIntegralNumber()) {
            throw ApiException.validation("1 validation error detected: 'maxResults' must be an integer");
        }
        int max = value.intValue();
        if (max < 0 || max > 1000 || !value.canConvertToInt()) {
            throw ApiException.constraint(
                    "maxResults",
                    value.asText(),
                    "Member must have value less than or equal to" + " 1000 and greater than or equal to 0");
        }
        return max == 0 ? defaultValue : max;
    }

    JsonNode node(String field) {
        return body.get(field);
    }

    /** {@code tags}: {@code [{"key": "...", "value": "..."}]}. */
    Map<String, String> tags(String field) {
        JsonNode value = body.get(field);
        Map<String, String> tags = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return tags;
        }
        if (!value.isArray()) {
            throw ApiException.validation("1 validation error detected: '" + field + "' must be a list of tags");
        }
        for (JsonNode tag : value) {
            JsonNode key = tag.get("key");
            if (key == null
                    || !key.isTextual()
                    || key.textValue().isEmpty()
                    || key.textValue().length() > 128) {
                throw ApiException.constraint(
                        field + ".member.key",
                        key == null ? null : key.asText(),
                        "Member must have length between 1 and 128");
            }
            JsonNode tagValue = tag.get("value");
            tags.put(key.textValue(), tagValue == null || tagValue.isNull() ? "" : tagValue.asText());
        }
        return tags;
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
