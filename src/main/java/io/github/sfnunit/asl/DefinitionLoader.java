package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Loads a state machine definition from a file, a classpath resource or a string: a plain definition (JSON or
 * YAML, optionally with {@code ${name}} placeholders) or a SAM / CloudFormation / CDK-synthesized template holding
 * the state machine. The result is parsed and validated by {@link DefinitionParser}.
 *
 * <pre>{@code
 * DefinitionLoader loader = DefinitionLoader.builder()
 *         .substitution("ChargeFunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:charge")
 *         .logicalId("OrderFlow")          // only needed when a template holds several state machines
 *         .build();
 * StateMachineDefinition definition = loader.load(Path.of("template.yaml"));
 * }</pre>
 *
 * <p>Placeholders: the caller's substitutions win over a template's {@code DefinitionSubstitutions}; {@code
 * ${AWS::Partition}}, {@code ${AWS::Region}} and {@code ${AWS::AccountId}} default to {@code aws}, {@code
 * us-east-1} and {@code 123456789012}; a placeholder left without a value is an error listing all of them.
 * Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DefinitionLoader {

    private final Map<String, String> substitutions;
    private final String logicalId;
    private final StateMachineType machineType;
    private final ClassLoader classLoader;

    private DefinitionLoader(Builder builder) {
        this.substitutions = Map.copyOf(builder.substitutions);
        this.logicalId = builder.logicalId;
        this.machineType = builder.machineType;
        this.classLoader = builder.classLoader;
    }

    /** A loader with no substitutions, for a Standard state machine. */
    public static DefinitionLoader defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads a definition or template file; JSON or YAML is recognised from the content.
     *
     * @throws InvalidDefinitionException when the file cannot be read or the definition is invalid
     */
    public StateMachineDefinition load(Path file) {
        Objects.requireNonNull(file, "file");
        String text = DocumentReader.readFile(file, file.toString());
        Path parent = file.toAbsolutePath().getParent();
        return load(text, file.getFileName().toString(), parent);
    }

    /**
     * Loads a definition or template from the classpath, e.g. {@code "order-flow.asl.json"}. A template's relative
     * {@code DefinitionUri} is resolved next to the resource when it is a file.
     */
    public StateMachineDefinition loadResource(String resource) {
        Objects.requireNonNull(resource, "resource");
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = classLoader != null
                ? classLoader
                : Objects.requireNonNullElse(
                        Thread.currentThread().getContextClassLoader(), DefinitionLoader.class.getClassLoader());
        java.net.URL url = loader.getResource(name);
        if (url == null) {
            throw new InvalidDefinitionException("", "classpath resource \"" + name + "\" not found");
        }
        String text;
        try (InputStream in = url.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidDefinitionException("", "cannot read classpath resource \"" + name + "\": " + e);
        }
        Path base = null;
        if ("file".equals(url.getProtocol())) {
            try {
                base = Path.of(url.toURI()).getParent();
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                base = null;
            }
        }
        return load(text, name, base);
    }

    /** Loads a definition or template given as JSON or YAML text. */
    public StateMachineDefinition loadString(String text) {
        Objects.requireNonNull(text, "text");
        return load(text, "the definition", null);
    }

    private StateMachineDefinition load(String text, String what, Path baseDirectory) {
        JsonNode document;
        boolean hasPlaceholders = text.contains("${");
        try {
            document = DocumentReader.read(text, what);
        } catch (InvalidDefinitionException unreadable) {
            if (!hasPlaceholders) {
                throw unreadable;
            }
            // Unquoted placeholders (e.g. "TimeoutSeconds": ${Timeout}) only make JSON once filled in.
            return parser(machineType).parse(readSubstituted(text, what));
        }
        if (TemplateDefinition.isTemplate(document)) {
            TemplateDefinition extracted =
                    TemplateDefinition.extract(document, logicalId, substitutions, baseDirectory);
            StateMachineType type = machineType != null ? machineType : extracted.machineType();
            return parser(type).parse(extracted.definition()).withName(extracted.name());
        }
        if (hasPlaceholders) {
            document = readSubstituted(text, what);
        }
        return parser(machineType).parse(document);
    }

    private JsonNode readSubstituted(String text, String what) {
        String filled = Substitutions.apply(text, Substitutions.withPseudoParameters(substitutions), what);
        return DocumentReader.read(filled, what);
    }

    private static DefinitionParser parser(StateMachineType type) {
        return new DefinitionParser(type == null ? StateMachineType.STANDARD : type);
    }

    /**
     * Builds a {@link DefinitionLoader}; the only mutable type of the package.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final Map<String, String> substitutions = new LinkedHashMap<>();
        private String logicalId;
        private StateMachineType machineType;
        private ClassLoader classLoader;

        private Builder() {}

        /** A value for {@code ${name}}; wins over a template's DefinitionSubstitutions and parameter defaults. */
        public Builder substitution(String name, String value) {
            substitutions.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder substitutions(Map<String, String> values) {
            values.forEach(this::substitution);
            return this;
        }

        /** The logical id of the state machine to use when a template holds several. */
        public Builder logicalId(String logicalId) {
            this.logicalId = logicalId;
            return this;
        }

        /** Overrides the type a template declares (Standard by default for plain definitions). */
        public Builder stateMachineType(StateMachineType machineType) {
            this.machineType = machineType;
            return this;
        }

        /** Where {@link #loadResource} looks; the thread's context class loader by default. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        public DefinitionLoader build() {
            return new DefinitionLoader(this);
        }
    }
}
