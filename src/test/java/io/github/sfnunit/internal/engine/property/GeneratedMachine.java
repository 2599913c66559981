package io.github.sfnunit.internal.engine.property;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.mock.TaskMocks;
import io.github.sfnunit.mock.TaskStub;
import java.time.Duration;
import java.util.List;

/**
 * A random valid definition with the mock answers of its Task states.
 *
 * @param definition the ASL document
 * @param scripts the answers of each mocked Task state, in call order (the last one repeats)
 * @param linear true when nothing runs concurrently and no time is random (no Parallel, Map, jitter,
 *     timestamps or paths in Wait states), so the execution's virtual duration is the sum of its parts
 */
record GeneratedMachine(ObjectNode definition, List<MockScript> scripts, boolean linear) {

    /** The answers one Task state gives, in call order. */
    record MockScript(String stateName, List<MockAnswer> answers) {}

    /**
     * One answer of a mocked task.
     *
     * @param result the task's result, {@code null} when the task fails
     * @param error the error when the task fails
     */
    record MockAnswer(JsonNode result, String error, String cause, Duration duration) {

        boolean fails() {
            return result == null;
        }
    }

    /** Fresh mocks answering as the scripts say (mocks record calls, so every run needs its own). */
    TaskMocks mocks() {
        TaskMocks mocks = new TaskMocks();
        for (MockScript script : scripts) {
            TaskStub stub = mocks.forState(script.stateName());
            for (MockAnswer answer : script.answers()) {
                if (answer.fails()) {
                    stub.thenFail(answer.error(), answer.cause());
                } else {
                    stub.thenReturn(answer.result().deepCopy());
                }
                stub.after(answer.duration());
            }
        }
        return mocks;
    }

    /** The answers of {@code stateName}, empty when it is not mocked. */
    List<MockAnswer> answersOf(String stateName) {
        return scripts.stream()
                .filter(script -> script.stateName().equals(stateName))
                .findFirst()
                .map(MockScript::answers)
                .orElse(List.of());
    }

    @Override
    public String toString() {
        return definition.toPrettyString() + System.lineSeparator() + "mocks: " + scripts;
    }
}
