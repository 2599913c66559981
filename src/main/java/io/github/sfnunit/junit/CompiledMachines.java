package io.github.sfnunit.junit;

import io.github.sfnunit.StateMachine;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * The compiled state machines of a test class, cached in the class's {@link ExtensionContext.Store}: each
 * definition is loaded, validated and compiled once, by whichever test needs it first, even when tests run in
 * parallel. {@code @Nested} classes find their enclosing class's machines through the store's hierarchy.
 */
final class CompiledMachines {

    private final ExtensionContext classContext;
    private final Namespace namespace;

    private CompiledMachines(ExtensionContext classContext, Namespace namespace) {
        this.classContext = classContext;
        this.namespace = namespace;
    }

    /** The cache of the class the test in {@code context} belongs to. */
    static CompiledMachines of(ExtensionContext context, Namespace namespace) {
        return new CompiledMachines(classContext(context), namespace);
    }

    /** The context of the test class {@code context} belongs to (itself when it is one). */
    static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (!(current.getElement().orElse(null) instanceof Class<?>)) {
            Optional<ExtensionContext> parent = current.getParent();
            if (parent.isEmpty()) {
                break;
            }
            current = parent.get();
        }
        return current;
    }

    /** The machine compiled from {@code source}, compiling it on first use. */
    // Store.computeIfAbsent, which replaces it, arrived in JUnit 5.13; sfn-unit supports JUnit 5.9 and later.
    @SuppressWarnings("deprecation")
    StateMachine get(DefinitionSource source) {
        ClassLoader classLoader = classContext.getRequiredTestClass().getClassLoader();
        return classContext
                .getStore(namespace)
                .getOrComputeIfAbsent(source, key -> compile(key, classLoader), StateMachine.class);
    }

    private static StateMachine compile(DefinitionSource source, ClassLoader classLoader) {
        try {
            return StateMachine.from(source.load(classLoader));
        } catch (RuntimeException e) {
            throw new ParameterResolutionException(
                    "Cannot load the state machine from " + source.describe() + ": " + e.getMessage(), e);
        }
    }
}
