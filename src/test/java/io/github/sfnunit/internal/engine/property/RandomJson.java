package io.github.sfnunit.internal.engine.property;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Random JSON for the interpreter's property tests: well-shaped execution inputs (the fields the generated
 * definitions read: {@code a} a small number, {@code b} a string, {@code c} a boolean, {@code items} an array,
 * {@code obj} an object, {@code ts} a timestamp) and mutations of them into odd shapes.
 */
final class RandomJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] WORDS = {"alpha", "beta", "", "x y", "ünï", "a*b", "{}", "42"};

    private final Random random;

    RandomJson(Random random) {
        this.random = random;
    }

    /** An input with the fields the generated definitions read, each present most of the time. */
    ObjectNode input() {
        ObjectNode input = NODES.objectNode();
        if (random.nextInt(20) > 0) {
            input.put("a", random.nextInt(8));
        }
        if (random.nextInt(20) > 0) {
            input.put("b", WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextInt(20) > 0) {
            input.put("c", random.nextBoolean());
        }
        if (random.nextInt(20) > 0) {
            ArrayNode items = input.putArray("items");
            int size = random.nextInt(5);
            for (int i = 0; i < size; i++) {
                items.add(random.nextBoolean() ? value(1) : NODES.numberNode(i));
            }
        }
        if (random.nextInt(20) > 0) {
            input.putObject("obj").put("x", random.nextInt(3)).put("y", WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextInt(3) > 0) {
            input.put("ts", "2024-01-01T00:0" + random.nextInt(10) + ":00Z");
        }
        return input;
    }

    /** A random value nested at most {@code depth} levels. */
    JsonNode value(int depth) {
        int choice = random.nextInt(depth > 0 ? 9 : 7);
        return switch (choice) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(200) - 100);
            case 3 -> NODES.numberNode(random.nextDouble() * 1000 - 500);
            case 4 -> NODES.textNode(WORDS[random.nextInt(WORDS.length)]);
            case 5 -> NODES.numberNode(Long.MAX_VALUE);
            case 6 -> NODES.textNode("$.a");
            case 7 -> {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(value(depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    object.set(i == 0 ? "a" : "k" + i, value(depth - 1));
                }
                yield object;
            }
        };
    }

    /** {@code input} with one to three odd changes: other types, nulls, deep nesting, large strings. */
    JsonNode mutate(JsonNode input) {
        JsonNode mutated = input.deepCopy();
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            mutated = mutateOnce(mutated);
        }
        return mutated;
    }

    private JsonNode mutateOnce(JsonNode root) {
        if (random.nextInt(25) == 0) {
            return odd();
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return root;
        }
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            String[] names = {"a", "b", "c", "items", "obj", "ts", "x", "y"};
            object.set(names[random.nextInt(names.length)], odd());
        } else if (target instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextBoolean()) {
                array.add(odd());
            } else {
                array.set(random.nextInt(array.size()), odd());
            }
        }
        return root;
    }

    private JsonNode odd() {
        return switch (random.nextInt(10)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("x".repeat(20_000 + random.nextInt(20_000)));
            case 2 -> deep(50 + random.nextInt(150));
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(1e300);
            case 5 -> NODES.numberNode(2.5);
            case 6 -> NODES.textNode("not-a-timestamp");
            case 7 -> NODES.arrayNode();
            case 8 -> NODES.objectNode();
            default -> value(3);
        };
    }

    private JsonNode deep(int levels) {
        JsonNode node = NODES.numberNode(levels);
        for (int i = 0; i < levels; i++) {
            node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            Iterator<JsonNode> children = node.elements();
            children.forEachRemaining(child -> collect(child, containers));
        }
    }
}
