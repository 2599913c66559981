package io.github.sfnunit.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The coverage reports: an HTML index and a page per machine (with its state graph drawn), a Mermaid file per
 * machine, a Markdown summary, the terminal summary, and the threshold check. Also a no-CLI entry point for
 * builds:
 *
 * <pre>
 * java -cp ... io.github.sfnunit.report.CoverageReport report target/sfn-unit
 * java -cp ... io.github.sfnunit.report.CoverageReport check --min-transitions 90 target/sfn-unit
 * </pre>
 *
 * @since 0.1.0
 */
public final class CoverageReport {

    private CoverageReport() {}

    /**
     * Writes {@code index.html}, {@code summary.md} and, per machine, {@code <name>.html} and {@code <name>.mmd}
     * into {@code directory}, and returns the index.
     */
    public static Path write(CoverageData data, Path directory) {
        List<MachineCoverage> machines = data.machines();
        for (MachineCoverage machine : machines) {
            String slug = machine.slug();
            write(directory.resolve(slug + ".html"), MachinePage.html(machine));
            write(
                    directory.resolve(slug + ".mmd"),
                    MermaidText.flowchart(machine.graph(), machine.counts(), GraphSvg.Wording.COVERAGE));
        }
        write(directory.resolve("summary.md"), markdownSummary(data));
        Path index = directory.resolve("index.html");
        write(index, MachinePage.index(machines));
        return index;
    }

    /** The summary printed at the end of a test run, one line per machine, as JaCoCo prints its counters. */
    public static String terminalSummary(CoverageData data, Path reportIndex) {
        List<MachineCoverage> machines = data.machines();
        int width = Math.max(
                "state machine".length(),
                machines.stream().mapToInt(m -> m.name().length()).max().orElse(0));
        width = Math.min(width, 60);
        StringBuilder out = new StringBuilder();
        long executions =
                machines.stream().mapToLong(MachineCoverage::executions).sum();
        out.append("sfn-unit coverage: ")
                .append(machines.size())
                .append(machines.size() == 1 ? " state machine, " : " state machines, ")
                .append(executions)
                .append(executions == 1 ? " execution" : " executions");
        if (reportIndex != null) {
            out.append(" (report: ").append(reportIndex).append(')');
        }
        out.append('\n');
        String row = "  %-" + width + "s  %-16s %-16s %-16s %-16s%n";
        out.append(String.format(Locale.ROOT, row, "state machine", "states", "transitions", "retriers", "catchers"));
        for (MachineCoverage m : machines) {
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    GraphSvg.abbreviate(m.name(), width),
                    m.states(),
                    m.transitions(),
                    m.retriers(),
                    m.catchers()));
        }
        if (machines.size() > 1) {
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    "total",
                    total(machines, MachineCoverage::states),
                    total(machines, MachineCoverage::transitions),
                    total(machines, MachineCoverage::retriers),
                    total(machines, MachineCoverage::catchers)));
        }
        return out.toString();
    }

    /** The Markdown summary: a table of machines, then each machine's uncovered transitions. */
    public static String markdownSummary(CoverageData data) {
        List<MachineCoverage> machines = data.machines();
        StringBuilder out = new StringBuilder("### sfn-unit coverage\n\n");
        out.append("| State machine | Executions | States | Transitions | Retriers | Catchers |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (MachineCoverage m : machines) {
            out.append("| `")
                    .append(m.name().replace("|", "\\|"))
                    .append("` | ")
                    .append(m.executions())
                    .append(" | ")
                    .append(m.states())
                    .append(" | ")
                    .append(m.transitions())
                    .append(" | ")
                    .append(m.retriers())
                    .append(" | ")
                    .append(m.catchers())
                    .append(" |\n");
        }
        for (MachineCoverage m : machines) {
            List<String> missing = m.uncoveredTransitions();
            if (!missing.isEmpty()) {
                out.append("\n<details><summary><code>")
                        .append(Html.escape(m.name()))
                        .append("</code>: ")
                        .append(missing.size())
                        .append(" transitions never taken</summary>\n\n");
                missing.forEach(line -> out.append("- `").append(line).append("`\n"));
                out.append("\n</details>\n");
            }
        }
        return out.toString();
    }

    /**
     * Appends the Markdown summary to the file named by {@code GITHUB_STEP_SUMMARY} when that variable is set
     * (GitHub Actions shows it on the run's page); returns whether it did.
     */
    public static boolean appendToGitHubStepSummary(CoverageData data) {
        return appendToStepSummary(data, System.getenv("GITHUB_STEP_SUMMARY"));
    }

    /** {@link #appendToGitHubStepSummary} with the variable's value given: {@code null} or blank appends nothing. */
    static boolean appendToStepSummary(CoverageData data, String file) {
        if (file == null || file.isBlank()) {
            return false;
        }
        try {
            Files.writeString(
                    Path.of(file),
                    markdownSummary(data) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to GITHUB_STEP_SUMMARY " + file, e);
        }
    }

    /**
     * Minimum percentages, each over all machines together; {@code null} leaves a counter unchecked.
     *
     * @since 0.1.0
     */
    public record Thresholds(Double states, Double transitions, Double retriers, Double catchers) {}

    /**
     * The threshold check: empty when every minimum is met, else one line per counter below its minimum, followed
     * by every uncovered item of that counter, by machine, state and rule.
     */
    public static List<String> check(CoverageData data, Thresholds minimum) {
        List<MachineCoverage> machines = data.machines();
        List<String> problems = new ArrayList<>();
        checkOne(
                problems,
                machines,
                "states",
                minimum.states(),
                MachineCoverage::states,
                MachineCoverage::uncoveredStates);
        checkOne(
                problems,
                machines,
                "transitions",
                minimum.transitions(),
                MachineCoverage::transitions,
                MachineCoverage::uncoveredTransitions);
        checkOne(
                problems,
                machines,
                "retriers",
                minimum.retriers(),
                MachineCoverage::retriers,
                MachineCoverage::uncoveredRetriers);
        checkOne(
                problems,
                machines,
                "catchers",
                minimum.catchers(),
                MachineCoverage::catchers,
                MachineCoverage::uncoveredCatchers);
        return problems;
    }

    private static void checkOne(
            List<String> problems,
            List<MachineCoverage> machines,
            String what,
            Double minimum,
            Function<MachineCoverage, MachineCoverage.Counter> counter,
            Function<MachineCoverage, List<String>> uncovered) {
        if (minimum == null) {
            return;
        }
        MachineCoverage.Counter total = total(machines, counter);
        if (total.percent() + 1e-9 >= minimum) {
            return;
        }
        problems.add(String.format(
                Locale.ROOT, "%s coverage is %s, below the minimum of %s%%:", what, total, trim(minimum)));
        for (MachineCoverage m : machines) {
            for (String line : uncovered.apply(m)) {
                problems.add("  " + m.name() + ": " + line);
            }
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    static MachineCoverage.Counter total(
            List<MachineCoverage> machines, Function<MachineCoverage, MachineCoverage.Counter> counter) {
        int covered = 0;
        int all = 0;
        for (MachineCoverage m : machines) {
            covered += counter.apply(m).covered();
            all += counter.apply(m).total();
        }
        return new MachineCoverage.Counter(covered, all);
    }

    static void write(Path file, String text) {
        CoverageData.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads the data files in {@code dataDirectory}, writes the reports next to them and prints the terminal
     * summary to {@code out}; returns the exit status (0, or 1 with a message on {@code err} when there is no
     * data).
     */
    public static int report(Path dataDirectory, PrintStream out, PrintStream err) {
        CoverageData data = CoverageData.read(dataDirectory);
        if (data.isEmpty()) {
            err.println("No sfn-unit coverage data (coverage-*.json) in " + dataDirectory
                    + ": run the tests first (see docs/coverage.md)");
            return 1;
        }
        Path index = write(data, dataDirectory);
        out.print(terminalSummary(data, index));
        return 0;
    }

    /**
     * {@link #report} and then the threshold check: exit status 1 when coverage is below a minimum, with every
     * uncovered item of that counter listed on {@code err}.
     */
    public static int check(Path dataDirectory, Thresholds minimum, PrintStream out, PrintStream err) {
        int reported = report(dataDirectory, out, err);
        if (reported != 0) {
            return reported;
        }
        List<String> problems = check(CoverageData.read(dataDirectory), minimum);
        problems.forEach(err::println);
        return problems.isEmpty() ? 0 : 1;
    }

    /**
     * The no-CLI entry point: {@code report DIR} writes the reports of the data in {@code DIR} into it and prints
     * the summary; {@code check [--min-states N] [--min-transitions N] [--min-retriers N] [--min-catchers N] DIR}
     * also fails (exit status 1) when coverage is below a minimum, listing what was never exercised.
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** {@link #main} without the exit: returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CoverageCommandLine line;
        try {
            line = CoverageCommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(CoverageCommandLine.USAGE);
            return 2;
        }
        return line.run(out, err);
    }
}
