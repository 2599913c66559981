package io.github.sfnunit.junit;

import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.asl.DefinitionLoader;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.asl.internal.AwsNames;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a definition comes from: a classpath resource or a file, with a template's logical id and placeholder
 * values, and the name and type the test gives the machine. A value, so that it keys the per-class cache of
 * compiled machines (the type decides how the definition is validated).
 *
 * @param resource the classpath resource, or {@code null}
 * @param file the file, or {@code null}
 * @param logicalId the logical id in a template, or {@code null}
 * @param substitutions placeholder values
 * @param name the state machine's name, {@code null} for the definition's own (a template's), else {@code
 *     StateMachine}
 * @param type the state machine's type, {@code null} for the definition's own (a template's), else {@code STANDARD}
 */
record DefinitionSource(
        String resource,
        Path file,
        String logicalId,
        Map<String, String> substitutions,
        String name,
        StateMachineType type) {

    /** AWS's rule for a state machine's name (CreateStateMachine): these characters are refused. */
    DefinitionSource {
        substitutions = Map.copyOf(substitutions);
    }

    /** The class's definition, or {@code null} when it names none (each test then names its own). */
    static DefinitionSource of(StateMachineTest annotation, String declaredOn) {
        return of(
                annotation.definition(),
                annotation.definitionFile(),
                annotation.logicalId(),
                parse(annotation.substitutions(), declaredOn),
                annotation.name(),
                type(annotation.type(), declaredOn),
                declaredOn);
    }

    static DefinitionSource of(Definition annotation, String declaredOn) {
        return of(
                annotation.value(),
                annotation.file(),
                annotation.logicalId(),
                parse(annotation.substitutions(), declaredOn),
                annotation.name(),
                type(annotation.type(), declaredOn),
                declaredOn);
    }

    static DefinitionSource of(
            String resource,
            String file,
            String logicalId,
            Map<String, String> substitutions,
            String name,
            StateMachineType type,
            String declaredOn) {
        if (resource.isEmpty() && file.isEmpty()) {
            if (!name.isEmpty() || type != null) {
                throw new IllegalArgumentException(declaredOn + " sets the state machine's "
                        + (name.isEmpty() ? "type" : "name") + " but names no definition: a name and a type belong"
                        + " to the definition named beside them (definition = \"...\" or definitionFile = \"...\")");
            }
            return null;
        }
        if (!resource.isEmpty() && !file.isEmpty()) {
            throw new IllegalArgumentException(declaredOn + " names both a classpath resource (\"" + resource
                    + "\") and a file (\"" + file + "\"): name one of them");
        }
        return new DefinitionSource(
                resource.isEmpty() ? null : resource,
                file.isEmpty() ? null : Path.of(file),
                logicalId.isEmpty() ? null : logicalId,
                substitutions,
                name.isEmpty() ? null : checkName(name, declaredOn),
                type);
    }

    /** The one type of an annotation's {@code type} attribute, {@code null} when it gives none. */
    private static StateMachineType type(StateMachineType[] types, String declaredOn) {
        if (types.length > 1) {
            throw new IllegalArgumentException(declaredOn + ": type names " + types.length
                    + " types; give one, e.g. type = StateMachineType.EXPRESS");
        }
        return types.length == 0 ? null : types[0];
    }

    /** AWS's name rule: 1 to 80 characters, no white space, brackets, wildcards or punctuation AWS refuses. */
    static String checkName(String name, String declaredOn) {
        if (!AwsNames.isValid(name)) {
            throw new IllegalArgumentException(declaredOn + ": the state machine name \"" + name
                    + "\" is not one AWS accepts: " + AwsNames.rule());
        }
        return name;
    }

    /** Parses {@code "name=value"} pairs. */
    static Map<String, String> parse(String[] pairs, String declaredOn) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException(declaredOn + ": substitution \"" + pair
                        + "\" must have the form \"name=value\", e.g. \"ChargeFunctionArn=arn:aws:lambda:...\"");
            }
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return values;
    }

    /** Loads, parses and validates the definition. */
    StateMachineDefinition load(ClassLoader classLoader) {
        DefinitionLoader.Builder builder =
                DefinitionLoader.builder().substitutions(substitutions).classLoader(classLoader);
        if (logicalId != null) {
            builder.logicalId(logicalId);
        }
        builder.stateMachineType(type);
        DefinitionLoader loader = builder.build();
        return resource != null ? loader.loadResource(resource) : loader.load(file);
    }

    /**
     * {@code options} for executions of {@code definition} (loaded from this source): the name and type set here
     * win; else the definition's own (a template's {@code Type} and {@code StateMachineName} / logical id).
     */
    ExecutionOptions optionsFor(ExecutionOptions options, StateMachineDefinition definition) {
        ExecutionOptions.Builder builder = options.forDefinition(definition).toBuilder();
        if (name != null) {
            builder.stateMachineName(name);
        }
        if (type != null) {
            builder.stateMachineType(type);
        }
        return builder.build();
    }

    /** How coverage reports name it: {@code classpath:order-flow.asl.json}, {@code file:...}, {@code ...#LogicalId}. */
    String coverageName() {
        String what = resource != null
                ? "classpath:" + resource
                : "file:" + file.toString().replace('\\', '/');
        return logicalId == null ? what : what + "#" + logicalId;
    }

    /** How a message names it, e.g. {@code classpath resource "order-flow.asl.json"}. */
    String describe() {
        String what = resource != null ? "classpath resource \"" + resource + "\"" : "file \"" + file + "\"";
        return logicalId == null ? what : what + " (logical id " + logicalId + ")";
    }
}
