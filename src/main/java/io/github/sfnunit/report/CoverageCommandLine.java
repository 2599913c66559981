package io.github.sfnunit.report;

import java.io.PrintStream;
import java.nio.file.Path;

/** The arguments of {@link CoverageReport#main}: {@code report DIR} or {@code check [--min-... N]... DIR}. */
record CoverageCommandLine(boolean check, CoverageReport.Thresholds thresholds, Path directory) {

    static final String USAGE = "Usage: CoverageReport report DIR\n"
            + "       CoverageReport check [--min-states N] [--min-transitions N] [--min-retriers N]"
            + " [--min-catchers N] DIR";

    static CoverageCommandLine parse(String[] args) {
        if (args.length == 0 || !(args[0].equals("report") || args[0].equals("check"))) {
            throw new IllegalArgumentException("The first argument must be \"report\" or \"check\"");
        }
        boolean check = args[0].equals("check");
        Double[] minimum = new Double[4];
        String[] names = {"--min-states", "--min-transitions", "--min-retriers", "--min-catchers"};
        Path directory = null;
        for (int i = 1; i < args.length; i++) {
            int option = java.util.Arrays.asList(names).indexOf(args[i]);
            if (option >= 0) {
                if (!check) {
                    throw new IllegalArgumentException(args[i] + " belongs to \"check\", not \"report\"");
                }
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a percentage, e.g. " + args[i] + " 90");
                }
                minimum[option] = percentage(args[i], args[++i]);
            } else if (args[i].startsWith("-")) {
                throw new IllegalArgumentException("Unknown option " + args[i]);
            } else if (directory != null) {
                throw new IllegalArgumentException("One data directory only, but got " + directory + " and " + args[i]);
            } else {
                directory = Path.of(args[i]);
            }
        }
        if (directory == null) {
            throw new IllegalArgumentException("Name the data directory, e.g. target/sfn-unit");
        }
        return new CoverageCommandLine(
                check, new CoverageReport.Thresholds(minimum[0], minimum[1], minimum[2], minimum[3]), directory);
    }

    /** A percentage between 0 and 100, for a message naming {@code option}. */
    static double percentage(String option, String text) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a percentage from 0 to 100, but got \"" + text + "\"");
        }
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(option + " takes a percentage from 0 to 100, but got \"" + text + "\"");
        }
        return value;
    }

    int run(PrintStream out, PrintStream err) {
        return check
                ? CoverageReport.check(directory, thresholds, out, err)
                : CoverageReport.report(directory, out, err);
    }
}
