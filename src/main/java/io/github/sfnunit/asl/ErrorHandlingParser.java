package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.PathSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses the {@code Retry} and {@code Catch} arrays of Task, Parallel and Map states. {@code States.ALL} must be the
 * only error of its retrier or catcher, and that retrier or catcher must be the last one.
 */
final class ErrorHandlingParser {

    static final String STATES_ALL = "States.ALL";

    private static final Set<String> RETRIER_FIELDS = Set.of(
            "ErrorEquals",
            "IntervalSeconds",
            "MaxAttempts",
            "BackoffRate",
            "MaxDelaySeconds",
            "JitterStrategy",
            "Comment");

    private final List<Retrier> retriers = new ArrayList<>();
    private final List<Catcher> catchers = new ArrayList<>();

    ErrorHandlingParser(Fields fields, QueryLanguage language) {
        ArrayNode retry = fields.array("Retry");
        if (retry != null) {
            for (int i = 0; i < retry.size(); i++) {
                Fields entry = entry(fields, retry.get(i), Json.child(fields.pointer("Retry"), i), "retrier");
                if (entry != null) {
                    Retrier retrier = retrier(entry, i == retry.size() - 1);
                    if (retrier != null) {
                        retriers.add(retrier);
                    }
                }
            }
        }
        ArrayNode catchArray = fields.array("Catch");
        if (catchArray != null) {
            for (int i = 0; i < catchArray.size(); i++) {
                Fields entry = entry(fields, catchArray.get(i), Json.child(fields.pointer("Catch"), i), "catcher");
                if (entry != null) {
                    Catcher catcher = catcher(entry, i == catchArray.size() - 1, language);
                    if (catcher != null) {
                        catchers.add(catcher);
                    }
                }
            }
        }
    }

    List<Retrier> retriers() {
        return retriers;
    }

    List<Catcher> catchers() {
        return catchers;
    }

    private static Fields entry(Fields state, JsonNode node, String pointer, String what) {
        if (!node.isObject()) {
            state.problems()
                    .add(pointer, state.stateName(), "a " + what + " must be an object, found " + Json.describe(node));
            return null;
        }
        return state.nested((ObjectNode) node, pointer);
    }

    private static Retrier retrier(Fields fields, boolean last) {
        fields.rejectUnknown(RETRIER_FIELDS, "in a retrier");
        List<String> errors = errorEquals(fields, last, "retrier");
        Integer interval = fields.integer("IntervalSeconds", 1, StateParser.MAX_SECONDS);
        Integer maxAttempts = fields.integer("MaxAttempts", 0, StateParser.MAX_SECONDS);
        Double backoff = fields.number("BackoffRate", 1.0, StateParser.MAX_SECONDS);
        Integer maxDelay = fields.integer("MaxDelaySeconds", 1, StateParser.MAX_SECONDS);
        String jitterText = fields.string("JitterStrategy");
        Retrier.JitterStrategy jitter = Retrier.JitterStrategy.NONE;
        if (jitterText != null) {
            if (jitterText.equals("FULL")) {
                jitter = Retrier.JitterStrategy.FULL;
            } else if (!jitterText.equals("NONE")) {
                fields.error("JitterStrategy", "expected \"FULL\" or \"NONE\", found \"" + jitterText + "\"");
            }
        }
        if (errors == null) {
            return null;
        }
        return new Retrier(
                errors,
                interval == null ? Retrier.DEFAULT_INTERVAL_SECONDS : interval,
                maxAttempts == null ? Retrier.DEFAULT_MAX_ATTEMPTS : maxAttempts,
                backoff == null ? Retrier.DEFAULT_BACKOFF_RATE : backoff,
                maxDelay,
                jitter,
                fields.string("Comment"));
    }

    private static Catcher catcher(Fields fields, boolean last, QueryLanguage language) {
        Set<String> allowed = language == QueryLanguage.JSONATA
                ? Set.of("ErrorEquals", "Next", "Output", "Assign", "Comment")
                : Set.of("ErrorEquals", "Next", "ResultPath", "Assign", "Comment");
        for (String name : fields.names()) {
            if (allowed.contains(name)) {
                continue;
            }
            if (name.equals("Output") || name.equals("ResultPath")) {
                String other = language == QueryLanguage.JSONATA ? "JSONPath" : "JSONata";
                fields.error(
                        name,
                        "field \"" + name + "\" is only allowed in catchers of " + other
                                + " states, and this state uses " + language.aslName());
            } else {
                fields.error(
                        name, "field \"" + name + "\" is not allowed in a catcher" + Suggestions.clause(name, allowed));
            }
        }
        List<String> errors = errorEquals(fields, last, "catcher");
        String next = null;
        if (fields.require("Next", "the state to go to when the catcher matches")) {
            next = fields.string("Next");
        }
        String resultPath = "$";
        JsonNode output = null;
        if (language == QueryLanguage.JSONPATH) {
            resultPath = fields.nullablePath("ResultPath", "$");
            if (fields.has("ResultPath") && resultPath != null) {
                DataFlowParser.report(fields, "ResultPath", PathSyntax.checkReferencePath(resultPath, false));
            }
        } else {
            output = fields.get("Output");
            JsonataSyntax.checkAll(output, fields.pointer("Output"), fields);
        }
        JsonNode assign = DataFlowParser.assign(fields, "Assign", language);
        // Kept even with invalid ErrorEquals (already reported) so that its Next still counts for reachability.
        return new Catcher(
                errors == null ? List.of() : errors, next, resultPath, output, assign, fields.string("Comment"));
    }

    private static List<String> errorEquals(Fields fields, boolean last, String what) {
        if (!fields.require("ErrorEquals", "a non-empty array of error names")) {
            return null;
        }
        ArrayNode array = fields.array("ErrorEquals");
        if (array == null) {
            return null;
        }
        if (array.isEmpty()) {
            fields.error("ErrorEquals", "needs at least one error name");
            return null;
        }
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode error = array.get(i);
            if (!error.isTextual()) {
                fields.problems()
                        .add(
                                Json.child(fields.pointer("ErrorEquals"), i),
                                fields.stateName(),
                                "expected an error name string, found " + Json.describe(error));
                continue;
            }
            errors.add(error.textValue());
        }
        if (errors.contains(STATES_ALL)) {
            if (array.size() > 1) {
                fields.error("ErrorEquals", "\"States.ALL\" must be the only error name of its " + what);
            }
            if (!last) {
                fields.error("ErrorEquals", "a " + what + " with \"States.ALL\" must be the last " + what);
            }
        }
        return errors.size() == array.size() ? errors : null;
    }
}
