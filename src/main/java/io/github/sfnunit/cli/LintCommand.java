package io.github.sfnunit.cli;

import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import io.github.sfnunit.lint.Lint;
import io.github.sfnunit.lint.LintFinding;
import io.github.sfnunit.lint.LintRule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sfn-unit lint FILE...}: checks definitions against AWS's best practices ({@link LintRule}) and prints each
 * finding as text, JSON or SARIF 2.1.0. Exits as {@code validate}: 0 when no file has a finding, 1 otherwise.
 *
 * @since 0.1.0
 */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description = "Check state machine definitions against AWS's best practices; print every finding.")
public final class LintCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        text,
        json,
        sarif
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Definitions or templates (JSON or YAML).")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "text|json|sarif",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(
            names = "--disable",
            paramLabel = "RULE",
            split = ",",
            description = "A rule id not to check (repeatable, or comma-separated).")
    List<String> disabled = new ArrayList<>();

    @Mixin
    DefinitionOptions definitionOptions = new DefinitionOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String id : disabled) {
            if (LintRule.byId(id) == null) {
                spec.commandLine()
                        .getErr()
                        .println("--disable: no rule \"" + id + "\"; the rules are "
                                + java.util.Arrays.stream(LintRule.values())
                                        .map(LintRule::id)
                                        .toList());
                spec.commandLine().getErr().flush();
                return Main.USAGE;
            }
        }
        Set<String> off = Set.copyOf(disabled);
        StateMachineType type = definitionOptions.type == null ? StateMachineType.STANDARD : definitionOptions.type;
        Map<Path, List<LintFinding>> byFile = new LinkedHashMap<>();
        Map<Path, String> unsupported = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                byFile.put(
                        file,
                        Lint.check(definitionOptions.loader(), file, type).stream()
                                .filter(finding -> !off.contains(finding.rule().id()))
                                .toList());
            } catch (UnsupportedFeatureException e) {
                unsupported.put(file, e.getMessage());
            }
        }
        switch (format) {
            case json -> out.println(LintOutput.json(byFile, unsupported));
            case sarif -> out.println(LintOutput.sarif(byFile, unsupported));
            default -> out.print(LintOutput.text(byFile, unsupported));
        }
        out.flush();
        boolean clean = unsupported.isEmpty() && byFile.values().stream().allMatch(List::isEmpty);
        return clean ? 0 : 1;
    }
}
