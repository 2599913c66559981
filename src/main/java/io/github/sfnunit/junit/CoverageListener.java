package io.github.sfnunit.junit;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the coverage of the state machines that sfn-unit tests ran, when the JUnit Platform finished a test
 * plan: the data file of this JVM (each Surefire fork writes its own), then the merged HTML, Mermaid and
 * Markdown reports under {@code target/sfn-unit/}, and a summary on standard output. The JUnit Platform finds it
 * through {@code META-INF/services}: nothing to set up. See {@code docs/coverage.md}.
 *
 * <p>It only loads where the JUnit Platform launcher runs tests; nothing else in sfn-unit refers to it.
 *
 * @since 0.1.0
 */
public class CoverageListener implements TestExecutionListener {

    /** Called by the JUnit Platform's service loader. */
    public CoverageListener() {}

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        try {
            SuiteCoverage.flush(System.out);
        } catch (RuntimeException e) {
            // A report that cannot be written must not turn a green run red; say why instead.
            System.err.println("sfn-unit coverage: the report could not be written: " + e);
        }
    }
}
