package io.github.sfnunit.cli;

import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.asl.DefinitionLoader;
import io.github.sfnunit.asl.StateMachineType;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that say how to load a definition file, shared by every command that reads one: {@code ${...}}
 * substitutions, the state machine of a template, and the state machine type.
 */
final class DefinitionOptions {

    @Option(
            names = {"-s", "--substitution"},
            paramLabel = "NAME=VALUE",
            description = "A value for a $${NAME} placeholder (repeatable); wins over DefinitionSubstitutions.")
    Map<String, String> substitutions = new LinkedHashMap<>();

    @Option(
            names = "--logical-id",
            paramLabel = "ID",
            description = "The state machine to use when a template holds several.")
    String logicalId;

    @Option(
            names = "--type",
            paramLabel = "STANDARD|EXPRESS",
            description = "The state machine type (default: the template's, else STANDARD).")
    StateMachineType type;

    /** A loader configured by these options. */
    DefinitionLoader loader() {
        return DefinitionLoader.builder()
                .substitutions(substitutions)
                .logicalId(logicalId)
                .stateMachineType(type)
                .build();
    }

    /** Execution options for a definition these options loaded: the {@code --type} given, else the definition's. */
    ExecutionOptions.Builder executionOptions() {
        ExecutionOptions.Builder options = ExecutionOptions.builder();
        if (type != null) {
            options.stateMachineType(type);
        }
        return options;
    }
}
