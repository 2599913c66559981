package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.mock.TaskInvocation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Creates {@link TaskInvocation}s whose {@code $$} context object is built on first read (most mocks never read
 * it, and building it was a quarter of a mocked Task's cost). {@code TaskInvocation}'s lazy constructor is private,
 * so that this optimisation is no part of the public API; the engine reaches it through a private lookup, which
 * the JVM allows inside one module (or the class path). After warm-up the handle costs what a direct call does.
 */
final class TaskInvocations {

    private static final MethodHandle LAZY = lazyConstructor();

    private TaskInvocations() {}

    static TaskInvocation withLazyContext(
            String stateName,
            String statePath,
            String resource,
            JsonNode parameters,
            int retryCount,
            int invocationIndex,
            Instant time,
            Supplier<JsonNode> context,
            String taskToken) {
        try {
            return (TaskInvocation) LAZY.invokeExact(
                    stateName, statePath, resource, parameters, retryCount, invocationIndex, time, taskToken, context);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle lazyConstructor() {
        try {
            return MethodHandles.privateLookupIn(TaskInvocation.class, MethodHandles.lookup())
                    .findConstructor(
                            TaskInvocation.class,
                            MethodType.methodType(
                                    void.class,
                                    String.class,
                                    String.class,
                                    String.class,
                                    JsonNode.class,
                                    int.class,
                                    int.class,
                                    Instant.class,
                                    String.class,
                                    Supplier.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
