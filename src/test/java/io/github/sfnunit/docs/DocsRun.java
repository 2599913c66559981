package io.github.sfnunit.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.mock.TaskHandler;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Runs the examples of AWS's Step Functions Developer Guide: a definition (or one state of it) and an input, and what
 * came out. Each docs test class cites its page in {@code @DisplayName}; each case is one rule or example of it.
 */
final class DocsRun {

    static final ObjectMapper JSON = new ObjectMapper();

    private DocsRun() {}

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Execution run(String definition, String input) {
        return StateMachine.from(new DefinitionParser().parse(definition)).start(input);
    }

    static Execution run(String definition, String input, TaskHandler handler) {
        return StateMachine.from(
                        new DefinitionParser().parse(definition),
                        ExecutionOptions.builder().taskHandler(handler).build())
                .start(input);
    }

    /** The output of a one-state JSONPath machine whose state {@code S} is {@code stateBody}. */
    static Execution state(String stateBody, String input) {
        return run("{\"StartAt\": \"S\", \"States\": {\"S\": " + stateBody + "}}", input);
    }

    /** A Pass state with {@code "Parameters": parameters}. */
    static Execution passParameters(String parameters, String input) {
        return state("{\"Type\": \"Pass\", \"Parameters\": " + parameters + ", \"End\": true}", input);
    }

    /** A JSONata Pass state whose {@code Output} is {@code {% expression %}}. */
    static Execution jsonata(String expression, String input) {
        return run(
                "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Pass\","
                        + " \"Output\": " + JSON.valueToTree("{% " + expression + " %}") + ", \"End\": true}}}",
                input);
    }

    /**
     * Runs the definition, or {@code null} when it is refused as invalid: for rules the docs state without saying
     * whether AWS finds the problem when the machine is created or when it runs.
     */
    static Execution runUnlessRefused(String definition, String input) {
        try {
            return run(definition, input);
        } catch (InvalidDefinitionException refused) {
            return null;
        }
    }

    /** The validation errors of a definition, {@code pointer: message}; empty when valid. */
    static List<String> errors(String definition) {
        try {
            new DefinitionParser().parse(definition);
            return List.of();
        } catch (InvalidDefinitionException e) {
            return e.errors().stream().map(Object::toString).toList();
        }
    }
}
