package io.github.sfnunit.junit;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * What the extension learns once per test class, by reflection, and keeps in the class's {@link
 * ExtensionContext.Store} so that later tests of the class only look it up.
 *
 * @param annotated the settings of the nearest {@link StateMachineTest} (the class, a superclass, or for
 *     {@code @Nested} classes an enclosing class), or the defaults
 * @param registeredProgrammatically whether a {@code @RegisterExtension StateMachineExtension} field exists on the
 *     class or an enclosing class (it then answers instead of the annotation)
 */
record TestClassSetup(MachineSettings annotated, boolean registeredProgrammatically) {

    private record Key(Class<?> testClass) {}

    // Store.computeIfAbsent, which replaces it, arrived in JUnit 5.13; sfn-unit supports JUnit 5.9 and later.
    @SuppressWarnings("deprecation")
    static TestClassSetup of(ExtensionContext context, Namespace namespace) {
        ExtensionContext classContext = CompiledMachines.classContext(context);
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext
                .getStore(namespace)
                .getOrComputeIfAbsent(new Key(testClass), key -> inspect(classContext), TestClassSetup.class);
    }

    private static TestClassSetup inspect(ExtensionContext classContext) {
        MachineSettings settings = null;
        boolean registered = false;
        for (Optional<ExtensionContext> current = Optional.of(classContext);
                current.isPresent();
                current = current.get().getParent()) {
            if (current.get().getElement().orElse(null) instanceof Class<?> testClass) {
                if (settings == null) {
                    settings = AnnotationSupport.findAnnotation(testClass, StateMachineTest.class)
                            .map(annotation -> MachineSettings.of(annotation, testClass))
                            .orElse(null);
                }
                registered = registered
                        || !AnnotationSupport.findAnnotatedFields(
                                        testClass,
                                        RegisterExtension.class,
                                        field -> StateMachineExtension.class.isAssignableFrom(field.getType()),
                                        // the four-argument form: the three-argument one is absent before JUnit 5.10
                                        HierarchyTraversalMode.TOP_DOWN)
                                .isEmpty();
            }
        }
        return new TestClassSetup(settings == null ? MachineSettings.defaults() : settings, registered);
    }
}
