package io.github.sfnunit.asl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields each state type accepts, in each query language, as the AWS Step Functions documentation lists
 * them. A field of the other language gets a message naming its counterpart.
 */
final class FieldRules {

    private static final List<String> COMMON = List.of("Type", "Comment", "QueryLanguage");

    /** Fields that exist only in JSONPath states, with what a JSONata state uses instead. */
    static final Map<String, String> JSONPATH_ONLY = Map.ofEntries(
            Map.entry("InputPath", "use $states.input in \"Arguments\" or \"Output\""),
            Map.entry("Parameters", "use \"Arguments\""),
            Map.entry("ResultSelector", "use \"Output\""),
            Map.entry("ResultPath", "use \"Output\" or \"Assign\""),
            Map.entry("OutputPath", "use \"Output\""),
            Map.entry("Result", "use \"Output\""),
            Map.entry("ItemsPath", "use \"Items\""),
            Map.entry("SecondsPath", "use \"Seconds\" with a JSONata expression"),
            Map.entry("TimestampPath", "use \"Timestamp\" with a JSONata expression"),
            Map.entry("TimeoutSecondsPath", "use \"TimeoutSeconds\" with a JSONata expression"),
            Map.entry("HeartbeatSecondsPath", "use \"HeartbeatSeconds\" with a JSONata expression"),
            Map.entry("ErrorPath", "use \"Error\" with a JSONata expression"),
            Map.entry("CausePath", "use \"Cause\" with a JSONata expression"),
            Map.entry("MaxConcurrencyPath", "use \"MaxConcurrency\" with a JSONata expression"),
            Map.entry("ToleratedFailurePercentagePath", "use \"ToleratedFailurePercentage\" with a JSONata expression"),
            Map.entry("ToleratedFailureCountPath", "use \"ToleratedFailureCount\" with a JSONata expression"));

    /** Fields that exist only in JSONata states, with what a JSONPath state uses instead. */
    static final Map<String, String> JSONATA_ONLY = Map.of(
            "Arguments", "use \"Parameters\"",
            "Output", "use \"ResultSelector\", \"ResultPath\" or \"OutputPath\"",
            "Items", "use \"ItemsPath\"");

    private static final Map<StateType, List<String>> BOTH = Map.of(
            StateType.TASK,
            List.of(
                    "Next",
                    "End",
                    "Resource",
                    "TimeoutSeconds",
                    "HeartbeatSeconds",
                    "Credentials",
                    "Retry",
                    "Catch",
                    "Assign"),
            StateType.PASS,
            List.of("Next", "End", "Assign"),
            StateType.CHOICE,
            List.of("Choices", "Default", "Assign"),
            StateType.WAIT,
            List.of("Next", "End", "Seconds", "Timestamp", "Assign"),
            StateType.SUCCEED,
            List.of(),
            StateType.FAIL,
            List.of("Error", "Cause"),
            StateType.PARALLEL,
            List.of("Next", "End", "Branches", "Retry", "Catch", "Assign"),
            StateType.MAP,
            List.of(
                    "Next",
                    "End",
                    "ItemProcessor",
                    "Iterator",
                    "ItemReader",
                    "ItemSelector",
                    "ItemBatcher",
                    "ResultWriter",
                    "MaxConcurrency",
                    "ToleratedFailurePercentage",
                    "ToleratedFailureCount",
                    "Label",
                    "Retry",
                    "Catch",
                    "Assign"));

    private static final Map<StateType, List<String>> JSONPATH = Map.of(
            StateType.TASK,
            List.of(
                    "InputPath",
                    "OutputPath",
                    "Parameters",
                    "ResultSelector",
                    "ResultPath",
                    "TimeoutSecondsPath",
                    "HeartbeatSecondsPath"),
            StateType.PASS,
            List.of("InputPath", "OutputPath", "Parameters", "ResultPath", "Result"),
            StateType.CHOICE,
            List.of("InputPath", "OutputPath"),
            StateType.WAIT,
            List.of("InputPath", "OutputPath", "SecondsPath", "TimestampPath"),
            StateType.SUCCEED,
            List.of("InputPath", "OutputPath"),
            StateType.FAIL,
            List.of("ErrorPath", "CausePath"),
            StateType.PARALLEL,
            List.of("InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath"),
            StateType.MAP,
            List.of(
                    "InputPath",
                    "OutputPath",
                    "ItemsPath",
                    "Parameters",
                    "ResultSelector",
                    "ResultPath",
                    "MaxConcurrencyPath",
                    "ToleratedFailurePercentagePath",
                    "ToleratedFailureCountPath"));

    private static final Map<StateType, List<String>> JSONATA = Map.of(
            StateType.TASK, List.of("Arguments", "Output"),
            StateType.PASS, List.of("Output"),
            StateType.CHOICE, List.of("Output"),
            StateType.WAIT, List.of("Output"),
            StateType.SUCCEED, List.of("Output"),
            StateType.FAIL, List.of(),
            StateType.PARALLEL, List.of("Arguments", "Output"),
            StateType.MAP, List.of("Items", "Output"));

    private FieldRules() {}

    /** Every field a state of {@code type} accepts in {@code language}. */
    static Set<String> allowed(StateType type, QueryLanguage language) {
        Set<String> allowed = new LinkedHashSet<>(COMMON);
        allowed.addAll(BOTH.get(type));
        allowed.addAll((language == QueryLanguage.JSONATA ? JSONATA : JSONPATH).get(type));
        return allowed;
    }

    /** Every field a state of {@code type} accepts in either language. */
    static Set<String> allowedInEither(StateType type) {
        Set<String> allowed = allowed(type, QueryLanguage.JSONPATH);
        allowed.addAll(JSONATA.get(type));
        return allowed;
    }

    /** Reports each field the state may not carry, saying why. */
    static void check(Fields fields, StateType type, QueryLanguage language) {
        Set<String> allowed = allowed(type, language);
        Set<String> either = allowedInEither(type);
        for (String name : fields.names()) {
            if (allowed.contains(name)) {
                continue;
            }
            if (either.contains(name) && language == QueryLanguage.JSONPATH && JSONATA_ONLY.containsKey(name)) {
                fields.error(
                        name,
                        "field \"" + name + "\" is only allowed in JSONata states, and this state uses JSONPath ("
                                + JSONATA_ONLY.get(name)
                                + ", or set \"QueryLanguage\": \"JSONata\" on the state or the state machine)");
            } else if (either.contains(name) && language == QueryLanguage.JSONATA) {
                fields.error(
                        name,
                        "field \"" + name + "\" is only allowed in JSONPath states, and this state uses JSONata ("
                                + JSONPATH_ONLY.getOrDefault(name, "see the JSONata fields") + ")");
            } else {
                fields.error(
                        name,
                        "field \"" + name + "\" is not allowed in a " + type.aslName() + " state"
                                + Suggestions.clause(name, allowed));
            }
        }
    }
}
