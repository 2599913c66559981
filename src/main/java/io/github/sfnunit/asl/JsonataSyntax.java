package io.github.sfnunit.asl;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.PathSyntax;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks the syntax of the JSONata expressions ({@code "{% ... %}"} strings) in a JSONata state's fields by
 * compiling them with the JSONata engine; nothing is evaluated.
 */
final class JsonataSyntax {

    private JsonataSyntax() {}

    /** {@code null} when {@code expression} (without the braces) compiles, else the parser's complaint. */
    static String check(String expression) {
        if (expression.isBlank()) {
            return "the JSONata expression is empty";
        }
        try {
            Jsonata.jsonata(expression);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return "invalid JSONata expression \"" + expression.strip() + "\": " + PathSyntax.firstLine(e.getMessage());
        }
    }

    /** Checks every {@code {% %}} string inside {@code value} (objects and arrays are walked). */
    static void checkAll(JsonNode value, String pointer, Fields fields) {
        checkAll(value, pointer, fields, 0);
    }

    private static void checkAll(JsonNode value, String pointer, Fields fields, int depth) {
        if (value == null || depth > 512) {
            return;
        }
        if (Json.isJsonata(value)) {
            String problem = check(Json.jsonataBody(value.textValue()));
            if (problem != null) {
                fields.problems().add(pointer, fields.stateName(), problem);
            }
        } else if (value.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> entry = it.next();
                checkAll(entry.getValue(), Json.child(pointer, entry.getKey()), fields, depth + 1);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                checkAll(value.get(i), Json.child(pointer, i), fields, depth + 1);
            }
        }
    }
}
