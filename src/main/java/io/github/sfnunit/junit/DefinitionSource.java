package io.github.sfnunit.junit;

import io.github.sfnunit.asl.DefinitionLoader;
import io.github.sfnunit.asl.StateMachineDefinition;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a definition comes from: a classpath resource or a file, with a template's logical id and placeholder
 * values. A value, so that it keys the per-class cache of compiled machines.
 *
 * @param resource the classpath resource, or {@code null}
 * @param file the file, or {@code null}
 * @param logicalId the logical id in a template, or {@code null}
 * @param substitutions placeholder values
 */
record DefinitionSource(String resource, Path file, String logicalId, Map<String, String> substitutions) {

    DefinitionSource {
        substitutions = Map.copyOf(substitutions);
    }

    /** The class's definition, or {@code null} when it names none (each test then names its own). */
    static DefinitionSource of(StateMachineTest annotation, String declaredOn) {
        return of(
                annotation.definition(),
                annotation.definitionFile(),
                annotation.logicalId(),
                annotation.substitutions(),
                declaredOn);
    }

    static DefinitionSource of(Definition annotation, String declaredOn) {
        return of(
                annotation.value(), annotation.file(), annotation.logicalId(), annotation.substitutions(), declaredOn);
    }

    static DefinitionSource of(
            String resource, String file, String logicalId, String[] substitutions, String declaredOn) {
        if (resource.isEmpty() && file.isEmpty()) {
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
                parse(substitutions, declaredOn));
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
        DefinitionLoader loader = builder.build();
        return resource != null ? loader.loadResource(resource) : loader.load(file);
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
