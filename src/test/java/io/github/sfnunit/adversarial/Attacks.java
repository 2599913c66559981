package io.github.sfnunit.adversarial;

import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.mock.TaskMocks;

/** What the attacks share: machines from definition text, with or without mocks. */
final class Attacks {

    private Attacks() {}

    static StateMachine machine(String definition) {
        return StateMachine.from(new DefinitionParser().parse(definition));
    }

    static StateMachine machine(String definition, TaskMocks mocks) {
        return machine(definition).withTaskHandler(mocks);
    }

    static StateMachine express(String definition) {
        return StateMachine.from(
                new DefinitionParser().parse(definition),
                ExecutionOptions.defaults().toBuilder()
                        .stateMachineType(StateMachineType.EXPRESS)
                        .build());
    }

    /** A one-state machine: {@code state} is the JSON of a state named "S" that ends the execution. */
    static String oneState(String state) {
        return "{\"StartAt\": \"S\", \"States\": {\"S\": " + state + "}}";
    }

    /** A one-state JSONata machine. */
    static String oneJsonataState(String state) {
        return "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"S\", \"States\": {\"S\": " + state + "}}";
    }

    /** {@code text} repeated {@code times} times. */
    static String repeat(String text, int times) {
        return text.repeat(times);
    }
}
