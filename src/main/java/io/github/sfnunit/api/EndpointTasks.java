package io.github.sfnunit.api;

import io.github.sfnunit.mock.TaskHandler;
import io.github.sfnunit.mock.TaskInvocation;
import io.github.sfnunit.mock.TaskOutcome;
import io.github.sfnunit.mock.UnmockedTaskException;
import java.util.List;

/**
 * Answers the Task states of an execution started through the API: a task on an activity created through the API
 * waits for a worker's {@code GetActivityTask}; every other task goes to the mocks, and a Lambda task no mock
 * answers to the configured Lambda endpoint ({@link LambdaPassThrough}). An unmocked task fails its
 * execution (not the server) with {@link #UNMOCKED_ERROR}, the cause naming the state and how to mock it.
 */
final class EndpointTasks implements TaskHandler {

    /** The error of an execution whose task nobody mocked. */
    static final String UNMOCKED_ERROR = "SfnUnit.UnmockedTask";

    private final ApiState state;
    private final TaskHandler mocks;
    private final LambdaPassThrough lambda;

    EndpointTasks(ApiState state, TaskHandler mocks, LambdaPassThrough lambda) {
        this.state = state;
        this.mocks = mocks;
        this.lambda = lambda;
    }

    @Override
    public TaskOutcome invoke(TaskInvocation invocation) {
        ActivityRecord activity = state.activityFor(invocation.resource());
        if (activity != null && invocation.taskToken() != null) {
            state.scheduleActivityTask(
                    activity, new ActivityRecord.Task(invocation.taskToken(), invocation.parameters()));
            return new TaskOutcome.Pending(List.of());
        }
        boolean passThrough = lambda != null && LambdaPassThrough.callsLambda(invocation);
        if (mocks == null) {
            return passThrough
                    ? lambda.invoke(invocation)
                    : unmocked(
                            invocation,
                            "no mocks are configured (standalone: --mock-config FILE and start the execution with"
                                    + " stateMachineArn#TestCaseName, or --lambda-endpoint URL for Lambda tasks;"
                                    + " in JUnit: the test's TaskMocks)");
        }
        try {
            return mocks.invoke(invocation);
        } catch (UnmockedTaskException e) {
            return passThrough ? lambda.invoke(invocation) : new TaskOutcome.Failed(UNMOCKED_ERROR, e.getMessage());
        }
    }

    static TaskOutcome unmocked(TaskInvocation invocation, String why) {
        return new TaskOutcome.Failed(
                UNMOCKED_ERROR,
                "Task state '" + invocation.stateName() + "' called '" + invocation.resource() + "', but " + why);
    }
}
