package io.github.sfnunit.lint;

import io.github.sfnunit.asl.DefinitionLoader;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.StateGraph;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.asl.ValidationError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a definition against the {@link LintRule rules}: AWS's best practices for timeouts, heartbeats, retries,
 * Map concurrency, Choice defaults, Express limits and payload size.
 *
 * <pre>{@code
 * List<LintFinding> findings = Lint.check(definition);                          // as a Standard machine
 * List<LintFinding> express = Lint.check(definition, StateMachineType.EXPRESS);
 * }</pre>
 *
 * <p>A state silences rules for itself with a marker in its {@code Comment}: {@code "Comment": "Polls forever on
 * purpose. sfn-unit:ignore task-timeout, map-max-concurrency"}; {@code sfn-unit:ignore all} silences every rule. The
 * same marker in the definition's top-level {@code Comment} silences for the whole machine. Problems that make AWS
 * refuse the definition (found by {@link #check(DefinitionLoader, Path, StateMachineType)}) cannot be silenced.
 *
 * @since 0.1.0
 */
public final class Lint {

    private static final Pattern MARKER = Pattern.compile("sfn-unit:ignore\\s+([a-z-]+(?:\\s*,\\s*[a-z-]+)*)");

    private Lint() {}

    /** The findings of a Standard machine, in document order. */
    public static List<LintFinding> check(StateMachineDefinition definition) {
        return check(definition, StateMachineType.STANDARD);
    }

    /** The findings of a machine of this type, in document order. */
    public static List<LintFinding> check(StateMachineDefinition definition, StateMachineType type) {
        Objects.requireNonNull(definition, "definition");
        StateMachineType machineType = type == null ? StateMachineType.STANDARD : type;
        Set<String> silencedEverywhere = silenced(definition.comment());
        List<LintFinding> found = new ArrayList<>();
        if (machineType == StateMachineType.EXPRESS) {
            TaskRules.expressMachineTimeout(definition, found);
        }
        walk(definition.graph(), machineType, silencedEverywhere, found);
        return List.copyOf(found);
    }

    /**
     * Loads a definition file with {@code loader} and checks it. When AWS would refuse the definition, the findings
     * are the validation problems instead, each under its rule ({@code unreachable-state}, {@code
     * catch-all-not-last}, {@code express-duration}, else {@code invalid-definition}).
     *
     * @param type the machine's type; configure {@code loader} with the same one
     * @throws io.github.sfnunit.asl.UnsupportedFeatureException when the definition uses a feature sfn-unit cannot
     *     read yet
     */
    public static List<LintFinding> check(DefinitionLoader loader, Path file, StateMachineType type) {
        StateMachineDefinition definition;
        try {
            definition = loader.load(file);
        } catch (InvalidDefinitionException e) {
            return e.errors().stream().map(Lint::refused).toList();
        }
        return check(definition, type);
    }

    /** A validation problem as a finding of the rule that names it. */
    static LintFinding refused(ValidationError error) {
        String message = error.message();
        LintRule rule;
        if (message.contains("is not reachable")) {
            rule = LintRule.UNREACHABLE_STATE;
            message = message + "; remove the state or add a transition to it (AWS refuses the definition)";
        } else if (message.contains("\"States.ALL\" must be the last")) {
            rule = LintRule.CATCH_ALL_NOT_LAST;
            message = message + ": the ones after it could never match; move it last (AWS refuses the definition)";
        } else if (message.startsWith("Express state machine does not support")) {
            rule = LintRule.EXPRESS_DURATION;
            message = message + ": an Express execution lasts at most 5 minutes and cannot wait for a job or a"
                    + " callback; use a Standard machine (AWS refuses the definition)";
        } else {
            rule = LintRule.INVALID_DEFINITION;
        }
        return new LintFinding(rule, error.pointer(), error.stateName(), message);
    }

    private static void walk(
            StateGraph graph, StateMachineType type, Set<String> silencedEverywhere, List<LintFinding> found) {
        for (State state : graph.states().values()) {
            List<LintFinding> ofState = new ArrayList<>();
            TaskRules.check(state, type, ofState);
            ErrorHandlingRules.check(state, ofState);
            MapRules.check(state, ofState);
            ChoiceCoverage.check(state, ofState);
            Set<String> silenced = silenced(state.comment());
            for (LintFinding finding : ofState) {
                String id = finding.rule().id();
                boolean off = silenced.contains(id)
                        || silenced.contains("all")
                        || silencedEverywhere.contains(id)
                        || silencedEverywhere.contains("all");
                if (!off) {
                    found.add(finding);
                }
            }
            if (state instanceof State.Parallel parallel) {
                parallel.branches().forEach(branch -> walk(branch, type, silencedEverywhere, found));
            } else if (state instanceof State.Map map && map.itemProcessor() != null) {
                walk(map.itemProcessor(), type, silencedEverywhere, found);
            }
        }
    }

    /** The rule ids a {@code Comment}'s {@code sfn-unit:ignore} markers name. */
    static Set<String> silenced(String comment) {
        if (comment == null) {
            return Set.of();
        }
        Matcher matcher = MARKER.matcher(comment);
        Set<String> ids = new java.util.HashSet<>();
        while (matcher.find()) {
            ids.addAll(Arrays.stream(matcher.group(1).split(","))
                    .map(String::strip)
                    .collect(Collectors.toSet()));
        }
        return ids;
    }
}
