package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.ApiGatewayRequest;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses one state: the fields every state shares (Type, QueryLanguage, Comment, Next/End, data flow) and the
 * simple state types; Choice, Parallel and Map have their own parsers.
 */
final class StateParser {

    /** AWS's upper bound for the seconds fields (TimeoutSeconds, HeartbeatSeconds, Wait Seconds, ...). */
    static final long MAX_SECONDS = 99_999_999L;

    private static final Pattern RFC3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private static final Set<String> TYPES =
            Set.of("Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");

    private final ParseContext context;
    private final GraphParser graphParser;

    StateParser(ParseContext context, GraphParser graphParser) {
        this.context = context;
        this.graphParser = graphParser;
    }

    ParseContext context() {
        return context;
    }

    GraphParser graphParser() {
        return graphParser;
    }

    /** The state, or {@code null} when its Type is missing or unknown (already reported). */
    State parse(Fields fields, QueryLanguage inherited) {
        StateType type = type(fields);
        QueryLanguage language = language(fields, inherited);
        if (type == null) {
            return null;
        }
        FieldRules.check(fields, type, language);
        return switch (type) {
            case TASK -> task(fields, language);
            case PASS -> pass(fields, language);
            case CHOICE -> new ChoiceParser().parse(fields, language);
            case WAIT -> waitState(fields, language);
            case SUCCEED -> new State.Succeed(header(fields, language, Transition.ENDS));
            case FAIL -> fail(fields, language);
            case PARALLEL -> new CompositeStateParser(this).parallel(fields, language);
            case MAP -> new CompositeStateParser(this).map(fields, language);
        };
    }

    private static StateType type(Fields fields) {
        if (!fields.require("Type", "one of " + String.join(", ", ordered()))) {
            return null;
        }
        String text = fields.string("Type");
        if (text == null) {
            return null;
        }
        StateType type = StateType.fromAslName(text);
        if (type == null) {
            fields.error(
                    "Type",
                    "unknown state type \"" + text + "\"; expected one of " + String.join(", ", ordered())
                            + Suggestions.clause(text, TYPES));
        }
        return type;
    }

    private static java.util.List<String> ordered() {
        return java.util.Arrays.stream(StateType.values())
                .map(StateType::aslName)
                .toList();
    }

    private QueryLanguage language(Fields fields, QueryLanguage inherited) {
        if (!fields.has("QueryLanguage")) {
            return inherited;
        }
        String text = fields.string("QueryLanguage");
        if (text == null) {
            return inherited;
        }
        QueryLanguage language = QueryLanguage.fromAslName(text);
        if (language == null) {
            fields.error("QueryLanguage", "expected \"JSONPath\" or \"JSONata\", found \"" + text + "\"");
            return inherited;
        }
        if (language == QueryLanguage.JSONPATH && context.machineLanguage() == QueryLanguage.JSONATA) {
            fields.error(
                    "QueryLanguage",
                    "a state cannot use JSONPath when the state machine's QueryLanguage is JSONata"
                            + " (set JSONPath at the top level and JSONata on the states that need it)");
            return inherited;
        }
        return language;
    }

    /** Next and End: exactly one of a Next state name or {@code "End": true}. */
    Transition transition(Fields fields) {
        String next = fields.string("Next");
        Boolean end = fields.bool("End");
        boolean isEnd = Boolean.TRUE.equals(end);
        if (next != null && isEnd) {
            fields.error("End", "\"Next\" and \"End\": true cannot both be set");
        } else if (next == null && !isEnd && !fields.has("Next")) {
            fields.error("a " + fields.node().path("Type").asText() + " state needs \"Next\" or \"End\": true");
        }
        return new Transition(next, isEnd && next == null);
    }

    private State task(Fields fields, QueryLanguage language) {
        Transition transition = transition(fields);
        String resource = null;
        if (fields.require("Resource", "the ARN of the task's resource")) {
            resource = fields.string("Resource");
            if (resource != null) {
                ResourceRules.check(fields, resource, context.machineType());
                if (ApiGatewayRequest.isInvoke(resource)) {
                    String request = language == QueryLanguage.JSONATA ? "Arguments" : "Parameters";
                    JsonNode arguments = fields.get(request);
                    String unsupported =
                            ApiGatewayRequest.unsupportedHeaders(arguments == null ? null : arguments.get("Headers"));
                    if (unsupported != null) {
                        fields.error(request, unsupported);
                    }
                }
            }
        }
        JsonNode timeout = seconds(fields, "TimeoutSeconds", language, 1);
        JsonNode heartbeat = seconds(fields, "HeartbeatSeconds", language, 1);
        String timeoutPath = null;
        String heartbeatPath = null;
        if (language == QueryLanguage.JSONPATH) {
            timeoutPath = DataFlowParser.optionalReferencePath(fields, "TimeoutSecondsPath");
            heartbeatPath = DataFlowParser.optionalReferencePath(fields, "HeartbeatSecondsPath");
            fields.atMostOne("TimeoutSeconds", "TimeoutSecondsPath");
            fields.atMostOne("HeartbeatSeconds", "HeartbeatSecondsPath");
        }
        if (timeout != null && heartbeat != null && timeout.isIntegralNumber() && heartbeat.isIntegralNumber()) {
            if (heartbeat.longValue() >= timeout.longValue()) {
                fields.error(
                        "HeartbeatSeconds",
                        "must be smaller than TimeoutSeconds (" + timeout.asText() + "), found " + heartbeat.asText());
            }
        }
        JsonNode credentials = credentials(fields, language);
        ErrorHandlingParser errors = new ErrorHandlingParser(fields, language);
        return new State.Task(
                header(fields, language, transition),
                resource,
                timeout,
                timeoutPath,
                heartbeat,
                heartbeatPath,
                credentials,
                errors.retriers(),
                errors.catchers());
    }

    private static JsonNode credentials(Fields fields, QueryLanguage language) {
        ObjectNode credentials = fields.object("Credentials");
        if (credentials == null) {
            return fields.get("Credentials");
        }
        Fields inner = fields.nested(credentials, fields.pointer("Credentials"));
        if (language == QueryLanguage.JSONATA) {
            inner.rejectUnknown(Set.of("RoleArn"), "in Credentials");
            if (inner.require("RoleArn", "the IAM role to assume")) {
                inner.string("RoleArn");
                JsonataSyntax.checkAll(inner.get("RoleArn"), inner.pointer("RoleArn"), inner);
            }
        } else {
            inner.rejectUnknown(Set.of("RoleArn", "RoleArn.$"), "in Credentials");
            if (!inner.has("RoleArn") && !inner.has("RoleArn.$")) {
                inner.error("The field 'RoleArn' is required but was missing: add \"RoleArn\" or \"RoleArn.$\"");
            }
            inner.atMostOne("RoleArn", "RoleArn.$");
            inner.string("RoleArn");
            if (inner.has("RoleArn.$")) {
                String problem = DataFlowParser.dynamicValueProblem(inner.get("RoleArn.$"));
                if (problem != null) {
                    inner.error("RoleArn.$", problem);
                }
            }
        }
        return credentials;
    }

    private State pass(Fields fields, QueryLanguage language) {
        Transition transition = transition(fields);
        JsonNode result = language == QueryLanguage.JSONPATH ? fields.get("Result") : null;
        return new State.Pass(header(fields, language, transition), result);
    }

    private State waitState(Fields fields, QueryLanguage language) {
        Transition transition = transition(fields);
        int count = 0;
        for (String field : new String[] {"Seconds", "Timestamp", "SecondsPath", "TimestampPath"}) {
            if (fields.has(field) && (language == QueryLanguage.JSONPATH || !field.endsWith("Path"))) {
                count++;
            }
        }
        if (count != 1) {
            fields.error(
                    language == QueryLanguage.JSONATA
                            ? "a Wait state needs exactly one of \"Seconds\" or \"Timestamp\", found " + count
                            : "a Wait state needs exactly one of \"Seconds\", \"Timestamp\", \"SecondsPath\" or"
                                    + " \"TimestampPath\", found " + count);
        }
        JsonNode seconds = seconds(fields, "Seconds", language, 0);
        JsonNode timestamp = fields.get("Timestamp");
        if (timestamp != null) {
            if (language == QueryLanguage.JSONATA && Json.isJsonata(timestamp)) {
                JsonataSyntax.checkAll(timestamp, fields.pointer("Timestamp"), fields);
            } else if (!timestamp.isTextual()) {
                fields.error("Timestamp", "expected an RFC 3339 timestamp string, found " + Json.describe(timestamp));
            } else if (!isTimestamp(timestamp.textValue())) {
                fields.error(
                        "Timestamp",
                        "String does not match RFC3339 timestamp: \"" + timestamp.textValue()
                                + "\" (expected e.g. \"2016-03-14T01:59:00Z\")");
            }
        }
        String secondsPath = null;
        String timestampPath = null;
        if (language == QueryLanguage.JSONPATH) {
            secondsPath = DataFlowParser.optionalReferencePath(fields, "SecondsPath");
            timestampPath = DataFlowParser.optionalReferencePath(fields, "TimestampPath");
        }
        return new State.Wait(header(fields, language, transition), seconds, timestamp, secondsPath, timestampPath);
    }

    static boolean isTimestamp(String text) {
        if (!RFC3339.matcher(text).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private State fail(Fields fields, QueryLanguage language) {
        JsonNode error = literalString(fields, "Error", language);
        JsonNode cause = literalString(fields, "Cause", language);
        String errorPath = null;
        String causePath = null;
        if (language == QueryLanguage.JSONPATH) {
            errorPath = pathOrIntrinsic(fields, "ErrorPath");
            causePath = pathOrIntrinsic(fields, "CausePath");
            fields.atMostOne("Error", "ErrorPath");
            fields.atMostOne("Cause", "CausePath");
        }
        State.Header header = new State.Header(
                fields.stateName(), fields.pointer(), fields.string("Comment"), language, DataFlow.DEFAULT, null, true);
        return new State.Fail(header, error, errorPath, cause, causePath);
    }

    private static JsonNode literalString(Fields fields, String field, QueryLanguage language) {
        JsonNode value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            fields.error(field, "expected a string, found " + Json.describe(value));
            return null;
        }
        if (language == QueryLanguage.JSONATA) {
            JsonataSyntax.checkAll(value, fields.pointer(field), fields);
        }
        return value;
    }

    private static String pathOrIntrinsic(Fields fields, String field) {
        String text = fields.string(field);
        if (text != null) {
            DataFlowParser.report(fields, field, DataFlowParser.dynamicValueProblem(fields.get(field)));
        }
        return text;
    }

    /**
     * A field given as an integer literal (within [min, MAX_SECONDS]) or, in JSONata states, as a {@code {% %}}
     * expression. Kept as the node the definition wrote.
     */
    static JsonNode seconds(Fields fields, String field, QueryLanguage language, long min) {
        return integerOrJsonata(fields, field, language, min, MAX_SECONDS);
    }

    static JsonNode integerOrJsonata(Fields fields, String field, QueryLanguage language, long min, long max) {
        JsonNode value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (language == QueryLanguage.JSONATA && Json.isJsonata(value)) {
            JsonataSyntax.checkAll(value, fields.pointer(field), fields);
            return value;
        }
        if (value.isTextual() && language == QueryLanguage.JSONPATH && Json.isJsonata(value)) {
            fields.error(
                    field,
                    "JSONata expressions are only evaluated in JSONata states; this state uses JSONPath (use \"" + field
                            + "Path\" or set \"QueryLanguage\": \"JSONata\")");
            return null;
        }
        Integer number = fields.integer(field, min, max);
        return number == null ? null : value;
    }

    /** The outcome of reading Next/End. */
    record Transition(String next, boolean end) {
        /** Choice: its rules and Default say where to go. */
        static final Transition NONE = new Transition(null, false);
        /** Succeed. */
        static final Transition ENDS = new Transition(null, true);
    }

    /**
     * The header of a state, read after the state's own fields, so that problems keep the order they were always
     * reported in.
     */
    static State.Header header(Fields fields, QueryLanguage language, Transition transition) {
        return new State.Header(
                fields.stateName(),
                fields.pointer(),
                fields.string("Comment"),
                language,
                DataFlowParser.parse(fields, language),
                transition.next(),
                transition.end());
    }
}
