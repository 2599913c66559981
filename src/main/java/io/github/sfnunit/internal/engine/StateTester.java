package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.Catcher;
import io.github.sfnunit.asl.QueryLanguage;
import io.github.sfnunit.asl.Retrier;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.StateGraph;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.internal.query.ContextObject;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.JsonPathExpression;
import io.github.sfnunit.internal.query.PayloadTemplate;
import io.github.sfnunit.internal.query.StatesException;
import io.github.sfnunit.mock.TaskHandler;
import io.github.sfnunit.mock.TaskInvocation;
import io.github.sfnunit.mock.TaskOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Runs one state of a definition once, as AWS's TestState does: its input and output processing, its work (a
 * Task's mocked result or error, or its task handler; a Map's or Parallel's mocked result or error), then Retry
 * (decided by the given retry count, never waited for) and Catch. Nothing is scheduled and no history is written:
 * a Wait does not wait and a retry is reported, not run.
 */
public final class StateTester {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final State state;
    private final StateTestSpec spec;
    private final StateDataFlow flow;
    private final ContextObject builtContext;
    private final EvaluationContext context;
    private final FiberVariables variables = new FiberVariables(null);
    private final Map<String, JsonNode> inspection = new LinkedHashMap<>();

    private StateTester(State state, StateTestSpec spec) {
        this.state = state;
        this.spec = spec;
        this.flow = new PlanCompiler().dataFlowFor(state);
        variables.assign(spec.variables());
        SplittableRandom random = new SplittableRandom(spec.options().seed());
        this.builtContext = spec.context() == null ? defaultContext(state, spec, random) : null;
        JsonNode contextJson = spec.context() != null ? spec.context() : builtContext.toJson();
        this.context = new EvaluationContext(contextJson, variables, random);
    }

    /**
     * Tests the state named {@code stateName} (at any depth: a Parallel branch's or a Map processor's states
     * count) of {@code definition}.
     *
     * @throws IllegalArgumentException when the test does not fit the state (no such state, a mock on a Pass
     *     state, a Map with both a result and an error, ...); the message names the field
     * @throws io.github.sfnunit.asl.InvalidDefinitionException for a Map or Parallel state without a mock, as AWS
     * @throws io.github.sfnunit.mock.UnmockedTaskException when an unmocked Task's handler has no answer
     */
    public static StateTestOutcome test(StateMachineDefinition definition, String stateName, StateTestSpec spec) {
        State state = find(definition.graph(), stateName);
        if (state == null) {
            List<String> names = new ArrayList<>();
            collectNames(definition.graph(), names);
            throw new IllegalArgumentException(
                    "stateName: '" + stateName + "' is not a state of the definition; its states are " + names);
        }
        StateTestChecks.check(state, spec);
        return new StateTester(state, spec).run();
    }

    private static State find(StateGraph graph, String name) {
        State found = graph.state(name);
        if (found != null) {
            return found;
        }
        for (StateGraph nested : nestedGraphs(graph)) {
            found = find(nested, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void collectNames(StateGraph graph, List<String> names) {
        names.addAll(graph.states().keySet());
        nestedGraphs(graph).forEach(nested -> collectNames(nested, names));
    }

    /** The Parallel branches and Map processors directly inside {@code graph}. */
    static List<StateGraph> nestedGraphs(StateGraph graph) {
        List<StateGraph> nested = new ArrayList<>();
        for (State each : graph.states().values()) {
            if (each instanceof State.Parallel parallel) {
                nested.addAll(parallel.branches());
            } else if (each instanceof State.Map map) {
                nested.add(map.itemProcessor());
            }
        }
        return nested;
    }

    private static ContextObject defaultContext(State state, StateTestSpec spec, SplittableRandom random) {
        EngineOptions options = spec.options();
        String name = options.executionName() != null
                ? options.executionName()
                : new UUID(random.nextLong(), random.nextLong()).toString();
        ContextObject execution = ContextObject.forExecution(
                options.executionArn(name, name),
                spec.input(),
                name,
                options.roleArn(),
                options.startTime(),
                0,
                options.stateMachineArn(),
                options.stateMachineName());
        ContextObject entered = execution.enterState(state.name(), options.startTime());
        return hasAttempts(state) ? entered.withRetryCount(spec.retrierRetryCount()) : entered;
    }

    static boolean hasAttempts(State state) {
        return state instanceof State.Task || state instanceof State.Map || state instanceof State.Parallel;
    }

    private boolean jsonPath() {
        return state.queryLanguage() == QueryLanguage.JSONPATH;
    }

    private StateTestOutcome run() {
        JsonNode raw = spec.input();
        inspection.put("input", raw);
        try {
            if (state instanceof State.Fail fail) {
                FailExecutor executor = new FailExecutor(fail);
                return failed(executor.error(flow, raw, context), executor.cause(flow, raw, context));
            }
            if (state instanceof State.Map map) {
                return map(map, raw);
            }
            JsonNode effectiveInput = effectiveInput(raw);
            if (state instanceof State.Pass pass) {
                return succeeded(raw, pass.result() != null ? pass.result() : effectiveInput, pass.next(), null);
            }
            if (state instanceof State.Wait wait) {
                // Checks the wait's fields as AWS does, then moves on at once: TestState never waits.
                new WaitExecutor(wait).until(spec.options().startTime(), flow, effectiveInput, context);
                return succeeded(raw, effectiveInput, wait.next(), null);
            }
            if (state instanceof State.Succeed) {
                return succeeded(raw, effectiveInput, null, null);
            }
            if (state instanceof State.ChoiceState choice) {
                return choice(choice, raw, effectiveInput);
            }
            return worked(raw, effectiveInput);
        } catch (StatesException e) {
            return handle(raw, e.error(), e.cause());
        }
    }

    /**
     * The effective input. JSONPath records {@code afterInputPath}, and {@code afterParameters} for the states that
     * have {@code Parameters}; JSONata records {@code afterArguments} for the states that have {@code Arguments}.
     */
    private JsonNode effectiveInput(JsonNode raw) {
        boolean parameterized =
                state instanceof State.Pass || state instanceof State.Task || state instanceof State.Parallel;
        if (flow instanceof JsonPathDataFlow jsonPathFlow) {
            JsonNode afterInputPath = jsonPathFlow.afterInputPath(raw, context);
            inspection.put("afterInputPath", afterInputPath);
            JsonNode afterParameters = jsonPathFlow.afterParameters(afterInputPath, context);
            if (parameterized) {
                inspection.put("afterParameters", afterParameters);
            }
            return afterParameters;
        }
        JsonNode afterArguments = flow.effectiveInput(raw, context);
        if (parameterized && !(state instanceof State.Pass)) {
            inspection.put("afterArguments", afterArguments);
        }
        return afterArguments;
    }

    private StateTestOutcome choice(State.ChoiceState choice, JsonNode raw, JsonNode effectiveInput) {
        ChoiceExecutor executor = new ChoiceExecutor(choice);
        int matched = executor.firstMatch(effectiveInput, context);
        if (matched >= 0) {
            var rule = choice.choices().get(matched);
            return succeeded(raw, effectiveInput, rule.next(), executor.assignOf(rule), rule.output());
        }
        if (choice.defaultState() != null) {
            return succeeded(raw, effectiveInput, choice.defaultState(), null);
        }
        throw ChoiceExecutor.noMatch();
    }

    /** A Task's or Parallel's result: mocked, or (a Task without a mock) its task handler's answer. */
    private StateTestOutcome worked(JsonNode raw, JsonNode effectiveInput) {
        if (spec.mockError() != null) {
            return handle(raw, spec.mockError(), spec.mockCause());
        }
        if (spec.mockResult() != null) {
            return succeeded(raw, spec.mockResult(), state.next(), null);
        }
        State.Task task = (State.Task) state;
        TaskOutcome outcome = invoke(task, effectiveInput);
        if (outcome instanceof TaskOutcome.Succeeded succeeded) {
            return succeeded(raw, succeeded.result(), task.next(), null);
        }
        if (outcome instanceof TaskOutcome.Failed failed) {
            return handle(raw, failed.error(), failed.cause());
        }
        throw new UnsupportedFeatureException("Task state '" + task.name()
                + "': its task handler answered that the task waits for a callback; TestState runs such a task only"
                + " with a mock (mock.result or mock.errorOutput)");
    }

    private TaskOutcome invoke(State.Task task, JsonNode parameters) {
        TaskHandler handler = spec.options().taskHandler();
        if (handler == null) {
            throw TaskExecutor.noHandler(task);
        }
        TaskInvocation invocation = TaskInvocations.withLazyContext(
                task.name(),
                task.name(),
                task.resource(),
                parameters,
                spec.retrierRetryCount(),
                0,
                spec.options().startTime(),
                context::contextObject,
                null);
        TaskOutcome outcome = handler.invoke(invocation);
        if (outcome == null) {
            throw new IllegalStateException("The task handler returned null for state '" + task.name() + "'");
        }
        return outcome;
    }

    private StateTestOutcome map(State.Map map, JsonNode raw) {
        JsonNode effectiveInput = raw;
        if (jsonPath()) {
            effectiveInput = ((JsonPathDataFlow) flow).afterInputPath(raw, context);
            inspection.put("afterInputPath", effectiveInput);
        }
        ArrayNode items;
        String source = ContextObject.STATE_DATA;
        if (map.itemReader() != null) {
            MapItems read =
                    new ItemReaderSource(map).itemsFromData(spec.mapItemReaderData(), flow, effectiveInput, context);
            items = read.items();
            source = read.source();
        } else if (jsonPath()) {
            JsonNode selected = JsonPathExpression.compile(map.itemsPath()).read(effectiveInput, context);
            inspection.put("afterItemsPath", selected);
            if (!(selected instanceof ArrayNode array)) {
                throw new StatesException(
                        ErrorNames.RUNTIME,
                        "The ItemsPath field refers to value " + JsonCodec.write(selected)
                                + " which is not a valid array: " + map.itemsPath());
            }
            items = array;
        } else {
            JsonNode value = map.items() == null ? raw : flow.field("Items", map.items(), null, raw, context);
            if (!(value instanceof ArrayNode array)) {
                throw new StatesException(
                        ErrorNames.QUERY_EVALUATION_ERROR,
                        "Map state items must be an array but were: " + JsonCodec.write(value));
            }
            items = array;
        }
        ArrayNode inputs = items;
        if (map.itemSelector() != null) {
            inputs = selectEach(items, source, itemSelection(map, raw, effectiveInput));
            inspection.put("afterItemSelector", inputs);
        }
        if (map.isDistributed() && map.itemBatcher() != null) {
            ArrayNode selected = inputs;
            inspection.put(
                    "afterItemBatcher",
                    new ItemBatches(map).group(flow, raw, effectiveInput, context, selected.size(), selected::get));
        }
        JsonNode concurrency =
                flow.field("MaxConcurrencyPath", map.maxConcurrency(), map.maxConcurrencyPath(), raw, context);
        int maxConcurrency = MapLimits.maxConcurrency(map, flow, raw, context);
        MapLimits limits = MapLimits.evaluate(map, flow, raw, context, maxConcurrency);
        if (limits.toleratedCount() != null) {
            inspection.put("toleratedFailureCount", NODES.numberNode(limits.toleratedCount()));
        }
        if (limits.toleratedPercentage() != null) {
            inspection.put("toleratedFailurePercentage", NODES.numberNode(limits.toleratedPercentage()));
        }
        inspection.put("maxConcurrency", NODES.numberNode(concurrency == null ? 0 : concurrency.asInt()));
        Integer failures = spec.mapIterationFailureCount();
        if (failures != null && spec.mockError() == null && limits.exceeded(failures, items.size())) {
            return handle(raw, MapRun.EXCEED_TOLERATED_FAILURE_THRESHOLD, MapRun.THRESHOLD_CAUSE);
        }
        return worked(raw, items);
    }

    /** JSONPath: {@code ItemSelector} over the effective input; JSONata: its expressions over the raw input. */
    private ItemSelection itemSelection(State.Map map, JsonNode raw, JsonNode effectiveInput) {
        if (jsonPath()) {
            PayloadTemplate selector = PayloadTemplate.compile(map.itemSelector(), map.pointer() + "/ItemSelector");
            return (index, itemContext) -> selector.evaluate(effectiveInput, itemContext);
        }
        return (index, itemContext) -> flow.field("ItemSelector", map.itemSelector(), null, raw, itemContext);
    }

    @FunctionalInterface
    private interface ItemSelection {
        JsonNode select(int index, EvaluationContext itemContext);
    }

    /** What each iteration would receive: the item selector with {@code $$.Map.Item} set. */
    private ArrayNode selectEach(ArrayNode items, String source, ItemSelection selection) {
        ArrayNode selected = NODES.arrayNode();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            JsonNode itemContextJson;
            if (builtContext != null) {
                itemContextJson = builtContext.withMapItem(i, item, source).toJson();
            } else {
                ObjectNode copy =
                        spec.context().isObject() ? ((ObjectNode) spec.context()).deepCopy() : NODES.objectNode();
                ObjectNode mapItem = copy.putObject("Map").putObject("Item");
                mapItem.put("Index", i).set("Value", item);
                mapItem.put("Source", source);
                itemContextJson = copy;
            }
            selected.add(selection.select(i, new EvaluationContext(itemContextJson, variables, context.random())));
        }
        return selected;
    }

    private StateTestOutcome succeeded(JsonNode raw, JsonNode result, String next, JsonNode assign) {
        return succeeded(raw, result, next, assign == null ? state.dataFlow().assign() : assign, null);
    }

    /** Output processing and {@code Assign}: a failure there goes to Retry and Catch, as in an execution. */
    private StateTestOutcome succeeded(
            JsonNode raw, JsonNode result, String next, JsonNode assign, JsonNode outputField) {
        try {
            boolean hasResult = hasAttempts(state);
            if (hasResult) {
                inspection.put("result", result);
            }
            Map<String, JsonNode> assignments = flow.assignments(assign, raw, result, context);
            JsonNode output;
            if (flow instanceof JsonPathDataFlow jsonPathFlow && producesResult()) {
                JsonNode selected = jsonPathFlow.afterResultSelector(result, context);
                inspection.put("afterResultSelector", selected);
                JsonNode combined = jsonPathFlow.afterResultPath(raw, selected);
                inspection.put("afterResultPath", combined);
                output = jsonPathFlow.afterOutputPath(combined, context);
            } else {
                output = flow.output(raw, result, outputField, context);
            }
            variables.assign(assignments);
            return outcome(StateTestOutcome.Status.SUCCEEDED, output, null, null, next, null, null, null);
        } catch (StatesException e) {
            return handle(raw, e.error(), e.cause());
        }
    }

    /** States with {@code ResultSelector}/{@code ResultPath}: Pass, Task, Map, Parallel. */
    private boolean producesResult() {
        return state instanceof State.Pass || hasAttempts(state);
    }

    /**
     * An error of the state: the first retrier whose {@code ErrorEquals} matches retries it while the given retry
     * count is below its {@code MaxAttempts}; else the first matching catcher leaves the state; else it fails.
     */
    private StateTestOutcome handle(JsonNode raw, String error, String cause) {
        List<Retrier> retriers = state.retry();
        for (int i = 0; i < retriers.size(); i++) {
            Retrier retrier = retriers.get(i);
            if (ErrorNames.matches(retrier.errorEquals(), error)) {
                if (spec.retrierRetryCount() < retrier.maxAttempts()) {
                    double backoff = RetryPolicy.backoffSeconds(retrier, spec.retrierRetryCount() + 1);
                    return outcome(
                            StateTestOutcome.Status.RETRIABLE, null, error, cause, state.name(), i, backoff, null);
                }
                break;
            }
        }
        List<Catcher> catchers = state.catchers();
        for (int i = 0; i < catchers.size(); i++) {
            Catcher catcher = catchers.get(i);
            if (ErrorNames.matches(catcher.errorEquals(), error)) {
                return caught(raw, i, catcher, error, cause);
            }
        }
        return failed(error, cause);
    }

    private StateTestOutcome caught(JsonNode raw, int index, Catcher catcher, String error, String cause) {
        try {
            ObjectNode errorOutput = NODES.objectNode();
            errorOutput.put("Error", error);
            errorOutput.put("Cause", cause);
            Map<String, JsonNode> assignments = flow.assignments(catcher.assign(), raw, errorOutput, context);
            JsonNode output = flow.caughtOutput(raw, errorOutput, catcher, context);
            variables.assign(assignments);
            return outcome(
                    StateTestOutcome.Status.CAUGHT_ERROR, output, error, cause, catcher.next(), null, null, index);
        } catch (StatesException e) {
            return failed(e.error(), e.cause());
        }
    }

    private StateTestOutcome failed(String error, String cause) {
        return outcome(StateTestOutcome.Status.FAILED, null, error, cause, null, null, null, null);
    }

    private StateTestOutcome outcome(
            StateTestOutcome.Status status,
            JsonNode output,
            String error,
            String cause,
            String next,
            Integer retryIndex,
            Double backoff,
            Integer catchIndex) {
        return new StateTestOutcome(
                status, output, error, cause, next, inspection, variables.snapshot(), retryIndex, backoff, catchIndex);
    }
}
