package io.github.sfnunit.mock;

import java.util.Objects;

/**
 * The test line that registered a stub, e.g. {@code OrderFlowTest.java:42}: captured when the stub is made, named
 * only when a message needs it.
 *
 * <p>Every registration pays for the capture, and a test may make fresh mocks for every execution, so it keeps the
 * cheapest record of the stack the JDK offers: a {@link Throwable}'s, which holds each frame's method and bytecode
 * index and makes no {@link StackTraceElement} until asked. A {@link StackWalker} walk that stops at the caller cost 3
 * to 4 times as much (it resolves every frame of its first batch; measured at stack depths 5 and 60), and it was a
 * sixth of an execution of three stubbed Lambda Tasks (issue #19). Finding the caller, the first frame outside
 * sfn-unit's own mock classes, waits for the rendering.
 */
final class RegistrationSite {

    /** What a site prints when the stack had no frame outside the mock classes (or the JVM keeps no traces). */
    static final String UNKNOWN = "unknown location";

    private static final String OWN_PACKAGE = TaskMocks.class.getPackageName();
    /** Where sfn-unit's own mock classes were loaded from; a constant, looked up once. */
    private static final Object OWN_CODE_SOURCE = codeSource(TaskMocks.class);

    private final Throwable stack;
    /** The rendered location, once a message asked for it. */
    private String rendered;

    private RegistrationSite(Throwable stack) {
        this.stack = stack;
    }

    /** The current stack, to be read later; called from the mock class a test calls. */
    static RegistrationSite here() {
        return new RegistrationSite(new Stack());
    }

    /** {@code File.java:42} of the first frame outside sfn-unit's mock classes, or {@link #UNKNOWN}. */
    synchronized String render() {
        if (rendered == null) {
            rendered = UNKNOWN;
            for (StackTraceElement frame : stack.getStackTrace()) {
                if (!isOwnMockClass(frame.getClassName())) {
                    rendered = frame.getFileName() + ":" + frame.getLineNumber();
                    break;
                }
            }
        }
        return rendered;
    }

    /**
     * Same package and same jar (or classes directory) as {@link TaskMocks}: a user's test in this package still
     * counts as the caller, whether or not sfn-unit's class loader sees it.
     */
    private static boolean isOwnMockClass(String className) {
        if (!className.startsWith(OWN_PACKAGE) || className.lastIndexOf('.') != OWN_PACKAGE.length()) {
            return false;
        }
        try {
            Class<?> type = Class.forName(className, false, TaskMocks.class.getClassLoader());
            return Objects.equals(codeSource(type), OWN_CODE_SOURCE);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Object codeSource(Class<?> type) {
        var domain = type.getProtectionDomain();
        return domain == null || domain.getCodeSource() == null
                ? null
                : domain.getCodeSource().getLocation();
    }

    /** A stack record only: no message, no suppressed list. */
    private static final class Stack extends Throwable {
        private static final long serialVersionUID = 1L;

        Stack() {
            super(null, null, false, true);
        }
    }
}
