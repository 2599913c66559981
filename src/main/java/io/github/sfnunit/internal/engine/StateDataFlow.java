package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.Catcher;
import io.github.sfnunit.internal.query.EvaluationContext;
import java.util.Map;

/**
 * A state's input and output processing in its query language, compiled once. The JSONPath implementation is
 * {@link JsonPathDataFlow}; JSONata states get their own. Every method throws {@link
 * io.github.sfnunit.internal.query.StatesException} with AWS's error name when AWS would fail the state.
 */
interface StateDataFlow {

    /**
     * What the state works on: JSONPath applies {@code InputPath} then {@code Parameters}; JSONata evaluates
     * {@code Arguments} (the raw input when absent).
     */
    JsonNode effectiveInput(JsonNode rawInput, EvaluationContext context);

    /**
     * The state's output from its raw input and its result (a task's raw result, a Pass state's {@code Result}
     * or effective input, a Choice or Wait state's effective input): JSONPath applies {@code ResultSelector},
     * {@code ResultPath} (into the raw input), then {@code OutputPath}; JSONata evaluates {@code Output}.
     */
    JsonNode output(JsonNode rawInput, JsonNode result, EvaluationContext context);

    /**
     * As {@link #output(JsonNode, JsonNode, EvaluationContext)}, with another {@code Output} field than the
     * state's: a JSONata Choice rule's own {@code Output}. JSONPath states have no such field.
     *
     * @param outputField the field's value in the definition; {@code null} means the state's own
     */
    default JsonNode output(JsonNode rawInput, JsonNode result, JsonNode outputField, EvaluationContext context) {
        return output(rawInput, result, context);
    }

    /**
     * The name of the one field that {@link #output} sets in a copy of the raw input, when every output of the state
     * is such a copy (JSONPath: {@code ResultPath} {@code $.name}, {@code OutputPath} {@code $}); else {@code null}.
     * The payload limit then bounds the output from the input's known bound and that field alone.
     */
    default String resultField() {
        return null;
    }

    /**
     * The output of a state whose error {@code catcher} caught: JSONPath puts the error output ({@code Error},
     * {@code Cause}) at the catcher's {@code ResultPath} in the raw input; JSONata evaluates its {@code Output}.
     */
    JsonNode caughtOutput(JsonNode rawInput, JsonNode errorOutput, Catcher catcher, EvaluationContext context);

    /**
     * The variables an {@code Assign} object sets, evaluated with the variables as they were before the state
     * (the engine applies them afterwards, in one place). {@code assign} may be {@code null}: nothing to assign.
     */
    Map<String, JsonNode> assignments(JsonNode assign, JsonNode rawInput, JsonNode result, EvaluationContext context);

    /**
     * A field given as a literal or a reference: JSONPath reads {@code path} ({@code SecondsPath}, {@code
     * TimeoutSecondsPath}, {@code ErrorPath}, ...) from {@code input} when it is set, else returns {@code
     * literal}; JSONata evaluates {@code literal} when it is a {@code {% %}} expression.
     *
     * @param field the ASL field name, for error messages, e.g. {@code TimeoutSecondsPath}
     * @return {@code null} when neither is set
     */
    JsonNode field(String field, JsonNode literal, String path, JsonNode input, EvaluationContext context);
}
