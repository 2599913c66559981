package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnunit.asl.Catcher;
import io.github.sfnunit.asl.DataFlow;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.IntrinsicFunction;
import io.github.sfnunit.internal.query.JsonPathExpression;
import io.github.sfnunit.internal.query.PayloadTemplate;
import io.github.sfnunit.internal.query.ReferencePath;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input and output processing of a JSONPath state, in AWS's order: {@code InputPath}, {@code Parameters}, (the
 * state's work), {@code ResultSelector}, {@code ResultPath}, {@code OutputPath}. A {@code null} InputPath or
 * OutputPath gives {@code {}}; a {@code null} ResultPath keeps the raw input. Everything is compiled once.
 */
final class JsonPathDataFlow implements StateDataFlow {

    private final JsonPathExpression inputPath;
    private final PayloadTemplate parameters;
    private final PayloadTemplate resultSelector;
    private final ReferencePath resultPath;
    private final boolean discardResult;
    private final JsonPathExpression outputPath;
    /** See {@link #resultField()}. */
    private final String resultField;
    // By identity: the engine looks up the model's own catchers and Assign nodes, and a record's or a JSON tree's
    // hashCode walks all of it (it showed in profiles of every caught error).
    private final Map<Catcher, ReferencePath> catcherPaths = new IdentityHashMap<>();
    private final Map<JsonNode, PayloadTemplate> assignTemplates = new IdentityHashMap<>();
    private final Map<String, FieldReader> fieldReaders = new HashMap<>();

    public JsonPathDataFlow(State state) {
        DataFlow flow = state.dataFlow();
        String at = state.pointer();
        this.inputPath = flow.inputPath() == null ? null : JsonPathExpression.compile(flow.inputPath());
        this.parameters =
                flow.parameters() == null ? null : PayloadTemplate.compile(flow.parameters(), at + "/Parameters");
        this.resultSelector = flow.resultSelector() == null
                ? null
                : PayloadTemplate.compile(flow.resultSelector(), at + "/ResultSelector");
        this.discardResult = flow.resultPath() == null;
        this.resultPath = discardResult ? null : ReferencePath.compile(flow.resultPath());
        this.outputPath = flow.outputPath() == null ? null : JsonPathExpression.compile(flow.outputPath());
        this.resultField =
                resultPath != null && outputPath != null && outputPath.text().equals("$")
                        ? resultPath.singleField()
                        : null;
        for (Catcher catcher : state.catchers()) {
            if (catcher.resultPath() != null) {
                catcherPaths.put(catcher, ReferencePath.compile(catcher.resultPath()));
            }
            compileAssign(catcher.assign(), at + "/Catch");
        }
        compileAssign(flow.assign(), at + "/Assign");
        if (state instanceof State.ChoiceState choice) {
            choice.choices().forEach(c -> compileAssign(c.assign(), at + "/Choices"));
        }
        for (String path : pathFields(state)) {
            fieldReaders.put(path, FieldReader.compile(path));
        }
    }

    private void compileAssign(JsonNode assign, String at) {
        if (assign != null) {
            assignTemplates.put(assign, PayloadTemplate.compile(assign, at));
        }
    }

    private static List<String> pathFields(State state) {
        java.util.ArrayList<String> paths = new java.util.ArrayList<>();
        if (state instanceof State.Task task) {
            addIfSet(paths, task.timeoutSecondsPath());
            addIfSet(paths, task.heartbeatSecondsPath());
        } else if (state instanceof State.Fail fail) {
            addIfSet(paths, fail.errorPath());
            addIfSet(paths, fail.causePath());
        }
        return paths;
    }

    private static void addIfSet(List<String> paths, String path) {
        if (path != null) {
            paths.add(path);
        }
    }

    @Override
    public JsonNode effectiveInput(JsonNode rawInput, EvaluationContext context) {
        return afterParameters(afterInputPath(rawInput, context), context);
    }

    @Override
    public JsonNode output(JsonNode rawInput, JsonNode result, EvaluationContext context) {
        return afterOutputPath(afterResultPath(rawInput, afterResultSelector(result, context)), context);
    }

    @Override
    public String resultField() {
        return resultField;
    }

    // The stages one by one, for TestState's inspection data; effectiveInput and output are their compositions.

    /** {@code InputPath} applied to the raw input ({@code null}: {@code {}}). */
    JsonNode afterInputPath(JsonNode rawInput, EvaluationContext context) {
        return inputPath == null ? empty() : inputPath.read(rawInput, context);
    }

    /** {@code Parameters} evaluated over what {@code InputPath} selected (absent: that selection). */
    JsonNode afterParameters(JsonNode afterInputPath, EvaluationContext context) {
        return parameters == null ? afterInputPath : parameters.evaluate(afterInputPath, context);
    }

    /** {@code ResultSelector} evaluated over the state's result (absent: the result). */
    JsonNode afterResultSelector(JsonNode result, EvaluationContext context) {
        return resultSelector == null ? result : resultSelector.evaluate(result, context);
    }

    /** The selected result put into the raw input at {@code ResultPath} ({@code null}: the raw input). */
    JsonNode afterResultPath(JsonNode rawInput, JsonNode selected) {
        return discardResult ? rawInput : resultPath.insert(rawInput, selected);
    }

    /** {@code OutputPath} applied to the combined result ({@code null}: {@code {}}): the state's output. */
    JsonNode afterOutputPath(JsonNode combined, EvaluationContext context) {
        return outputPath == null ? empty() : outputPath.read(combined, context);
    }

    @Override
    public JsonNode caughtOutput(JsonNode rawInput, JsonNode errorOutput, Catcher catcher, EvaluationContext context) {
        ReferencePath path = catcherPaths.get(catcher);
        return path == null ? rawInput : path.insert(rawInput, errorOutput);
    }

    /**
     * JSONPath {@code Assign} is a payload template evaluated on the state's result (after {@code
     * ResultSelector}; the error output in a catcher; the effective input in Choice, Pass and Wait states).
     */
    @Override
    public Map<String, JsonNode> assignments(
            JsonNode assign, JsonNode rawInput, JsonNode result, EvaluationContext context) {
        if (assign == null) {
            return Map.of();
        }
        PayloadTemplate template = assignTemplates.get(assign);
        if (template == null) {
            template = PayloadTemplate.compile(assign);
        }
        JsonNode values = template.evaluate(result, context);
        Map<String, JsonNode> assignments = new LinkedHashMap<>();
        values.properties().forEach(e -> assignments.put(e.getKey(), e.getValue()));
        return assignments;
    }

    @Override
    public JsonNode field(String field, JsonNode literal, String path, JsonNode input, EvaluationContext context) {
        if (path == null) {
            return literal;
        }
        FieldReader reader = fieldReaders.get(path);
        return (reader != null ? reader : FieldReader.compile(path)).read(field, input, context);
    }

    private static JsonNode empty() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A {@code ...Path} field: a path, or (for {@code ErrorPath} and {@code CausePath}) an intrinsic call. */
    private record FieldReader(JsonPathExpression path, IntrinsicFunction intrinsic) {

        static FieldReader compile(String text) {
            return IntrinsicFunction.looksLikeCall(text)
                    ? new FieldReader(null, IntrinsicFunction.compile(text))
                    : new FieldReader(JsonPathExpression.compile(text), null);
        }

        JsonNode read(String field, JsonNode input, EvaluationContext context) {
            if (intrinsic != null) {
                return intrinsic.evaluate(input, context, field);
            }
            // AWS words a missing ErrorPath/CausePath like a payload template field, the others as a bad path.
            return "ErrorPath".equals(field) || "CausePath".equals(field)
                    ? path.readField(input, context, field)
                    : path.read(input, context);
        }
    }
}
