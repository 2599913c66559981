package io.github.sfnunit.replay.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskHandler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs conformance cases in-process and compares them with what AWS recorded: status, output, error, cause and
 * states by the corpus rules, and, where a history was recorded, the sequence of event types.
 */
public final class ConformanceRunner {

    /**
     * The result of one case.
     *
     * @param passed status, output/error/cause and (when recorded) the states matched
     * @param historyMatched whether the event types matched the recorded history, in order; {@code null} when the
     *     case has no recorded history or the run did not get as far as producing one
     */
    public record CaseResult(
            ConformanceCase testCase, boolean outcome, boolean passed, String reason, Boolean historyMatched) {}

    /** Loads the task handler of a case's mock config. */
    @FunctionalInterface
    public interface MockLoader {
        TaskHandler load(java.nio.file.Path mockConfig, String stateMachine, String testCase);
    }

    private final MockLoader mockLoader;

    /** A runner answering tasks from the cases' mock configs with {@link MockConfigs}. */
    public ConformanceRunner() {
        this(MockConfigs::load);
    }

    public ConformanceRunner(MockLoader mockLoader) {
        this.mockLoader = mockLoader;
    }

    /** Runs one case. Never throws: a crash of the interpreter is a failed case with the exception as reason. */
    public CaseResult run(ConformanceCase testCase) {
        ObjectNode actual;
        List<HistoryEvent> history = null;
        try {
            StateMachineDefinition definition;
            try {
                definition = new DefinitionParser(testCase.stateMachineType()).parse(testCase.definitionJson());
            } catch (InvalidDefinitionException e) {
                actual = RunnerJson.rejected(e.getMessage());
                return compare(testCase, actual, null);
            }
            if ("invalid-definition".equals(testCase.kind())) {
                actual = JsonNodeFactory.instance.objectNode().put("status", "ACCEPTED");
                return compare(testCase, actual, null);
            }
            ExecutionOptions.Builder options = ExecutionOptions.builder().stateMachineType(testCase.stateMachineType());
            if (testCase.sandboxNow() != null) {
                options.startTime(Instant.parse(testCase.sandboxNow()));
            }
            if (testCase.mockConfig() != null) {
                options.taskHandler(mockLoader.load(testCase.mockConfig(), "conformance", "default"));
            }
            JsonNode input = ConformanceCase.readJson(testCase.input());
            Execution execution = StateMachine.from(definition, options.build()).start(input);
            actual = RunnerJson.of(execution, false);
            history = execution.history();
        } catch (UnsupportedFeatureException e) {
            return new CaseResult(testCase, false, false, "unsupported: " + e.getMessage(), null);
        } catch (RuntimeException e) {
            return new CaseResult(testCase, false, false, "crashed: " + e, null);
        }
        return compare(testCase, actual, history);
    }

    private CaseResult compare(ConformanceCase testCase, ObjectNode actual, List<HistoryEvent> history) {
        CaseComparison.Verdict verdict = CaseComparison.compare(testCase.expected(), actual, testCase.kind());
        Boolean historyMatched = null;
        if (history != null && testCase.history() != null) {
            historyMatched = eventTypes(ConformanceCase.readJson(testCase.history()))
                    .equals(history.stream().map(HistoryEvent::type).toList());
        }
        return new CaseResult(testCase, verdict.outcome(), verdict.full(), verdict.reason(), historyMatched);
    }

    private static List<String> eventTypes(JsonNode recorded) {
        JsonNode events = recorded.has("events") ? recorded.get("events") : recorded;
        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.path("type").asText()));
        return types;
    }
}
