package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;

/** The workflow variables ({@code Assign}) visible to an expression. */
@FunctionalInterface
public interface VariableScope {

    VariableScope EMPTY = name -> null;

    /** The value of variable {@code name} (without the {@code $}), or {@code null} when it is not defined. */
    JsonNode lookup(String name);
}
