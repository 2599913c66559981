package io.github.sfnunit.cli;

import io.github.sfnunit.asl.DefinitionLoader;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import io.github.sfnunit.asl.ValidationError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sfn-unit validate FILE...}: checks definitions (JSON, YAML, or SAM/CloudFormation/CDK templates) with the
 * rules AWS applies at CreateStateMachine time and prints one line per problem, {@code FILE: POINTER: message}.
 * Exits 0 when every file is valid, 1 otherwise.
 *
 * @since 0.1.0
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check state machine definitions the way AWS does when creating them; print every problem.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Definitions or templates (JSON or YAML).")
    List<Path> files = new ArrayList<>();

    @Mixin
    DefinitionOptions definitionOptions = new DefinitionOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DefinitionLoader loader = definitionOptions.loader();
        int invalid = 0;
        for (Path file : files) {
            try {
                StateMachineDefinition definition = loader.load(file);
                out.println(file + ": valid (" + definition.graph().states().size() + " top-level states)");
            } catch (InvalidDefinitionException e) {
                invalid++;
                for (ValidationError error : e.errors()) {
                    out.println(file + ": " + error);
                }
            } catch (UnsupportedFeatureException e) {
                invalid++;
                out.println(file + ": not supported: " + e.getMessage());
            }
        }
        if (files.size() > 1) {
            out.println((files.size() - invalid) + " of " + files.size() + " files valid");
        }
        out.flush();
        return invalid == 0 ? 0 : 1;
    }
}
