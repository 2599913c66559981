package io.github.sfnunit.cli;

import io.github.sfnunit.report.CoverageReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sfn-unit coverage report|check DIR}: the coverage reports of the data files that test runs (and {@code run
 * --coverage}) wrote, and a threshold check for CI.
 *
 * <pre>
 * sfn-unit coverage report target/sfn-unit
 * sfn-unit coverage check --min-transitions 90 target/sfn-unit
 * </pre>
 *
 * @since 0.1.0
 */
@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        description = "Report the coverage recorded by sfn-unit tests, or check it against minimums.",
        subcommands = {CoverageCommand.Report.class, CoverageCommand.Check.class})
public final class CoverageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }

    private static PrintStream stream(java.io.PrintWriter writer) {
        return new PrintStream(
                new java.io.OutputStream() {
                    @Override
                    public void write(int b) {
                        writer.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        writer.write(new String(bytes, offset, length, StandardCharsets.UTF_8));
                    }

                    @Override
                    public void flush() {
                        writer.flush();
                    }
                },
                true,
                StandardCharsets.UTF_8);
    }

    /** {@code coverage report DIR}. */
    @Command(
            name = "report",
            mixinStandardHelpOptions = true,
            description = "Merge the data files (coverage-*.json) in DIR and write index.html, a page and a Mermaid"
                    + " file per state machine, and summary.md into DIR.")
    static final class Report implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "The data directory, e.g. target/sfn-unit.")
        Path directory;

        @Override
        public Integer call() {
            PrintStream out = stream(spec.commandLine().getOut());
            PrintStream err = stream(spec.commandLine().getErr());
            int status = CoverageReport.report(directory, out, err);
            out.flush();
            err.flush();
            return status;
        }
    }

    /** {@code coverage check --min-transitions N DIR}. */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Report, then exit 1 when a coverage percentage (over all state machines) is below its"
                    + " minimum, listing every item never exercised.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "The data directory, e.g. target/sfn-unit.")
        Path directory;

        @Option(names = "--min-states", paramLabel = "PERCENT", description = "Minimum share of states entered.")
        Double states;

        @Option(
                names = "--min-transitions",
                paramLabel = "PERCENT",
                description = "Minimum share of transitions taken (Next, Choice rules, Default, Catch, End, Fail).")
        Double transitions;

        @Option(names = "--min-retriers", paramLabel = "PERCENT", description = "Minimum share of retriers used.")
        Double retriers;

        @Option(names = "--min-catchers", paramLabel = "PERCENT", description = "Minimum share of catchers used.")
        Double catchers;

        @Override
        public Integer call() {
            for (Double value : new Double[] {states, transitions, retriers, catchers}) {
                if (value != null && !(value >= 0 && value <= 100)) {
                    throw new picocli.CommandLine.ParameterException(
                            spec.commandLine(), "a minimum is a percentage from 0 to 100, not " + value);
                }
            }
            PrintStream out = stream(spec.commandLine().getOut());
            PrintStream err = stream(spec.commandLine().getErr());
            int status = CoverageReport.check(
                    directory, new CoverageReport.Thresholds(states, transitions, retriers, catchers), out, err);
            out.flush();
            err.flush();
            return status;
        }
    }
}
