package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.ValidationError;
import io.github.sfnunit.asl.internal.ApiGatewayRequest;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.history.TaskResource;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.StatesException;
import io.github.sfnunit.mock.ServiceResponses;
import io.github.sfnunit.mock.TaskHandler;
import io.github.sfnunit.mock.TaskInvocation;
import io.github.sfnunit.mock.TaskOutcome;
import io.github.sfnunit.mock.UnmockedTaskException;
import java.util.List;

/**
 * Task: evaluates the effective input and the timeouts, records the scheduling events, asks the execution's
 * {@link TaskHandler} for the outcome and lets a {@link TaskAttempt} play it out on the virtual clock.
 */
final class TaskExecutor implements StateExecutor {

    private final State.Task task;
    private final TaskResource resource;
    /** Whether the resource is API Gateway's invoke, whose request AWS checks before calling: decided once. */
    private final boolean apiGatewayInvoke;

    TaskExecutor(State.Task task) {
        this.task = task;
        this.apiGatewayInvoke = ApiGatewayRequest.isInvoke(task.resource());
        try {
            this.resource = TaskResource.parse(task.resource());
        } catch (IllegalArgumentException e) {
            // The validator refuses such a resource; a definition built some other way is refused here, when the
            // plan is compiled, as the same definition problem.
            throw new InvalidDefinitionException(List.of(new ValidationError(
                    task.pointer() + "/Resource",
                    task.name(),
                    "Value is not a valid resource ARN: " + e.getMessage())));
        }
    }

    @Override
    public void attempt(StateRun run) {
        ExecutionRuntime execution = run.execution();
        // AWS gives a task token ($$.Task.Token) to callbacks, activities and .sync jobs alike.
        boolean tokened =
                resource.isWaitForTaskToken() || resource.isSync() || resource.kind() == TaskResource.Kind.ACTIVITY;
        String token = tokened ? execution.newTaskToken() : null;
        EvaluationContext context = run.context(token);
        JsonNode parameters = run.dataFlow().effectiveInput(run.rawInput(), context);
        execution.payloadLimit().checkStateInput(parameters, task.name());
        if (apiGatewayInvoke && parameters != null && parameters.isObject()) {
            String problem = ApiGatewayRequest.problem(parameters);
            if (problem != null) {
                // AWS checks the request before calling API Gateway: the Task fails and nothing is invoked.
                throw new StatesException(
                        ErrorNames.RUNTIME,
                        "The Parameters '" + JsonCodec.write(parameters) + "' could not be used to start the Task: ["
                                + problem + "]");
            }
        }
        Long timeout = seconds(run, "TimeoutSecondsPath", task.timeoutSeconds(), task.timeoutSecondsPath(), context);
        Long heartbeat =
                seconds(run, "HeartbeatSecondsPath", task.heartbeatSeconds(), task.heartbeatSecondsPath(), context);
        TaskAttempt attempt = new TaskAttempt(run, task, resource, timeout, heartbeat, token);
        attempt.scheduled(parameters);
        TaskInvocation invocation = TaskInvocations.withLazyContext(
                task.name(),
                run.fiber().pathPrefix() + task.name(),
                task.resource(),
                parameters,
                run.retryCount(),
                execution.recordInvocationIndex(task.name()),
                execution.now(),
                context::contextObject,
                token);
        execution.recordInvocation(invocation);
        if (resource.isSync() || resource.isWaitForTaskToken()) {
            attempt.submitted(ServiceResponses.submittedFor(invocation));
        }
        attempt.play(outcomeOf(execution, invocation));
    }

    private TaskOutcome outcomeOf(ExecutionRuntime execution, TaskInvocation invocation) {
        TaskHandler handler = execution.options().taskHandler();
        if (handler == null) {
            throw noHandler(task);
        }
        TaskOutcome outcome = handler.invoke(invocation);
        if (outcome == null) {
            throw new IllegalStateException("The task handler returned null for state '" + task.name() + "'");
        }
        return outcome;
    }

    /** The failure of a Task run without a {@link TaskHandler}. */
    static UnmockedTaskException noHandler(State.Task task) {
        return new UnmockedTaskException("Task state '" + task.name() + "' called '" + task.resource()
                + "', but no task handler is configured: give the StateMachine a TaskHandler (e.g. TaskMocks)");
    }

    private Long seconds(StateRun run, String field, JsonNode literal, String path, EvaluationContext context) {
        JsonNode value = run.dataFlow().field(field, literal, path, run.rawInput(), context);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || value.longValue() <= 0) {
            String name = path != null ? field : field.substring(0, field.length() - "Path".length());
            if (run.dataFlow() instanceof JsonataDataFlow) {
                // An expression's value is checked as the Wait state's Seconds and Timestamp are: a JSONata
                // evaluation failure (with an EvaluationFailed event naming the field), not States.Runtime.
                throw new StatesException(
                        ErrorNames.QUERY_EVALUATION_ERROR,
                        "The " + name + " field must be a positive integer, but was " + JsonCodec.write(value),
                        name);
            }
            throw new StatesException(
                    ErrorNames.RUNTIME,
                    "The " + name + " field must be a positive integer, but was " + JsonCodec.write(value)
                            + " in state '" + task.name() + "'");
        }
        return value.longValue();
    }
}
