package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.Catcher;
import io.github.sfnunit.asl.Choice;
import io.github.sfnunit.asl.DataFlow;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.StatesException;
import io.github.sfnunit.internal.query.jsonata.JsonataBindings;
import io.github.sfnunit.internal.query.jsonata.JsonataTemplate;
import io.github.sfnunit.internal.query.jsonata.QueryEvaluationErrors;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input and output processing of a JSONata state: {@code Arguments} (the effective input; the raw input when
 * absent), {@code Output} (the state's result when absent), {@code Assign}, a catcher's {@code Output} and
 * {@code Assign}, a matched Choice rule's {@code Output} and {@code Assign}, and every other field that may hold
 * a {@code {% %}} expression ({@code Seconds}, {@code TimeoutSeconds}, {@code Error}, {@code Items}, ...).
 *
 * <p>Every expression is compiled here, once per plan. Expressions see {@code $states.input} (the raw input),
 * {@code $states.context}, the workflow variables as they were when the state was entered, {@code
 * $states.result} in the {@code Output} and {@code Assign} of Task, Map and Parallel states, and {@code
 * $states.errorOutput} in a catcher.
 */
final class JsonataDataFlow implements StateDataFlow {

    private final boolean hasResult;
    private final JsonataTemplate arguments;
    private final JsonataTemplate output;
    /** Compiled by the identity of the definition's node: the engine hands back the node it read from the model. */
    private final Map<JsonNode, JsonataTemplate> templates = new IdentityHashMap<>();

    private final Map<JsonNode, Map<String, JsonataTemplate>> assigns = new IdentityHashMap<>();
    private final Map<JsonNode, Boolean> catcherAssigns = new IdentityHashMap<>();
    private final Map<Catcher, JsonataTemplate> catcherOutputs = new IdentityHashMap<>();

    /**
     * Compiles the state's expressions.
     *
     * @throws io.github.sfnunit.internal.query.jsonata.JsonataSyntaxException when one does not parse (the
     *     validator reports those first, with the JSON Pointer)
     */
    public JsonataDataFlow(State state) {
        DataFlow flow = state.dataFlow();
        this.hasResult = state instanceof State.Task || state instanceof State.Map || state instanceof State.Parallel;
        this.arguments = flow.arguments() == null ? null : JsonataTemplate.compile(flow.arguments(), "Arguments");
        this.output = flow.output() == null ? null : JsonataTemplate.compile(flow.output(), "Output");
        compileAssign(flow.assign(), "Assign", false);
        List<Catcher> catchers = state.catchers();
        for (int i = 0; i < catchers.size(); i++) {
            Catcher catcher = catchers.get(i);
            if (catcher.output() != null) {
                catcherOutputs.put(catcher, JsonataTemplate.compile(catcher.output(), "Catch[" + i + "]/Output"));
            }
            compileAssign(catcher.assign(), "Catch[" + i + "]/Assign", true);
        }
        if (state instanceof State.ChoiceState choice) {
            List<Choice> choices = choice.choices();
            for (int i = 0; i < choices.size(); i++) {
                compileAssign(choices.get(i).assign(), "Choices[" + i + "]/Assign", false);
                compileField(choices.get(i).output(), "Choices[" + i + "]/Output");
            }
        }
        JsonataFields.of(state).forEach((field, value) -> compileField(value, field));
    }

    private void compileField(JsonNode value, String field) {
        if (value != null) {
            templates.put(value, JsonataTemplate.compile(value, field));
        }
    }

    private void compileAssign(JsonNode assign, String field, boolean inCatcher) {
        if (assign == null) {
            return;
        }
        Map<String, JsonataTemplate> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = assign.properties().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            values.put(entry.getKey(), JsonataTemplate.compile(entry.getValue(), field + "/" + entry.getKey()));
        }
        assigns.put(assign, values);
        catcherAssigns.put(assign, inCatcher);
    }

    @Override
    public JsonNode effectiveInput(JsonNode rawInput, EvaluationContext context) {
        return arguments == null ? rawInput : arguments.evaluate(JsonataBindings.of(context, rawInput));
    }

    @Override
    public JsonNode output(JsonNode rawInput, JsonNode result, EvaluationContext context) {
        return output(rawInput, result, null, context);
    }

    @Override
    public JsonNode output(JsonNode rawInput, JsonNode result, JsonNode outputField, EvaluationContext context) {
        JsonataTemplate template = outputField == null ? output : templates.get(outputField);
        if (template == null && outputField != null) {
            template = JsonataTemplate.compile(outputField, "Output");
        }
        if (template == null) {
            return result;
        }
        return template.evaluate(bindings(rawInput, result, context));
    }

    @Override
    public JsonNode caughtOutput(JsonNode rawInput, JsonNode errorOutput, Catcher catcher, EvaluationContext context) {
        JsonataTemplate template = catcherOutputs.get(catcher);
        if (template == null) {
            return errorOutput;
        }
        return template.evaluate(JsonataBindings.of(context, rawInput).withErrorOutput(errorOutput));
    }

    /** All values are evaluated with the variables as they were before the state: none sees another. */
    @Override
    public Map<String, JsonNode> assignments(
            JsonNode assign, JsonNode rawInput, JsonNode result, EvaluationContext context) {
        if (assign == null) {
            return Map.of();
        }
        Map<String, JsonataTemplate> values = assigns.get(assign);
        if (values == null) {
            compileAssign(assign, "Assign", false);
            values = assigns.get(assign);
        }
        JsonataBindings bindings = Boolean.TRUE.equals(catcherAssigns.get(assign))
                ? JsonataBindings.of(context, rawInput).withErrorOutput(result)
                : bindings(rawInput, result, context);
        Map<String, JsonNode> assignments = new LinkedHashMap<>();
        values.forEach((name, template) -> assignments.put(name, template.evaluate(bindings)));
        return assignments;
    }

    /**
     * A field's value: a literal as written, or what its expression evaluates to over the raw input. {@code
     * field} may be the engine's JSONPath name ({@code TimeoutSecondsPath}); messages use the JSONata name.
     */
    @Override
    public JsonNode field(String field, JsonNode literal, String path, JsonNode input, EvaluationContext context) {
        if (literal == null) {
            return null;
        }
        JsonataTemplate template = templates.get(literal);
        if (template == null) {
            template = JsonataTemplate.compile(literal, JsonataFields.jsonataName(field));
        }
        return template.hasExpressions() ? template.evaluate(JsonataBindings.of(context, input)) : literal;
    }

    private JsonataBindings bindings(JsonNode rawInput, JsonNode result, EvaluationContext context) {
        JsonataBindings bindings = JsonataBindings.of(context, rawInput);
        return hasResult && result != null ? bindings.withResult(result) : bindings;
    }

    /** Fails a field that evaluated to a value of the wrong type, naming the expression as AWS does. */
    static StatesException wrongType(JsonNode literal, String field, String expected, JsonNode value) {
        String expression = JsonataTemplate.isExpression(literal)
                ? literal.textValue()
                        .substring(2, literal.textValue().length() - 2)
                        .strip()
                : JsonCodec.write(literal);
        return QueryEvaluationErrors.unexpectedType(expression, field, expected, value);
    }
}
