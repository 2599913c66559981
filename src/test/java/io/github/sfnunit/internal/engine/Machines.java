package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.mock.TaskHandler;
import io.github.sfnunit.mock.TaskInvocation;
import io.github.sfnunit.mock.TaskOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Builds state machines for the Map and Parallel tests, with a task handler written as a lambda. */
final class Machines {

    static final ObjectMapper JSON = new ObjectMapper();

    private Machines() {}

    static StateMachine machine(String definition) {
        return StateMachine.from(new DefinitionParser().parse(definition));
    }

    static StateMachine machine(String definition, TaskHandler handler) {
        return StateMachine.from(
                new DefinitionParser().parse(definition),
                ExecutionOptions.builder().taskHandler(handler).build());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A task handler that returns {@code answer(invocation)} after {@code duration}, and records the calls. */
    static final class Recording implements TaskHandler {
        final List<TaskInvocation> calls = new ArrayList<>();
        private final Function<TaskInvocation, TaskOutcome> answer;

        Recording(Function<TaskInvocation, TaskOutcome> answer) {
            this.answer = answer;
        }

        static Recording echoAfter(Function<TaskInvocation, Duration> duration) {
            return new Recording(call -> new TaskOutcome.Succeeded(call.input(), duration.apply(call), List.of()));
        }

        @Override
        public TaskOutcome invoke(TaskInvocation invocation) {
            calls.add(invocation);
            return answer.apply(invocation);
        }
    }
}
