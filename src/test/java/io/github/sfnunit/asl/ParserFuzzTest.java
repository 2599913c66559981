package io.github.sfnunit.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutates real and hand-written definitions at random (seeded, so a failure replays) and checks that the parser
 * only ever answers with a model or an {@link InvalidDefinitionException}: never a NullPointerException, a
 * ClassCastException or any other surprise.
 */
class ParserFuzzTest {

    /** Fixed so that a failure replays; {@code -Dsfnunit.fuzz.seed=N} explores other mutations. */
    private static final long SEED = Long.getLong("sfnunit.fuzz.seed", 20261125L);

    private static final int MUTATIONS = 3000;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String[] FIELD_NAMES = {
        "Type",
        "Next",
        "End",
        "StartAt",
        "States",
        "Resource",
        "Parameters",
        "Arguments",
        "Output",
        "Assign",
        "InputPath",
        "OutputPath",
        "ResultPath",
        "ResultSelector",
        "Retry",
        "Catch",
        "ErrorEquals",
        "Choices",
        "Default",
        "Variable",
        "StringEquals",
        "And",
        "Not",
        "Condition",
        "Branches",
        "ItemProcessor",
        "Iterator",
        "ProcessorConfig",
        "Mode",
        "ItemReader",
        "ItemBatcher",
        "ResultWriter",
        "Label",
        "MaxConcurrency",
        "Seconds",
        "TimestampPath",
        "Error",
        "CausePath",
        "QueryLanguage",
        "TimeoutSeconds",
        "HeartbeatSeconds",
        "Credentials",
        "ToleratedFailurePercentage",
        "Items",
        "ItemSelector",
        "BackoffRate",
        "MaxAttempts",
        "x.$"
    };

    private static final String[] HAND_WRITTEN = {"""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "C"},
          "C": {"Type": "Choice", "Choices": [{"And": [{"Variable": "$.a", "NumericGreaterThan": 1},
            {"Not": {"Variable": "$.b", "IsNull": true}}], "Next": "W"}], "Default": "F"},
          "W": {"Type": "Wait", "SecondsPath": "$.s", "Next": "P"},
          "P": {"Type": "Parallel", "Branches": [{"StartAt": "T", "States": {"T": {"Type": "Task",
            "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"x.$": "States.Format('{}', $.a)"},
            "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}], "End": true}}}], "Next": "M"},
          "M": {"Type": "Map", "ItemsPath": "$.items", "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED",
            "ExecutionType": "EXPRESS"}, "StartAt": "I", "States": {"I": {"Type": "Succeed"}}}, "Label": "L",
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F"}], "End": true},
          "F": {"Type": "Fail", "Error": "E", "CausePath": "$.c"}}}
        """, """
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": "{% $states.input %}",
            "Assign": {"v": "{% $states.result.Payload %}"}, "Output": {"o": "{% $v %}"},
            "TimeoutSeconds": "{% 3 %}", "Next": "C"},
          "C": {"Type": "Choice", "Choices": [{"Condition": "{% $v > 1 %}", "Next": "M"}], "Default": "D"},
          "M": {"Type": "Map", "Items": "{% [1, 2] %}", "ItemProcessor": {"StartAt": "I",
            "States": {"I": {"Type": "Pass", "End": true}}}, "Next": "D"},
          "D": {"Type": "Succeed", "Output": "{% $states.input %}"}}}
        """};

    @Test
    void random_mutations_give_a_model_or_an_invalid_definition_exception() throws IOException {
        Random random = new Random(SEED);
        List<JsonNode> seeds = seeds();
        DefinitionParser parser = new DefinitionParser();
        int valid = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            JsonNode original = seeds.get(random.nextInt(seeds.size()));
            JsonNode mutated = original.deepCopy();
            int rounds = 1 + random.nextInt(3);
            for (int r = 0; r < rounds; r++) {
                mutated = mutate(mutated, random);
            }
            String text = random.nextInt(10) == 0 ? mangle(mutated.toString(), random) : null;
            try {
                StateMachineDefinition definition = text == null
                        ? parser.parse(mutated)
                        : DefinitionLoader.defaults().loadString(text);
                definition.graph().states().values().forEach(state -> {
                    assertThat(state.pointer()).startsWith("/States/");
                    assertThat(state.queryLanguage()).isNotNull();
                });
                valid++;
            } catch (InvalidDefinitionException expected) {
                assertThat(expected.errors()).isNotEmpty();
            } catch (RuntimeException | StackOverflowError e) {
                fail("mutation %d (seed %d) threw %s for:%n%s", i, SEED, e, text == null ? mutated : text, e);
            }
        }
        System.out.printf("Parser fuzz: %d mutations, %d still valid, none threw anything else%n", MUTATIONS, valid);
    }

    private static List<JsonNode> seeds() throws IOException {
        List<JsonNode> seeds = new ArrayList<>();
        for (String text : HAND_WRITTEN) {
            seeds.add(MAPPER.readTree(text));
        }
        Path cases = ConformanceCorpusValidationTest.casesFolder();
        if (Files.isDirectory(cases)) {
            try (Stream<Path> list = Files.list(cases)) {
                for (Path folder : list.sorted().toList()) {
                    Path definition = folder.resolve("definition.json");
                    if (Files.exists(definition)) {
                        seeds.add(MAPPER.readTree(definition.toFile()));
                    }
                }
            }
        }
        return seeds;
    }

    private static JsonNode mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return randomValue(random);
        }
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.isEmpty() ? "X" : names.get(random.nextInt(names.size()));
            switch (random.nextInt(5)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, randomValue(random));
                case 2 -> object.set(FIELD_NAMES[random.nextInt(FIELD_NAMES.length)], randomValue(random));
                case 3 -> {
                    JsonNode value = object.remove(name);
                    if (value != null) {
                        object.set(name + (random.nextBoolean() ? "x" : ""), value);
                    }
                }
                default ->
                    object.set(
                            name,
                            containers.get(random.nextInt(containers.size())).deepCopy());
            }
        } else if (target instanceof ArrayNode array) {
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (!array.isEmpty()) {
                        array.remove(random.nextInt(array.size()));
                    }
                }
                case 1 -> array.add(randomValue(random));
                default -> {
                    if (!array.isEmpty()) {
                        array.set(random.nextInt(array.size()), randomValue(random));
                    }
                }
            }
        }
        return random.nextInt(200) == 0 ? randomValue(random) : root;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            Iterator<JsonNode> children = node.elements();
            children.forEachRemaining(child -> collect(child, containers));
        }
    }

    private static JsonNode randomValue(Random random) {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.textNode("$.a[0]");
            case 1 -> NODES.textNode("$$.Execution.Id");
            case 2 -> NODES.textNode("{% $states.input. %}");
            case 3 -> NODES.textNode("States.Format('{}', $.x");
            case 4 -> NODES.numberNode(random.nextInt(200) - 100);
            case 5 -> NODES.numberNode(1e300);
            case 6 -> NODES.booleanNode(random.nextBoolean());
            case 7 -> NODES.nullNode();
            case 8 -> NODES.arrayNode().add("States.ALL").add(3);
            case 9 -> NODES.objectNode().put("Type", "Pass").put("End", true);
            case 10 -> NODES.textNode("A");
            case 11 -> NODES.textNode("");
            case 12 -> NODES.numberNode(2.5);
            default -> NODES.objectNode().set("Variable", NODES.textNode("$.v"));
        };
    }

    private static String mangle(String text, Random random) {
        int at = random.nextInt(Math.max(1, text.length()));
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + "\"${x}:&*[" + text.substring(at);
            default -> "  " + text.replace("{", "\n- {");
        };
    }
}
