package io.github.sfnunit.junit;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;

/** Finds a {@code @RegisterExtension StateMachineExtension} field on the test class or an enclosing class. */
final class ProgrammaticRegistration {

    private ProgrammaticRegistration() {}

    static boolean isPresent(ExtensionContext context) {
        for (Optional<ExtensionContext> current = Optional.of(context);
                current.isPresent();
                current = current.get().getParent()) {
            if (current.get().getElement().orElse(null) instanceof Class<?> testClass
                    && !AnnotationSupport.findAnnotatedFields(
                                    testClass,
                                    RegisterExtension.class,
                                    field -> StateMachineExtension.class.isAssignableFrom(field.getType()))
                            .isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
