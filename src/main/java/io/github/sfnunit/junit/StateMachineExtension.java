package io.github.sfnunit.junit;

import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.VirtualClock;
import io.github.sfnunit.api.StepFunctionsEndpoint;
import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.mock.TaskMocks;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension behind {@link StateMachineTest}: injects {@link StateMachine}, {@link TaskMocks},
 * the test's {@link VirtualClock} and a {@link StepFunctionsEndpoint} (the served API, started once per class, on
 * the test's clock and mocks) into test methods (and {@code @BeforeEach} / {@code @AfterEach} methods, which
 * share the test's mocks and clock), and with
 * strict mocks fails a test that otherwise passed when a stub answered no call.
 *
 * <p>Definitions are loaded and compiled once per test class and kept in the class's {@link
 * ExtensionContext.Store}; mocks and executions are per test. The extension holds no static or thread-local state,
 * so {@code @Nested} classes, {@code @ParameterizedTest} and parallel execution work.
 * When its class is first loaded it starts a short daemon thread that loads the classes a first test needs
 * ({@code WarmUp}; {@code -Dsfnunit.warmUp=false} turns it off).
 *
 * <p>For settings the annotation cannot express, register it programmatically (then without {@code
 * StateMachineTest}):
 *
 * <pre>{@code
 * @RegisterExtension
 * static StateMachineExtension sfn = StateMachineExtension.builder()
 *         .definition("order-flow.asl.json")
 *         .options(options -> options.historyEnabled(false).maxStateTransitions(500))
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public class StateMachineExtension implements ParameterResolver, AfterEachCallback {

    private static final Namespace NAMESPACE = Namespace.create(StateMachineExtension.class);

    static {
        WarmUp.start();
    }

    /** {@code null} when declared by {@link StateMachineTest}: the settings then come from the annotations. */
    private final MachineSettings programmatic;

    /** Used by {@link StateMachineTest}; register {@link #builder()} programmatically instead. */
    public StateMachineExtension() {
        this(null);
    }

    private StateMachineExtension(MachineSettings programmatic) {
        this.programmatic = programmatic;
    }

    /** The settings of a {@link #builder()}-made extension, {@code null} for the annotation's. */
    MachineSettings programmaticSettings() {
        return programmatic;
    }

    /** A builder for {@code @RegisterExtension}. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        SupportedJUnit.require();
        Class<?> type = parameter.getParameter().getType();
        if (type != StateMachine.class
                && type != TaskMocks.class
                && type != VirtualClock.class
                && type != StepFunctionsEndpoint.class) {
            return false;
        }
        // With both @StateMachineTest and a registered builder, the builder's settings win.
        return programmatic != null || !TestClassSetup.of(context, NAMESPACE).registeredProgrammatically();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Parameter declared = parameter.getParameter();
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("sfn-unit cannot inject "
                    + declared.getType().getSimpleName()
                    + " into " + parameter.getDeclaringExecutable() + ": its state machines and mocks belong to one"
                    + " test, so inject them into test methods or @BeforeEach/@AfterEach methods");
        }
        TestClassSetup setup = TestClassSetup.of(context, NAMESPACE);
        TestScope scope = TestScope.of(context, programmatic != null ? programmatic : setup.annotated(), NAMESPACE);
        if (declared.getType() == TaskMocks.class) {
            return scope.mocks();
        }
        if (declared.getType() == VirtualClock.class) {
            return scope.clock();
        }
        if (declared.getType() == StepFunctionsEndpoint.class) {
            return ServedEndpoint.forTest(context, NAMESPACE, scope.clock(), scope.mocks());
        }
        DefinitionSource source = definitionFor(parameter, context, scope.settings());
        StateMachine compiled = CompiledMachines.of(context, NAMESPACE).get(source);
        StateMachine machine = compiled.withOptions(source.optionsFor(scope.executionOptions(), compiled.definition()))
                .withClock(scope.clock())
                .whenEnded(execution -> scope.ended().add(compiled.definition(), execution));
        return SuiteCoverage.enabled()
                ? machine.whenEnded(SuiteCoverage.recorder(source.coverageName(), compiled.definition()))
                : machine;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SupportedJUnit.require();
        TestScope.remove(context, NAMESPACE).ifPresent(scope -> {
            if (context.getExecutionException().isPresent()) {
                FailureDiagrams.publish(context, scope.ended());
            }
            if (scope.settings().strictMocks()
                    && context.getExecutionException().isEmpty()) {
                StrictMocks.verifyAllStubsUsed(scope.mocks());
            }
        });
    }

    private static DefinitionSource definitionFor(
            ParameterContext parameter, ExtensionContext context, MachineSettings settings) {
        Optional<Definition> onParameter = parameter.findAnnotation(Definition.class);
        if (onParameter.isPresent()) {
            return required(
                    DefinitionSource.of(
                            onParameter.get(),
                            "@Definition on parameter "
                                    + parameter.getParameter().getName() + " of " + parameter.getDeclaringExecutable()),
                    "@Definition on parameter " + parameter.getParameter().getName());
        }
        Optional<Definition> onMethod =
                context.getTestMethod().flatMap(method -> AnnotationSupport.findAnnotation(method, Definition.class));
        if (onMethod.isPresent()) {
            return required(
                    DefinitionSource.of(onMethod.get(), "@Definition on " + context.getRequiredTestMethod()),
                    "@Definition on " + context.getRequiredTestMethod().getName());
        }
        if (settings.definition() == null) {
            throw new ParameterResolutionException("No state machine definition for "
                    + context.getRequiredTestMethod() + ": name one with @StateMachineTest(definition = \"...\") on"
                    + " the class, @Definition(\"...\") on the method or the parameter, or"
                    + " StateMachineExtension.builder().definition(\"...\")");
        }
        return settings.definition();
    }

    private static DefinitionSource required(DefinitionSource source, String where) {
        if (source == null) {
            throw new ParameterResolutionException(
                    where + " names no definition: give a classpath resource (value) or a file (file)");
        }
        return source;
    }

    /**
     * Builds a {@link StateMachineExtension} for {@code @RegisterExtension}, for everything {@link
     * StateMachineTest} cannot say. The builder is the only mutable type here; {@link #build()} copies it.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String resource = "";
        private String file = "";
        private String logicalId = "";
        private final Map<String, String> substitutions = new LinkedHashMap<>();
        private String name = "";
        private StateMachineType type;
        private boolean strictMocks = true;
        private long seed;
        private Instant startTime;
        private UnaryOperator<ExecutionOptions.Builder> options = UnaryOperator.identity();
        private final List<String> httpEndpoints = new ArrayList<>();

        private Builder() {}

        /** The definition as a classpath resource (ASL JSON/YAML or a template). */
        public Builder definition(String resource) {
            this.resource = Objects.requireNonNull(resource, "resource");
            return this;
        }

        /** The definition as a file. */
        public Builder definitionFile(Path file) {
            this.file = Objects.requireNonNull(file, "file").toString();
            return this;
        }

        /** The state machine's logical id in a template that holds more than one. */
        public Builder logicalId(String logicalId) {
            this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
            return this;
        }

        /** A value for a {@code ${name}} placeholder. */
        public Builder substitution(String name, String value) {
            substitutions.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * The state machine's name, in {@code $$.StateMachine} and its execution ARNs; by default the definition's
         * own (a template's), else {@code StateMachine}. See {@link StateMachineTest#name()}.
         *
         * @since 0.1.0
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The state machine's type; by default the definition's own (a template's), else {@code STANDARD}. See
         * {@link StateMachineTest#type()}.
         *
         * @since 0.1.0
         */
        public Builder type(StateMachineType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        public Builder strictMocks(boolean strictMocks) {
            this.strictMocks = strictMocks;
            return this;
        }

        /** The random seed of every execution ({@link io.github.sfnunit.ExecutionOptions#seed()}). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The former name of {@link #seed(long)}.
         *
         * @deprecated use {@link #seed(long)}
         */
        @Deprecated
        public Builder jitterSeed(long jitterSeed) {
            return seed(jitterSeed);
        }

        public Builder startTime(Instant startTime) {
            this.startTime = Objects.requireNonNull(startTime, "startTime");
            return this;
        }

        /**
         * Adjusts each test's {@link ExecutionOptions} (limits, history, names, ...); applied after the other
         * settings of this builder.
         */
        public Builder options(UnaryOperator<ExecutionOptions.Builder> options) {
            UnaryOperator<ExecutionOptions.Builder> before = this.options;
            Objects.requireNonNull(options, "options");
            this.options = builder -> options.apply(before.apply(builder));
            return this;
        }

        /**
         * Lets every test's HTTP Tasks ({@code arn:aws:states:::http:invoke}) call endpoints under {@code baseUrl},
         * e.g. a WireMock server on {@code http://localhost:PORT}; by default no request leaves the machine. Tests
         * can allow more with {@link TaskMocks#allowHttp(String)}.
         */
        public Builder allowHttp(String baseUrl) {
            httpEndpoints.add(Objects.requireNonNull(baseUrl, "baseUrl"));
            return this;
        }

        public StateMachineExtension build() {
            String where = "StateMachineExtension.builder()";
            DefinitionSource source = DefinitionSource.of(resource, file, logicalId, substitutions, name, type, where);
            return new StateMachineExtension(
                    new MachineSettings(source, strictMocks, seed, startTime, options, httpEndpoints));
        }
    }
}
