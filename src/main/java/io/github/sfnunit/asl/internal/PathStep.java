package io.github.sfnunit.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** One step of a definite path: an object field or an array index. */
public sealed interface PathStep {

    /** The step as Jayway prints it in error messages, e.g. {@code ['name']} or {@code [0]}. */
    String render();

    /**
     * What the step selects in {@code node}, or {@code null} for nothing: a field of an object, an element of an
     * array (an index past the end selects nothing, as AWS reads it).
     */
    JsonNode select(JsonNode node);

    /** An object member, written {@code .name} or {@code ['name']}. */
    record Field(String name) implements PathStep {
        @Override
        public String render() {
            return "['" + name + "']";
        }

        @Override
        public JsonNode select(JsonNode node) {
            return node.isObject() ? node.get(name) : null;
        }
    }

    /** An array element, written {@code [3]}. */
    record Index(int index) implements PathStep {
        @Override
        public String render() {
            return "[" + index + "]";
        }

        @Override
        public JsonNode select(JsonNode node) {
            return node.isArray() ? node.get(index) : null;
        }
    }
}
