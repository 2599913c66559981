package io.github.sfnunit.internal.engine.property;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.internal.engine.property.GeneratedMachine.MockAnswer;
import io.github.sfnunit.internal.engine.property.GeneratedMachine.MockScript;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates random valid definitions from a seeded {@link Random}: every transition points forward, so a run
 * ends, unless the generator adds a back edge on purpose (then the engine's transition guard must stop it).
 * Task states are answered by random mock scripts; the input fields the states read are those of {@link
 * RandomJson#input()}.
 */
final class RandomMachines {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[][] ERROR_SETS = {
        {"Err.A"}, {"Err.B", "Err.A"}, {"States.TaskFailed"}, {"States.Timeout"}, {"Err.B"}
    };
    private static final String[] CUSTOM_ERRORS = {"Err.A", "Err.B", "Err.C"};

    private final Random random;
    private final RandomJson json;
    private final List<MockScript> scripts = new ArrayList<>();
    private int names;
    private boolean linear;
    /** The nesting of the state being generated: 0 at the top, one more inside each Parallel branch or Map. */
    private int scopeDepth;

    RandomMachines(Random random) {
        this.random = random;
        this.json = new RandomJson(random);
    }

    /** A random machine; {@code linearOnly} keeps out concurrency and random time. */
    GeneratedMachine next(boolean linearOnly) {
        scripts.clear();
        names = 0;
        linear = linearOnly;
        ObjectNode definition = graph(0, 2 + random.nextInt(7));
        if (!linearOnly && random.nextInt(15) == 0) {
            addBackEdge(definition);
        }
        return new GeneratedMachine(definition, List.copyOf(scripts), linearOnly);
    }

    private ObjectNode graph(int depth, int size) {
        List<String> stateNames = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            stateNames.add("S" + names++);
        }
        ObjectNode graph = NODES.objectNode();
        graph.put("StartAt", stateNames.get(0));
        ObjectNode states = graph.putObject("States");
        for (int i = 0; i < size; i++) {
            states.set(stateNames.get(i), state(depth, stateNames, i));
        }
        return graph;
    }

    private ObjectNode state(int depth, List<String> stateNames, int index) {
        scopeDepth = depth;
        boolean last = index == stateNames.size() - 1;
        String name = stateNames.get(index);
        int kind = random.nextInt(last ? 11 : 10);
        if (depth >= 2 || linear) {
            kind = kind == 5 || kind == 6 ? 0 : kind;
        }
        ObjectNode state = switch (kind) {
            case 0, 1 -> pass();
            case 2, 3 -> task(name, stateNames, index);
            case 4 -> wait_();
            case 5 -> parallel(depth, stateNames, index);
            case 6 -> map(depth, stateNames, index);
            case 7 -> jsonataPass();
            case 8 -> last ? pass() : choice(stateNames, index);
            case 9 -> last ? pass() : jsonataChoice(stateNames, index);
            default -> random.nextBoolean() ? succeed() : fail();
        };
        String type = state.get("Type").asText();
        if (!type.equals("Choice") && !type.equals("Succeed") && !type.equals("Fail")) {
            if (last) {
                state.put("End", true);
            } else {
                state.put("Next", stateNames.get(index + 1));
            }
        }
        return state;
    }

    private ObjectNode pass() {
        ObjectNode pass = NODES.objectNode().put("Type", "Pass");
        switch (random.nextInt(4)) {
            case 0 -> pass.set("Result", random.nextBoolean() ? json.value(2) : json.input());
            case 1 -> pass.set("Parameters", template());
            default -> {}
        }
        resultPath(pass, "$.r");
        if (random.nextInt(6) == 0) {
            pass.put("InputPath", random.nextBoolean() ? "$" : "$.obj");
        }
        if (random.nextInt(8) == 0) {
            pass.put("OutputPath", "$");
        }
        if (random.nextInt(4) == 0) {
            pass.putObject("Assign")
                    .put(variable("v") + ".$", random.nextBoolean() ? "$.a" : "$$.State.EnteredTime")
                    .put(variable("w"), random.nextInt(5));
        }
        return pass;
    }

    /**
     * A variable name for an Assign at the current nesting. AWS refuses at creation an Assign in a Parallel branch or
     * a Map of a name that an enclosing scope assigns, so a generated valid machine gives each depth its own names.
     */
    private String variable(String base) {
        return scopeDepth == 0 ? base : base + scopeDepth;
    }

    private ObjectNode template() {
        ObjectNode template = NODES.objectNode();
        String[][] fields = {
            {"x.$", "$.a"},
            {"f.$", "States.Format('v{}-{}', $.b, $.a)"},
            {"arr.$", "States.Array($.a, 1, 'z')"},
            {"len.$", "States.ArrayLength($.items)"},
            {"h.$", "States.Hash($.b, 'SHA-256')"},
            {"u.$", "States.UUID()"},
            {"m.$", "States.MathRandom(1, 10)"},
            {"sum.$", "States.MathAdd($.a, 3)"},
            {"ctx.$", "$$.State.Name"},
            {"start.$", "$$.Execution.StartTime"},
            {"s.$", "States.JsonToString($.obj)"},
            {"first.$", "$.items[0]"},
            {"var.$", "$w"},
            {"lit", "plain"}
        };
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String[] field = fields[random.nextInt(fields.length)];
            template.put(field[0], field[1]);
        }
        if (random.nextInt(4) == 0) {
            template.putObject("nested").put("y.$", "$.obj.x").set("k", json.value(1));
        }
        return template;
    }

    private void resultPath(ObjectNode state, String usual) {
        switch (random.nextInt(12)) {
            case 0, 1, 2, 3, 4 -> state.put("ResultPath", usual);
            case 5 -> state.put("ResultPath", "$");
            case 6, 7 -> state.putNull("ResultPath");
            case 8 -> state.put("ResultPath", "$.obj.p");
            default -> {}
        }
    }

    private ObjectNode task(String name, List<String> stateNames, int index) {
        ObjectNode task = NODES.objectNode().put("Type", "Task").put("Resource", "arn:aws:states:::lambda:invoke");
        if (random.nextBoolean()) {
            task.putObject("Parameters").put("FunctionName", "fn").put("Payload.$", "$");
        }
        if (random.nextInt(4) == 0) {
            task.putObject("ResultSelector").put("r.$", "$");
        }
        resultPath(task, "$.t");
        if (random.nextInt(3) == 0) {
            task.put("TimeoutSeconds", 1 + random.nextInt(40));
        }
        retryAndCatch(task, stateNames, index);
        if (random.nextInt(30) > 0) {
            scripts.add(new MockScript(name, answers()));
        }
        return task;
    }

    private List<MockAnswer> answers() {
        List<MockAnswer> answers = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Duration duration = Duration.ofSeconds(random.nextInt(3) == 0 ? 0 : random.nextInt(60));
            if (random.nextInt(5) < 2) {
                String error = CUSTOM_ERRORS[random.nextInt(CUSTOM_ERRORS.length)];
                answers.add(new MockAnswer(null, error, "cause " + i, duration));
            } else {
                answers.add(new MockAnswer(random.nextBoolean() ? json.value(2) : json.input(), null, null, duration));
            }
        }
        return answers;
    }

    private void retryAndCatch(ObjectNode state, List<String> stateNames, int index) {
        int retriers = random.nextInt(3);
        if (retriers > 0) {
            ArrayNode retry = state.putArray("Retry");
            for (int i = 0; i < retriers; i++) {
                boolean catchAll = i == retriers - 1 && random.nextInt(3) == 0;
                retry.add(retrier(catchAll));
            }
        }
        boolean last = index == stateNames.size() - 1;
        int catchers = last ? 0 : random.nextInt(3);
        if (catchers > 0) {
            ArrayNode catches = state.putArray("Catch");
            for (int i = 0; i < catchers; i++) {
                boolean catchAll = i == catchers - 1 && random.nextBoolean();
                ObjectNode catcher = catches.addObject();
                errorEquals(catcher, catchAll);
                catcher.put("Next", forward(stateNames, index));
                if (random.nextBoolean()) {
                    catcher.put("ResultPath", "$.err");
                }
            }
        }
    }

    private ObjectNode retrier(boolean catchAll) {
        ObjectNode retrier = NODES.objectNode();
        errorEquals(retrier, catchAll);
        if (random.nextBoolean()) {
            retrier.put("IntervalSeconds", 1 + random.nextInt(3));
        }
        if (random.nextBoolean()) {
            retrier.put("MaxAttempts", random.nextInt(4));
        }
        if (random.nextBoolean()) {
            retrier.put("BackoffRate", new double[] {1.0, 1.5, 2.0}[random.nextInt(3)]);
        }
        if (random.nextInt(4) == 0) {
            retrier.put("MaxDelaySeconds", 1 + random.nextInt(5));
        }
        if (!linear && random.nextInt(4) == 0) {
            retrier.put("JitterStrategy", "FULL");
        }
        return retrier;
    }

    private void errorEquals(ObjectNode node, boolean catchAll) {
        ArrayNode errors = node.putArray("ErrorEquals");
        for (String error : catchAll ? new String[] {"States.ALL"} : ERROR_SETS[random.nextInt(ERROR_SETS.length)]) {
            errors.add(error);
        }
    }

    private String forward(List<String> stateNames, int index) {
        return stateNames.get(index + 1 + random.nextInt(stateNames.size() - index - 1));
    }

    private ObjectNode wait_() {
        ObjectNode wait = NODES.objectNode().put("Type", "Wait");
        switch (linear ? 0 : random.nextInt(4)) {
            case 0 -> wait.put("Seconds", random.nextInt(100));
            case 1 -> wait.put("SecondsPath", "$.a");
            case 2 -> wait.put("Timestamp", "2024-01-01T00:0" + random.nextInt(10) + ":00Z");
            default -> wait.put("TimestampPath", "$.ts");
        }
        return wait;
    }

    private ObjectNode parallel(int depth, List<String> stateNames, int index) {
        ObjectNode parallel = NODES.objectNode().put("Type", "Parallel");
        ArrayNode branches = parallel.putArray("Branches");
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            branches.add(graph(depth + 1, 1 + random.nextInt(3)));
        }
        resultPath(parallel, "$.p");
        retryAndCatch(parallel, stateNames, index);
        return parallel;
    }

    private ObjectNode map(int depth, List<String> stateNames, int index) {
        ObjectNode map = NODES.objectNode().put("Type", "Map").put("ItemsPath", "$.items");
        if (random.nextInt(4) > 0) {
            ObjectNode selector = map.putObject("ItemSelector");
            selector.put("a.$", "$$.Map.Item.Index").put("item.$", "$$.Map.Item.Value");
            selector.put("b.$", "$.b").put("c", true).putObject("obj").put("x", 1);
            selector.putArray("items").add(1).add(2);
        }
        if (random.nextBoolean()) {
            map.put("MaxConcurrency", random.nextInt(4));
        }
        switch (random.nextInt(4)) {
            case 0 -> map.put("ToleratedFailurePercentage", random.nextInt(101));
            case 1 -> map.put("ToleratedFailureCount", random.nextInt(3));
            default -> {}
        }
        ObjectNode processor = graph(depth + 1, 1 + random.nextInt(3));
        processor.putObject("ProcessorConfig").put("Mode", "INLINE");
        map.set("ItemProcessor", processor);
        resultPath(map, "$.m");
        retryAndCatch(map, stateNames, index);
        return map;
    }

    private ObjectNode jsonataPass() {
        ObjectNode pass = NODES.objectNode().put("Type", "Pass").put("QueryLanguage", "JSONata");
        String[] outputs = {
            "{% $states.input %}",
            "{% $merge([$states.input, {'j': $count($states.input.items)}]) %}",
            "{% {'sum': $sum($states.input.items[$type($) = 'number']), 'b': $states.input.b} %}",
            "{% $states.input.a * 2 %}",
            "{% $states.context.State.Name %}"
        };
        if (random.nextInt(4) > 0) {
            pass.put("Output", outputs[random.nextInt(outputs.length)]);
        }
        if (random.nextBoolean()) {
            pass.putObject("Assign").put(variable("w"), "{% $states.input.a %}").put(variable("z"), "{% $uuid() %}");
        }
        return pass;
    }

    private ObjectNode choice(List<String> stateNames, int index) {
        ObjectNode choice = NODES.objectNode().put("Type", "Choice");
        ArrayNode choices = choice.putArray("Choices");
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            ObjectNode rule = rule(2);
            rule.put("Next", forward(stateNames, index));
            choices.add(rule);
        }
        if (random.nextInt(10) > 0) {
            choice.put("Default", stateNames.get(index + 1));
        } else {
            // No Default: the next state is reachable only through a rule, so one rule goes there.
            ((ObjectNode) choices.get(0)).put("Next", stateNames.get(index + 1));
        }
        return choice;
    }

    private ObjectNode rule(int depth) {
        int kind = random.nextInt(depth > 0 ? 12 : 9);
        ObjectNode rule = NODES.objectNode();
        switch (kind) {
            case 0 -> rule.put("Variable", "$.a").put("NumericEquals", random.nextInt(8));
            case 1 -> rule.put("Variable", "$.a").put("NumericGreaterThanEquals", random.nextInt(8));
            case 2 -> rule.put("Variable", "$.b").put("StringEquals", "alpha");
            case 3 -> rule.put("Variable", "$.b").put("StringMatches", "a*");
            case 4 -> rule.put("Variable", "$.c").put("BooleanEquals", random.nextBoolean());
            case 5 -> rule.put("Variable", "$.obj.x").put("IsPresent", random.nextBoolean());
            case 6 -> rule.put("Variable", "$.a").put("IsNumeric", true);
            case 7 -> rule.put("Variable", "$.a").put("NumericLessThanPath", "$.obj.x");
            case 8 -> rule.put("Variable", "$.items[0]").put("IsNull", false);
            case 9 -> rule.set("Not", rule(depth - 1));
            default -> {
                ArrayNode operands = rule.putArray(kind == 10 ? "And" : "Or");
                operands.add(rule(depth - 1));
                operands.add(rule(depth - 1));
            }
        }
        return rule;
    }

    private ObjectNode jsonataChoice(List<String> stateNames, int index) {
        ObjectNode choice = NODES.objectNode().put("Type", "Choice").put("QueryLanguage", "JSONata");
        String[] conditions = {
            "{% $states.input.a > 3 %}",
            "{% $exists($states.input.b) and $states.input.c = true %}",
            "{% $count($states.input.items) > 1 %}",
            "{% $states.input.b = 'alpha' %}"
        };
        ArrayNode choices = choice.putArray("Choices");
        choices.addObject()
                .put("Condition", conditions[random.nextInt(conditions.length)])
                .put("Next", forward(stateNames, index));
        if (random.nextBoolean()) {
            ((ObjectNode) choices.get(0)).putObject("Assign").put(variable("picked"), "{% $states.input.b %}");
        }
        choice.put("Default", stateNames.get(index + 1));
        return choice;
    }

    private static ObjectNode succeed() {
        return NODES.objectNode().put("Type", "Succeed");
    }

    private ObjectNode fail() {
        ObjectNode fail = NODES.objectNode().put("Type", "Fail");
        if (random.nextBoolean()) {
            fail.put("Error", "Custom.Failure").put("Cause", "generated");
        } else {
            fail.put("ErrorPath", "$.b").put("CausePath", "States.Format('a={}', $.a)");
        }
        return fail;
    }

    /** Turns the first state that has a Next into a Choice that may go back to the start: a loop. */
    private void addBackEdge(ObjectNode definition) {
        ObjectNode states = (ObjectNode) definition.get("States");
        String start = definition.get("StartAt").asText();
        List<String> stateNames = new ArrayList<>();
        states.fieldNames().forEachRemaining(stateNames::add);
        for (String name : stateNames) {
            JsonNode state = states.get(name);
            if (state.has("Next") && !state.get("Type").asText().equals("Choice")) {
                String next = state.get("Next").asText();
                String loop = "Loop" + names++;
                ((ObjectNode) state).put("Next", loop);
                ObjectNode choice = NODES.objectNode().put("Type", "Choice");
                ObjectNode rule = rule(1);
                rule.put("Next", start);
                choice.putArray("Choices").add(rule);
                choice.put("Default", next);
                states.set(loop, choice);
                return;
            }
        }
    }
}
