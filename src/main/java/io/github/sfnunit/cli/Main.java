package io.github.sfnunit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code sfn-unit} command line: a registry of subcommands, each in its own class.
 *
 * <pre>
 * sfn-unit validate order-flow.asl.json
 * sfn-unit run order-flow.asl.json --input '{"orderId": "o-1"}'
 * </pre>
 *
 * @since 0.1.0
 */
@Command(
        name = "sfn-unit",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Validate and run AWS Step Functions state machines locally, on a virtual clock.",
        subcommands = {
            ValidateCommand.class,
            RunCommand.class,
            ConformanceCommand.class,
            ServeCommand.class,
            ReplayCommand.class,
            CoverageCommand.class,
            LintCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Callable<Integer> {

    /** Exit code for a command line that could not be understood (picocli's convention). */
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for embedding and tests. */
    public static CommandLine commandLine() {
        // "@file" is how run takes its input from a file (--input @input.json), so picocli must not expand it
        // as an argument file.
        return new CommandLine(new Main()).setExpandAtFiles(false);
    }

    /** Without a subcommand: say what the subcommands are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** The version of the sfn-unit jar, when it runs from one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"sfn-unit " + (version == null ? "(development build)" : version)};
        }
    }
}
