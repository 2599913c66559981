package io.github.sfnunit.junit;

import io.github.sfnunit.Execution;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.report.CoverageData;
import io.github.sfnunit.report.CoverageReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The coverage of one JVM's test run: the extension counts every execution of the machines it injects here, and
 * {@link CoverageListener} writes it out when the test plan finished. This is sfn-unit's one piece of JVM-wide
 * state, on purpose: coverage, like JaCoCo's agent, belongs to the whole run, not to one test. It never changes what
 * an execution does.
 *
 * <p>System properties: {@code sfnunit.coverage} ({@code false} turns recording off) and {@code
 * sfnunit.coverage.dir} (where data and reports go; {@code target/sfn-unit} by default, relative to the working
 * directory, which Maven Surefire sets to the module's base directory).
 */
final class SuiteCoverage {

    static final String ENABLED_PROPERTY = "sfnunit.coverage";
    static final String DIRECTORY_PROPERTY = "sfnunit.coverage.dir";

    private static CoverageData data = new CoverageData();

    private SuiteCoverage() {}

    static boolean enabled() {
        return !"false"
                .equalsIgnoreCase(System.getProperty(ENABLED_PROPERTY, "true").trim());
    }

    static Path directory() {
        return Path.of(System.getProperty(DIRECTORY_PROPERTY, "target/sfn-unit"));
    }

    /** What counts an execution of {@code definition}, named {@code source} in the reports. */
    static synchronized Consumer<Execution> recorder(String source, StateMachineDefinition definition) {
        return data.recorder(source, definition);
    }

    /** Takes what was recorded since the last take, leaving empty data to record into. */
    static synchronized CoverageData take() {
        CoverageData taken = data;
        data = new CoverageData();
        return taken;
    }

    /** Gives back what {@link #take()} took (for tests that run a launcher inside a test run). */
    static synchronized void giveBack(CoverageData taken) {
        data.merge(taken);
    }

    /**
     * Writes this JVM's data file (when anything was recorded), then the reports of every data file in the
     * directory, the terminal summary to {@code out}, and the Markdown summary to {@code $GITHUB_STEP_SUMMARY}.
     */
    static void flush(PrintStream out) {
        CoverageData recorded = take();
        if (recorded.isEmpty()) {
            return;
        }
        Path directory = directory();
        recorded.writeDataFile(directory);
        CoverageData all = CoverageData.read(directory);
        Path index = CoverageReport.write(all, directory);
        out.print(CoverageReport.terminalSummary(all, index));
        CoverageReport.appendToGitHubStepSummary(all);
    }
}
