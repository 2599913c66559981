package io.github.sfnunit.asl.internal;

/**
 * Keeps SLF4J from warning about a missing logging backend that the user never asked for.
 *
 * <p>Jayway json-path logs through SLF4J, so every project that uses sfn-unit gets {@code slf4j-api} on its test
 * classpath. A project without an SLF4J provider (logback, log4j, slf4j-simple, ...) would then see {@code SLF4J(W):
 * No SLF4J providers were found} on every run: noise caused by sfn-unit, not by a choice of the user. So before
 * sfn-unit first touches json-path (and when its served endpoint starts, for the AWS SDK clients that talk to it)
 * it initializes SLF4J itself with SLF4J's internal reports limited to errors
 * ({@code slf4j.internal.verbosity=ERROR}, read once by SLF4J 2.0.10 and later), then restores the property. With
 * a provider on the classpath SLF4J binds to it exactly as before; without one it falls back to its no-operation
 * logger, as the warning would have said. Nothing happens when the user set {@code slf4j.internal.verbosity}
 * (their choice wins), when SLF4J is absent, or when SLF4J was initialized earlier (it reports only once).
 */
public final class QuietSlf4j {

    private static final String VERBOSITY = "slf4j.internal.verbosity";

    static {
        if (System.getProperty(VERBOSITY) == null) {
            try {
                Class<?> loggerFactory =
                        Class.forName("org.slf4j.LoggerFactory", false, QuietSlf4j.class.getClassLoader());
                System.setProperty(VERBOSITY, "ERROR");
                try {
                    loggerFactory.getMethod("getILoggerFactory").invoke(null);
                } finally {
                    System.clearProperty(VERBOSITY);
                }
            } catch (ReflectiveOperationException | LinkageError | SecurityException absentOrUnusable) {
                // No SLF4J, or one we cannot initialize: json-path then reports for itself, as it would have.
            }
        }
    }

    private QuietSlf4j() {}

    /** Runs the class's one-time initialization; later calls do nothing. */
    public static void initialize() {
        // the static initializer above did the work
    }
}
