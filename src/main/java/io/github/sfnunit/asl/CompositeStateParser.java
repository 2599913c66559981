package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.PathSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses the states that hold graphs: Parallel (its Branches) and Map (its ItemProcessor or Iterator). The states
 * of those graphs default to the state machine's QueryLanguage, not to the enclosing state's: AWS documents the
 * top-level QueryLanguage as "the default value for each state".
 */
final class CompositeStateParser {

    private static final Set<String> BRANCH_FIELDS = Set.of("StartAt", "States", "Comment");
    private static final Set<String> PROCESSOR_FIELDS = Set.of("StartAt", "States", "Comment", "ProcessorConfig");

    private final StateParser states;

    CompositeStateParser(StateParser states) {
        this.states = states;
    }

    State parallel(Fields fields, QueryLanguage language) {
        StateParser.Transition transition = states.transition(fields);
        List<StateGraph> branches = new ArrayList<>();
        if (fields.require("Branches", "a non-empty array of branches")) {
            ArrayNode array = fields.array("Branches");
            if (array != null) {
                if (array.isEmpty()) {
                    fields.error("Branches", "a Parallel state needs at least one branch");
                }
                for (int i = 0; i < array.size(); i++) {
                    String pointer = Json.child(fields.pointer("Branches"), i);
                    JsonNode node = array.get(i);
                    if (!node.isObject()) {
                        fields.problems()
                                .add(
                                        pointer,
                                        fields.stateName(),
                                        "a branch must be an object, found " + Json.describe(node));
                        continue;
                    }
                    Fields branch = fields.nested((ObjectNode) node, pointer);
                    branch.rejectUnknown(BRANCH_FIELDS, "in a Parallel branch");
                    branches.add(
                            states.graphParser().parse(branch, states.context().machineLanguage()));
                }
            }
        }
        ErrorHandlingParser errors = new ErrorHandlingParser(fields, language);
        return new State.Parallel(
                StateParser.header(fields, language, transition), branches, errors.retriers(), errors.catchers());
    }

    State map(Fields fields, QueryLanguage language) {
        StateParser.Transition transition = states.transition(fields);
        boolean legacy = fields.has("Iterator");
        String processorField = legacy ? "Iterator" : "ItemProcessor";
        fields.atMostOne("ItemProcessor", "Iterator");
        StateGraph processor = null;
        ProcessorConfig config = ProcessorConfig.INLINE;
        if (fields.require(processorField, "the states run for each item")) {
            ObjectNode node = fields.object(processorField);
            if (node != null) {
                Fields processorFields = fields.nested(node, fields.pointer(processorField));
                processorFields.rejectUnknown(PROCESSOR_FIELDS, "in " + processorField);
                config = processorConfig(processorFields);
                processor = states.graphParser()
                        .parse(processorFields, states.context().machineLanguage());
            }
        }
        String itemsPath = "$";
        JsonNode items = null;
        if (language == QueryLanguage.JSONPATH) {
            itemsPath = fields.string("ItemsPath");
            if (itemsPath != null) {
                DataFlowParser.report(fields, "ItemsPath", PathSyntax.checkReferencePath(itemsPath, true));
            } else {
                itemsPath = "$";
            }
        } else {
            items = fields.get("Items");
            if (items != null && !items.isArray() && !Json.isJsonata(items)) {
                fields.error(
                        "Items",
                        "expected an array or a JSONata expression \"{% ... %}\", found " + Json.describe(items));
            }
            JsonataSyntax.checkAll(items, fields.pointer("Items"), fields);
        }
        fields.atMostOne("ItemSelector", "Parameters");
        JsonNode itemSelector = itemSelector(fields, language);
        ItemReader reader = MapPartsParser.itemReader(fields, language);
        ItemBatcher batcher = MapPartsParser.itemBatcher(fields, language);
        ResultWriter writer = MapPartsParser.resultWriter(fields, language);
        JsonNode maxConcurrency =
                StateParser.integerOrJsonata(fields, "MaxConcurrency", language, 0, Integer.MAX_VALUE);
        JsonNode percentage = percentage(fields, language);
        JsonNode count = StateParser.integerOrJsonata(fields, "ToleratedFailureCount", language, 0, Integer.MAX_VALUE);
        String maxConcurrencyPath = null;
        String percentagePath = null;
        String countPath = null;
        if (language == QueryLanguage.JSONPATH) {
            maxConcurrencyPath = DataFlowParser.optionalReferencePath(fields, "MaxConcurrencyPath");
            percentagePath = DataFlowParser.optionalReferencePath(fields, "ToleratedFailurePercentagePath");
            countPath = DataFlowParser.optionalReferencePath(fields, "ToleratedFailureCountPath");
            fields.atMostOne("MaxConcurrency", "MaxConcurrencyPath");
            fields.atMostOne("ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
            fields.atMostOne("ToleratedFailureCount", "ToleratedFailureCountPath");
        }
        String label = MapPartsParser.label(fields);
        ErrorHandlingParser errors = new ErrorHandlingParser(fields, language);
        return new State.Map(
                StateParser.header(fields, language, transition),
                processor,
                legacy,
                config,
                itemsPath,
                items,
                itemSelector,
                reader,
                batcher,
                writer,
                maxConcurrency,
                maxConcurrencyPath,
                percentage,
                percentagePath,
                count,
                countPath,
                label,
                errors.retriers(),
                errors.catchers());
    }

    private static JsonNode itemSelector(Fields fields, QueryLanguage language) {
        if (language == QueryLanguage.JSONATA) {
            JsonNode selector = fields.get("ItemSelector");
            if (selector != null && !selector.isObject() && !Json.isJsonata(selector)) {
                fields.error(
                        "ItemSelector",
                        "expected an object or a JSONata expression \"{% ... %}\", found " + Json.describe(selector));
            }
            JsonataSyntax.checkAll(selector, fields.pointer("ItemSelector"), fields);
            return selector;
        }
        JsonNode selector = DataFlowParser.template(fields, "ItemSelector");
        // The legacy Map "Parameters" is the item selector, not the state's Parameters.
        return selector != null ? selector : fields.get("Parameters");
    }

    private static JsonNode percentage(Fields fields, QueryLanguage language) {
        JsonNode value = fields.get("ToleratedFailurePercentage");
        if (value == null) {
            return null;
        }
        if (language == QueryLanguage.JSONATA && Json.isJsonata(value)) {
            JsonataSyntax.checkAll(value, fields.pointer("ToleratedFailurePercentage"), fields);
            return value;
        }
        return fields.number("ToleratedFailurePercentage", 0, 100) == null ? null : value;
    }

    private static ProcessorConfig processorConfig(Fields processor) {
        ObjectNode node = processor.object("ProcessorConfig");
        if (node == null) {
            return ProcessorConfig.INLINE;
        }
        Fields fields = processor.nested(node, processor.pointer("ProcessorConfig"));
        fields.rejectUnknown(Set.of("Mode", "ExecutionType"), "in ProcessorConfig");
        String modeText = fields.string("Mode");
        ProcessorConfig.Mode mode = ProcessorConfig.Mode.INLINE;
        if (modeText != null) {
            try {
                mode = ProcessorConfig.Mode.valueOf(modeText);
            } catch (IllegalArgumentException e) {
                fields.error("Mode", "expected \"INLINE\" or \"DISTRIBUTED\", found \"" + modeText + "\"");
            }
        }
        String typeText = fields.string("ExecutionType");
        ProcessorConfig.ExecutionType type = null;
        if (typeText != null) {
            try {
                type = ProcessorConfig.ExecutionType.valueOf(typeText);
            } catch (IllegalArgumentException e) {
                fields.error("ExecutionType", "expected \"STANDARD\" or \"EXPRESS\", found \"" + typeText + "\"");
            }
        }
        if (mode == ProcessorConfig.Mode.DISTRIBUTED && typeText == null) {
            fields.error("a distributed Map needs \"ExecutionType\": \"STANDARD\" or \"EXPRESS\"");
        }
        if (mode == ProcessorConfig.Mode.INLINE && typeText != null) {
            fields.error("ExecutionType", "\"ExecutionType\" is only allowed with \"Mode\": \"DISTRIBUTED\"");
            type = null;
        }
        return new ProcessorConfig(mode, type);
    }
}
