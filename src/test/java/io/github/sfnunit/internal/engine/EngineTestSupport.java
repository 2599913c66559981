package io.github.sfnunit.internal.engine;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskHandler;
import java.util.List;

/** Builds machines from definition text for the engine's tests. */
final class EngineTestSupport {

    private EngineTestSupport() {}

    static StateMachine machine(String definition) {
        return StateMachine.from(new DefinitionParser().parse(definition));
    }

    static StateMachine machine(String definition, TaskHandler handler) {
        return StateMachine.from(
                new DefinitionParser().parse(definition),
                ExecutionOptions.builder().taskHandler(handler).build());
    }

    static List<String> eventTypes(Execution execution) {
        return execution.history().stream().map(HistoryEvent::type).toList();
    }
}
