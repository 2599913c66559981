package io.github.sfnunit.junit;

import io.github.sfnunit.report.ExecutionDiagram;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When a test failed, the path of each execution it ran, drawn on its machine ({@link ExecutionDiagram}), as an
 * HTML page and a Mermaid file attached to the test with JUnit's {@code publishFile} (Jupiter 5.12 and later, found
 * by reflection so that older versions still work). Where JUnit has no {@code publishFile}, or it fails, the
 * files go under {@code target/sfn-unit/executions/} and a report entry names them; the failure message keeps
 * its path table either way.
 */
final class FailureDiagrams {

    static final String ENTRY_KEY = "sfn-unit.execution-diagram";

    private FailureDiagrams() {}

    static void publish(ExtensionContext context, EndedExecutions executions) {
        List<EndedExecutions.Ended> ended = executions.all();
        for (int i = 0; i < ended.size(); i++) {
            ExecutionDiagram diagram =
                    ExecutionDiagram.of(ended.get(i).definition(), ended.get(i).execution());
            String name = "sfn-unit-execution-" + (i + 1);
            publish(context, name + ".html", "text/html", diagram.toHtml());
            publish(context, name + ".mmd", "text/plain", diagram.toMermaid());
        }
    }

    private static void publish(ExtensionContext context, String name, String mediaType, String text) {
        Path written = publishFile(context, name, mediaType, file -> write(file, text));
        if (written == null) {
            String test = context.getRequiredTestClass().getName() + "."
                    + context.getRequiredTestMethod().getName();
            written = SuiteCoverage.directory().resolve("executions").resolve(test + "-" + name);
            write(written, text);
        }
        context.publishReportEntry(ENTRY_KEY, written.toAbsolutePath().toUri().toString());
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * Calls {@code context.publishFile(name, MediaType.parse(mediaType), writer)} when the running Jupiter has it;
     * returns the file it wrote, or {@code null} when it has none or it failed.
     */
    static Path publishFile(ExtensionContext context, String name, String mediaType, Consumer<Path> writer) {
        Method method = publishFileMethod();
        if (method == null) {
            return null;
        }
        Path[] written = new Path[1];
        Class<?> consumerType = method.getParameterTypes()[2];
        Object consumer = Proxy.newProxyInstance(
                consumerType.getClassLoader(), new Class<?>[] {consumerType}, (proxy, called, args) -> {
                    if (called.getName().equals("accept") && args != null && args.length == 1) {
                        written[0] = (Path) args[0];
                        writer.accept(written[0]);
                        return null;
                    }
                    if (called.getName().equals("toString")) {
                        return "sfn-unit execution diagram writer";
                    }
                    if (called.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    if (called.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    throw new UnsupportedOperationException(called.getName());
                });
        try {
            Object type = method.getParameterTypes()[1]
                    .getMethod("parse", String.class)
                    .invoke(null, mediaType + "; charset=UTF-8");
            method.invoke(context, name, type, consumer);
            return written[0];
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** {@code publishFile(String, MediaType, ThrowingConsumer<Path>)}, preferring JUnit 6's {@code MediaType}. */
    private static Method publishFileMethod() {
        Method found = null;
        for (Method method : ExtensionContext.class.getMethods()) {
            Class<?>[] types = method.getParameterTypes();
            if (method.getName().equals("publishFile")
                    && types.length == 3
                    && types[0] == String.class
                    && types[1].getSimpleName().equals("MediaType")
                    && types[2].isInterface()
                    && (found == null || types[1].getName().equals("org.junit.jupiter.api.MediaType"))) {
                found = method;
            }
        }
        return found;
    }
}
