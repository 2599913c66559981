package io.github.sfnunit.asl.internal;

/** One step of a definite path: an object field or an array index. */
public sealed interface PathStep {

    /** The step as Jayway prints it in error messages, e.g. {@code ['name']} or {@code [0]}. */
    String render();

    /** An object member, written {@code .name} or {@code ['name']}. */
    record Field(String name) implements PathStep {
        @Override
        public String render() {
            return "['" + name + "']";
        }
    }

    /** An array element, written {@code [3]}. */
    record Index(int index) implements PathStep {
        @Override
        public String render() {
            return "[" + index + "]";
        }
    }
}
