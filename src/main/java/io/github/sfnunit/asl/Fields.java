package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Typed, error-collecting access to the fields of one JSON object of a definition. A field of the wrong type is
 * reported and read as absent, so that parsing goes on and every problem is found.
 */
final class Fields {

    private final ObjectNode node;
    private final String pointer;
    private final String stateName;
    private final Problems problems;

    Fields(ObjectNode node, String pointer, String stateName, Problems problems) {
        this.node = node;
        this.pointer = pointer;
        this.stateName = stateName;
        this.problems = problems;
    }

    ObjectNode node() {
        return node;
    }

    String pointer() {
        return pointer;
    }

    String stateName() {
        return stateName;
    }

    Problems problems() {
        return problems;
    }

    String pointer(String field) {
        return Json.child(pointer, field);
    }

    boolean has(String field) {
        return node.has(field);
    }

    /** The raw value, {@code null} when absent. */
    JsonNode get(String field) {
        return node.get(field);
    }

    List<String> names() {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    void error(String field, String message) {
        problems.add(field == null ? pointer : pointer(field), stateName, message);
    }

    void error(String message) {
        problems.add(pointer, stateName, message);
    }

    /** A field the definition must have. */
    boolean require(String field, String what) {
        if (!node.has(field)) {
            error("missing required field \"" + field + "\"" + (what.isEmpty() ? "" : " (" + what + ")"));
            return false;
        }
        return true;
    }

    String string(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            wrongType(field, "a string", value);
            return null;
        }
        return value.textValue();
    }

    /**
     * A path field: the default when absent, {@code null} when JSON null (AWS's "discard"), else the string.
     */
    String nullablePath(String field, String defaultValue) {
        JsonNode value = node.get(field);
        if (value == null) {
            return defaultValue;
        }
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            wrongType(field, "a string or null", value);
            return defaultValue;
        }
        return value.textValue();
    }

    Boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            wrongType(field, "a boolean", value);
            return null;
        }
        return value.booleanValue();
    }

    /** An integer field within [min, max]; a number outside or a fraction is reported. */
    Integer integer(String field, long min, long max) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() && !(value.isNumber() && isWhole(value))) {
            wrongType(field, "an integer", value);
            return null;
        }
        if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            error(field, "must be " + range(min, max) + ", found " + value.asText());
            return null;
        }
        return (int) value.longValue();
    }

    Double number(String field, double min, double max) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            wrongType(field, "a number", value);
            return null;
        }
        double number = value.doubleValue();
        if (!(number >= min && number <= max)) {
            error(field, "must be a number from " + plain(min) + " to " + plain(max) + ", found " + value.asText());
            return null;
        }
        return number;
    }

    ObjectNode object(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            wrongType(field, "an object", value);
            return null;
        }
        return (ObjectNode) value;
    }

    ArrayNode array(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            wrongType(field, "an array", value);
            return null;
        }
        return (ArrayNode) value;
    }

    /** Reports every field not in {@code allowed}, with a suggestion when one is close. */
    void rejectUnknown(Collection<String> allowed, String where) {
        for (String name : names()) {
            if (!allowed.contains(name)) {
                error(name, "field \"" + name + "\" is not allowed " + where + Suggestions.clause(name, allowed));
            }
        }
    }

    /** Reports when more than one of {@code exclusive} is present. */
    void atMostOne(String... exclusive) {
        List<String> present = new ArrayList<>();
        for (String name : exclusive) {
            if (node.has(name)) {
                present.add(name);
            }
        }
        if (present.size() > 1) {
            error(present.get(1), "\"" + present.get(0) + "\" and \"" + present.get(1) + "\" cannot both be set");
        }
    }

    Fields nested(ObjectNode child, String childPointer) {
        return new Fields(child, childPointer, stateName, problems);
    }

    private void wrongType(String field, String expected, JsonNode found) {
        error(field, "expected " + expected + ", found " + Json.describe(found) + intrinsicHint(found));
    }

    /** A CloudFormation intrinsic left in a definition is a common mistake worth naming. */
    private static String intrinsicHint(JsonNode found) {
        if (found.isObject() && found.size() == 1) {
            String key = found.fieldNames().next();
            if (key.equals("Ref") || key.startsWith("Fn::")) {
                return " (the CloudFormation intrinsic function \"" + key + "\" is only resolved when the state"
                        + " machine is loaded from its template)";
            }
        }
        return "";
    }

    private static boolean isWhole(JsonNode value) {
        double d = value.doubleValue();
        return !Double.isInfinite(d) && d == Math.rint(d) && Math.abs(d) < 1e15;
    }

    static String range(long min, long max) {
        if (max == Long.MAX_VALUE || max == Integer.MAX_VALUE) {
            return "an integer >= " + min;
        }
        return "an integer from " + min + " to " + max;
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
