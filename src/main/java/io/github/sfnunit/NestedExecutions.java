package io.github.sfnunit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.AwsNames;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.history.TaskResource;
import io.github.sfnunit.mock.TaskInvocation;
import io.github.sfnunit.mock.TaskOutcome;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Runs a child state machine for a parent's {@code states:startExecution} task, as a real nested execution with its
 * own history and virtual time, and answers the task as AWS does:
 *
 * <ul>
 *   <li>{@code startExecution.sync}: the child's {@code DescribeExecution} result, {@code Input}/{@code Output} as
 *       JSON text;
 *   <li>{@code startExecution.sync:2}: the same with {@code Input}/{@code Output} as JSON;
 *   <li>a child that fails, times out or is aborted fails the task with {@code States.TaskFailed} and that result
 *       (with the child's {@code Error} and {@code Cause}) as JSON cause;
 *   <li>{@code startExecution} without {@code .sync}: {@code ExecutionArn} and {@code StartDate} (the child still
 *       runs to its end, so the test can inspect it).
 * </ul>
 *
 * <p>The task takes as long, in virtual time, as the child ran ({@code .sync} only). A child started without {@code
 * Name} gets a UUID of its own, as AWS gives it: different for every child, and the same in every run of the test.
 *
 * <pre>{@code
 * NestedExecutions shipping = NestedExecutions.of(shippingMachine);
 * mocks.forState("ChooseShipping").thenAnswer(shipping);
 * Execution parent = checkout.start(input);
 * Execution child = shipping.executions().get(0);     // its own history, visits, invocations
 * }</pre>
 *
 * <p>Not thread-safe: one parent execution at a time.
 *
 * @since 0.1.0
 */
public final class NestedExecutions implements Function<TaskInvocation, TaskOutcome> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * How deep executions may nest through one {@code NestedExecutions}: a machine that starts itself would
     * otherwise recurse until the stack overflows. AWS runs each nested execution on its own; here each level is a
     * Java call.
     */
    public static final int MAX_NESTING = 40;

    private final StateMachine child;
    private final List<Execution> executions = new ArrayList<>();
    private final Set<String> generatedNames = new HashSet<>();
    /** The children of this object running now, one inside the other. */
    private int running;

    private NestedExecutions(StateMachine child) {
        this.child = child;
    }

    /** Answers {@code startExecution} tasks by running {@code child} (with its own options and task handler). */
    public static NestedExecutions of(StateMachine child) {
        return new NestedExecutions(Objects.requireNonNull(child, "child"));
    }

    /** The child executions run so far, in order. */
    public List<Execution> executions() {
        return List.copyOf(executions);
    }

    @Override
    public TaskOutcome apply(TaskInvocation call) {
        TaskResource resource = TaskResource.parse(call.resource());
        if (!"states".equals(resource.resourceType()) || !"startExecution".equals(resource.action())) {
            throw new IllegalArgumentException("NestedExecutions answers states:startExecution tasks, but state '"
                    + call.stateName() + "' calls " + call.resource());
        }
        JsonNode parameters = call.parameters() == null ? NODES.objectNode() : call.parameters();
        JsonNode input = input(parameters.get("Input"), call);
        ExecutionOptions.Builder options = child.options().toBuilder().startTime(call.time());
        String stateMachineArn = parameters.path("StateMachineArn").asText(null);
        if (stateMachineArn != null && stateMachineArn.contains(":stateMachine:")) {
            options.stateMachineName(stateMachineArn.substring(stateMachineArn.lastIndexOf(':') + 1));
        }
        String name =
                parameters.path("Name").isTextual() ? parameters.path("Name").asText() : generatedName(call);
        if (!AwsNames.isValid(name)) {
            // StartExecution refuses the name: the Task fails with the SDK error, no child runs.
            return new TaskOutcome.Failed(
                    "StepFunctions.InvalidNameException",
                    "Invalid Name: '" + name + "' (Service: AWSStepFunctions; Status Code: 400; Error Code:"
                            + " InvalidName)");
        }
        options.executionName(name);
        ExecutionOptions childOptions = options.build();
        if (running >= MAX_NESTING) {
            throw new IllegalStateException("State '" + call.stateName() + "' starts a nested execution "
                    + (MAX_NESTING + 1) + " levels deep: NestedExecutions runs at most " + MAX_NESTING
                    + " nested executions inside each other (does the machine start itself without end?)");
        }
        Execution execution;
        running++;
        try {
            execution = child.withOptions(childOptions).start(input);
        } finally {
            running--;
        }
        executions.add(execution);
        return outcome(resource, execution, childOptions.stateMachineArn());
    }

    /**
     * The name AWS gives a child started without {@code Name}: a version 4 UUID, unique among this child machine's
     * executions. It derives from the parent's execution id, the calling state's path and its invocation index, so
     * that the same run gives the same names (and a child never takes its parent's name).
     */
    private String generatedName(TaskInvocation call) {
        String parent = call.context().path("Execution").path("Id").asText();
        for (int attempt = 0; ; attempt++) {
            byte[] hash = sha256(parent + '#' + call.statePath() + '#' + call.invocationIndex() + '#' + attempt);
            long most = ByteBuffer.wrap(hash, 0, 8).getLong();
            long least = ByteBuffer.wrap(hash, 8, 8).getLong();
            String name = new UUID((most & ~0xF000L) | 0x4000L, (least & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
                    .toString();
            if (generatedNames.add(name)) {
                return name;
            }
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    private static TaskOutcome outcome(TaskResource resource, Execution execution, String stateMachineArn) {
        if (!resource.isSync()) {
            ObjectNode started = NODES.objectNode()
                    .put("ExecutionArn", execution.executionArn())
                    .put("StartDate", execution.startTime().toEpochMilli());
            return new TaskOutcome.Succeeded(started);
        }
        boolean jsonText = resource.resource().endsWith(".sync");
        ObjectNode result = NODES.objectNode();
        if (execution.status() != ExecutionStatus.SUCCEEDED) {
            putIfPresent(result, "Error", execution.error());
            putIfPresent(result, "Cause", execution.cause());
        }
        result.put("ExecutionArn", execution.executionArn());
        payload(result, "Input", execution.input(), jsonText);
        result.putObject("InputDetails").put("Included", true);
        result.put(
                "Name",
                execution.executionArn().substring(execution.executionArn().lastIndexOf(':') + 1));
        if (execution.status() == ExecutionStatus.SUCCEEDED) {
            payload(result, "Output", execution.output(), jsonText);
            result.putObject("OutputDetails").put("Included", true);
        }
        result.put("StartDate", execution.startTime().toEpochMilli());
        result.put("StateMachineArn", stateMachineArn);
        result.put("Status", execution.status().name());
        result.put("StopDate", execution.stopTime().toEpochMilli());
        if (execution.status() == ExecutionStatus.SUCCEEDED) {
            return new TaskOutcome.Succeeded(result, execution.virtualDuration(), List.of());
        }
        return new TaskOutcome.Failed(
                "States.TaskFailed", JsonCodec.write(result), execution.virtualDuration(), List.of());
    }

    private static JsonNode input(JsonNode input, TaskInvocation call) {
        if (input == null || input.isNull()) {
            return NODES.objectNode();
        }
        if (!input.isTextual()) {
            return input;
        }
        try {
            return JsonCodec.read(input.asText());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "State '" + call.stateName() + "': the Input of startExecution is a" + " string that is not JSON: "
                            + input.asText(),
                    e);
        }
    }

    private static void payload(ObjectNode result, String field, JsonNode value, boolean jsonText) {
        JsonNode present = value == null ? NODES.nullNode() : value;
        if (jsonText) {
            result.put(field, JsonCodec.write(present));
        } else {
            result.set(field, present);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
