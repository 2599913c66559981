package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.internal.Intrinsic;
import io.github.sfnunit.asl.internal.IntrinsicSyntax;
import io.github.sfnunit.asl.internal.PathSyntax;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads and checks the input/output processing fields of a state: the JSONPath ones (InputPath, Parameters,
 * ResultSelector, ResultPath, OutputPath and payload templates) or the JSONata ones (Arguments, Output), and
 * {@code Assign} in both languages.
 */
final class DataFlowParser {

    /** Variable names as AWS accepts them (letters, digits, underscores; not starting with a digit). */
    static final int MAX_VARIABLE_NAME_LENGTH = 80;

    private static final int MAX_TEMPLATE_DEPTH = 512;

    private DataFlowParser() {}

    static DataFlow parse(Fields fields, QueryLanguage language) {
        JsonNode assign = assign(fields, "Assign", language);
        if (language == QueryLanguage.JSONATA) {
            JsonNode arguments = fields.get("Arguments");
            if (arguments != null) {
                if (!arguments.isObject() && !Json.isJsonata(arguments)) {
                    fields.error(
                            "Arguments",
                            "expected an object or a JSONata expression \"{% ... %}\", found "
                                    + Json.describe(arguments));
                }
                JsonataSyntax.checkAll(arguments, fields.pointer("Arguments"), fields);
            }
            JsonNode output = fields.get("Output");
            JsonataSyntax.checkAll(output, fields.pointer("Output"), fields);
            return new DataFlow("$", null, null, "$", "$", arguments, output, assign);
        }
        String inputPath = path(fields, "InputPath");
        String outputPath = path(fields, "OutputPath");
        String resultPath = fields.nullablePath("ResultPath", "$");
        if (fields.has("ResultPath") && resultPath != null) {
            report(fields, "ResultPath", PathSyntax.checkReferencePath(resultPath, false));
        }
        JsonNode parameters = template(fields, "Parameters");
        JsonNode resultSelector = template(fields, "ResultSelector");
        return new DataFlow(inputPath, parameters, resultSelector, resultPath, outputPath, null, null, assign);
    }

    /** A JSONPath path field that may be null (discard); {@code "$"} when absent. */
    static String path(Fields fields, String field) {
        String path = fields.nullablePath(field, "$");
        if (fields.has(field) && path != null) {
            report(fields, field, PathSyntax.checkPath(path));
        }
        return path;
    }

    /** A JSONPath {@code ...Path} field that must be a string path when present; {@code null} when absent. */
    static String optionalPath(Fields fields, String field) {
        String path = fields.string(field);
        if (path != null) {
            report(fields, field, PathSyntax.checkPath(path));
        }
        return path;
    }

    /** A JSONPath {@code ...Path} field that must be a reference path; {@code null} when absent. */
    static String optionalReferencePath(Fields fields, String field) {
        String path = fields.string(field);
        if (path != null) {
            report(fields, field, PathSyntax.checkReferencePath(path, true));
        }
        return path;
    }

    /** A payload template field (an object whose {@code .$} keys hold paths or intrinsic calls). */
    static JsonNode template(Fields fields, String field) {
        JsonNode value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            fields.error(field, "expected an object (a payload template), found " + Json.describe(value));
            return value;
        }
        checkTemplate(value, fields.pointer(field), fields, 0);
        return value;
    }

    /** Checks every {@code .$} key inside {@code template}. */
    static void checkTemplate(JsonNode template, String pointer, Fields fields, int depth) {
        if (depth > MAX_TEMPLATE_DEPTH) {
            fields.problems().add(pointer, fields.stateName(), "the payload template is nested too deeply");
            return;
        }
        if (template.isArray()) {
            for (int i = 0; i < template.size(); i++) {
                checkTemplate(template.get(i), Json.child(pointer, i), fields, depth + 1);
            }
            return;
        }
        if (!template.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = template.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> entry = it.next();
            String childPointer = Json.child(pointer, entry.getKey());
            if (entry.getKey().endsWith(".$")) {
                String problem = dynamicValueProblem(entry.getValue());
                if (problem != null) {
                    fields.problems().add(childPointer, fields.stateName(), problem);
                }
            } else {
                checkTemplate(entry.getValue(), childPointer, fields, depth + 1);
            }
        }
    }

    /** What is wrong with the value of a {@code .$} key, or {@code null}. */
    static String dynamicValueProblem(JsonNode value) {
        if (!value.isTextual()) {
            return "the value of a field ending in \".$\" must be a string holding a path or an intrinsic function"
                    + " call, found " + Json.describe(value);
        }
        String text = value.textValue();
        if (IntrinsicSyntax.looksLikeCall(text)) {
            try {
                IntrinsicSyntax.parse(text);
                return null;
            } catch (IntrinsicSyntax.SyntaxException e) {
                String unknown = e.unknownFunction();
                return unknown == null
                        ? e.getMessage()
                        : e.messageSaying("unknown function \"" + unknown + "\""
                                + Suggestions.clause(unknown, Intrinsic.names()));
            }
        }
        if (text.startsWith("$")) {
            return PathSyntax.checkPath(text);
        }
        return "the value of a field ending in \".$\" must be a path (starting with \"$\") or an intrinsic function"
                + " call (States.Xxx(...)), found \"" + text + "\"";
    }

    /** The {@code Assign} object of a state, a Choice entry or a catcher. */
    static JsonNode assign(Fields fields, String field, QueryLanguage language) {
        JsonNode assign = fields.get(field);
        if (assign == null) {
            return null;
        }
        if (!assign.isObject()) {
            fields.error(field, "expected an object of variable names to values, found " + Json.describe(assign));
            return assign;
        }
        String pointer = fields.pointer(field);
        Iterator<Map.Entry<String, JsonNode>> it = assign.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            String entryPointer = Json.child(pointer, key);
            boolean dynamic = key.endsWith(".$");
            String name = dynamic ? key.substring(0, key.length() - 2) : key;
            if (dynamic && language == QueryLanguage.JSONATA) {
                fields.problems()
                        .add(
                                entryPointer,
                                fields.stateName(),
                                "JSONata states do not use \".$\" keys: write \"" + name
                                        + "\": \"{% expression %}\" instead");
            }
            String nameProblem = variableNameProblem(name);
            if (nameProblem != null) {
                fields.problems().add(entryPointer, fields.stateName(), nameProblem);
            }
            if (language == QueryLanguage.JSONATA) {
                JsonataSyntax.checkAll(entry.getValue(), entryPointer, fields);
            } else if (dynamic) {
                String problem = dynamicValueProblem(entry.getValue());
                if (problem != null) {
                    fields.problems().add(entryPointer, fields.stateName(), problem);
                }
            } else {
                checkTemplate(entry.getValue(), entryPointer, fields, 0);
            }
        }
        return assign;
    }

    static String variableNameProblem(String name) {
        if (name.isEmpty()) {
            return "a variable name cannot be empty";
        }
        if (name.length() > MAX_VARIABLE_NAME_LENGTH) {
            return "variable name \"" + name + "\" is longer than " + MAX_VARIABLE_NAME_LENGTH + " characters";
        }
        if (name.equals("states")) {
            return "\"states\" is reserved for $states and cannot be a variable name";
        }
        char first = name.charAt(0);
        if (!(Character.isLetter(first) || first == '_')) {
            return "variable name \"" + name + "\" must start with a letter or \"_\"";
        }
        for (int i = 1; i < name.length(); i++) {
            if (!PathSyntax.isNameChar(name.charAt(i))) {
                return "variable name \"" + name + "\" can only contain letters, digits and \"_\", found \""
                        + name.charAt(i) + "\"";
            }
        }
        return null;
    }

    static void report(Fields fields, String field, String problem) {
        if (problem != null) {
            fields.error(field, problem);
        }
    }
}
