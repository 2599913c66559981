package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.internal.Memo;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds the {@code $$} context object as AWS shapes it:
 *
 * <pre>{@code
 * {"Execution": {"Id", "Input", "StartTime", "Name", "RoleArn", "RedriveCount"},
 *  "StateMachine": {"Id", "Name"},
 *  "State": {"Name", "EnteredTime", "RetryCount"},      RetryCount only where AWS gives it (Task states)
 *  "Task": {"Token"},                                   only for .waitForTaskToken tasks
 *  "Map": {"Item": {"Index", "Value", "Source"}}}       only in a Map state's ItemSelector
 * }</pre>
 *
 * <p>The execution and state machine parts are built at most once per execution, when a {@code $$} is first
 * needed, and shared by every state's context object; each state entry only adds its {@code State} part.
 *
 * <pre>{@code
 * ContextObject execution = ContextObject.forExecution(executionArn, input, name, roleArn, startTime, 0,
 *         stateMachineArn, stateMachineName);
 * JsonNode dollarDollar = execution.enterState("ChargeCard", enteredTime).withRetryCount(0).toJson();
 * }</pre>
 */
public final class ContextObject {

    /** AWS's timestamp format in the context object, e.g. {@code 2025-01-01T00:00:00.000Z}. */
    public static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Memo<ExecutionParts> execution;
    private final ObjectNode state;
    private final ObjectNode task;
    private final ObjectNode map;

    private ContextObject(Memo<ExecutionParts> execution, ObjectNode state, ObjectNode task, ObjectNode map) {
        this.execution = execution;
        this.state = state;
        this.task = task;
        this.map = map;
    }

    /**
     * The {@code Execution} and {@code StateMachine} parts, shared by every context object of an execution and
     * built on the first {@link #toJson()}: an execution whose states never read {@code $$} never builds them.
     */
    private record ExecutionParts(ObjectNode execution, ObjectNode stateMachine) {}

    /**
     * What the {@link ExecutionParts} are built from, on the first read. A class rather than capturing lambdas: every
     * execution makes one, and a lambda capturing eight values showed in profiles of short executions (about 5% of
     * a three-Task execution) where the JIT left its creation to the method-handle path.
     */
    private record ExecutionSource(
            String executionId,
            JsonNode input,
            String executionName,
            String roleArn,
            Instant startTime,
            Integer redriveCount,
            String stateMachineId,
            String stateMachineName)
            implements Supplier<ExecutionParts> {

        @Override
        public ExecutionParts get() {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            ObjectNode node = nodes.objectNode();
            node.put("Id", executionId);
            node.set("Input", input == null ? nodes.nullNode() : input);
            node.put("StartTime", timestamp(startTime));
            node.put("Name", executionName);
            node.put("RoleArn", roleArn);
            if (redriveCount != null) {
                node.put("RedriveCount", redriveCount);
            }
            ObjectNode stateMachine = nodes.objectNode();
            stateMachine.put("Id", stateMachineId);
            stateMachine.put("Name", stateMachineName);
            return new ExecutionParts(node, stateMachine);
        }
    }

    /**
     * The execution-wide part of the context object, before any state is entered.
     *
     * @param redriveCount {@code null} for an Express execution, which cannot be redriven: AWS gives it no {@code
     *     Execution.RedriveCount}
     */
    public static ContextObject forExecution(
            String executionId,
            JsonNode input,
            String executionName,
            String roleArn,
            Instant startTime,
            Integer redriveCount,
            String stateMachineId,
            String stateMachineName) {
        return new ContextObject(
                Memo.of(new ExecutionSource(
                        executionId,
                        input,
                        executionName,
                        roleArn,
                        startTime,
                        redriveCount,
                        stateMachineId,
                        stateMachineName)),
                null,
                null,
                null);
    }

    /** AWS's text for an instant in the context object, e.g. {@code 2025-01-01T00:00:00.000Z}. */
    public static String timestamp(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        // Every state entry formats its EnteredTime: the pattern formatter (zone rules, print contexts) was a
        // quarter of a Pass transition's cost in the benchmarks, so four-digit years take this direct route.
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            return TIMESTAMP.format(instant);
        }
        char[] text = new char[24];
        digits(text, 0, utc.getYear(), 4);
        text[4] = '-';
        digits(text, 5, utc.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, utc.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, utc.getHour(), 2);
        text[13] = ':';
        digits(text, 14, utc.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, utc.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, utc.getNano() / 1_000_000, 3);
        text[23] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int offset, int value, int width) {
        for (int i = offset + width - 1; i >= offset; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** This context with the {@code State} part of a state just entered (and no task token or retry count). */
    public ContextObject enterState(String stateName, Instant enteredTime) {
        ObjectNode entered = JsonNodeFactory.instance.objectNode();
        entered.put("Name", stateName);
        entered.put("EnteredTime", timestamp(enteredTime));
        return new ContextObject(execution, entered, null, map);
    }

    /** This context with {@code State.RetryCount} (Task states: 0 on the first attempt). */
    public ContextObject withRetryCount(int retryCount) {
        ObjectNode withCount = requireState().deepCopy();
        withCount.put("RetryCount", retryCount);
        return new ContextObject(execution, withCount, task, map);
    }

    /** This context with {@code Task.Token} (tasks using {@code .waitForTaskToken}). */
    public ContextObject withTaskToken(String token) {
        ObjectNode tokenNode = JsonNodeFactory.instance.objectNode();
        tokenNode.put("Token", token);
        return new ContextObject(execution, state, tokenNode, map);
    }

    /** {@code Map.Item.Source} of the items a Map state reads from its input (not from an {@code ItemReader}). */
    public static final String STATE_DATA = "STATE_DATA";

    /**
     * This context with the {@code Map.Item} of one item of a Map state.
     *
     * @param source where the item was read: {@link #STATE_DATA}, or the Amazon S3 URI of an {@code ItemReader}
     */
    public ContextObject withMapItem(int index, JsonNode value, String source) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("Index", index);
        item.set("Value", value);
        item.put("Source", Objects.requireNonNull(source, "source"));
        ObjectNode mapNode = JsonNodeFactory.instance.objectNode();
        mapNode.set("Item", item);
        return new ContextObject(execution, state, task, mapNode);
    }

    /** This context without the {@code Map} part (a state outside any Map iteration). */
    public ContextObject withoutMapItem() {
        if (map == null) {
            return this;
        }
        return new ContextObject(execution, state, task, null);
    }

    /** The {@code $$} object. Parts are shared between context objects; callers must not mutate the result. */
    public JsonNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ExecutionParts parts = execution.get();
        root.set("Execution", parts.execution());
        root.set("StateMachine", parts.stateMachine());
        if (state != null) {
            root.set("State", state);
        }
        if (task != null) {
            root.set("Task", task);
        }
        if (map != null) {
            root.set("Map", map);
        }
        return root;
    }

    private ObjectNode requireState() {
        if (state == null) {
            throw new IllegalStateException("No state has been entered in this context object");
        }
        return state;
    }
}
