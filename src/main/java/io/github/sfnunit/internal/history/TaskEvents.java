package io.github.sfnunit.internal.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.history.TaskResource;
import java.time.Instant;
import java.util.Objects;

/**
 * The events of a Task state's calls to one resource, named as AWS names them for its kind, on the lane of the
 * state's fiber:
 *
 * <ul>
 *   <li>a service integration ({@code arn:aws:states:::service:action}): {@code TaskScheduled},
 *       {@code TaskStarted}, {@code TaskSubmitted}, {@code TaskSucceeded}, {@code TaskFailed}, {@code
 *       TaskTimedOut}, with the resource type and resource in the details;
 *   <li>a Lambda function called by its bare ARN: {@code LambdaFunctionScheduled}, {@code LambdaFunctionStarted},
 *       {@code LambdaFunctionSucceeded}, {@code LambdaFunctionFailed}, {@code LambdaFunctionTimedOut};
 *   <li>an activity: {@code ActivityScheduled}, {@code ActivityStarted}, {@code ActivitySucceeded}, {@code
 *       ActivityFailed}, {@code ActivityTimedOut}.
 * </ul>
 *
 * <pre>{@code
 * TaskEvents events = new TaskEvents(lane, TaskResource.parse("arn:aws:states:::lambda:invoke"));
 * events.scheduled(now, "us-east-1", parameters, null, null);
 * events.started(now, null);
 * events.succeeded(now, output);
 * }</pre>
 */
public final class TaskEvents {

    private final HistoryLane lane;
    private final TaskResource resource;

    public TaskEvents(HistoryLane lane, TaskResource resource) {
        this.lane = Objects.requireNonNull(lane, "lane");
        this.resource = Objects.requireNonNull(resource, "resource");
    }

    /**
     * {@code TaskScheduled}, {@code LambdaFunctionScheduled} or {@code ActivityScheduled}.
     *
     * @param region the region of a service integration's call (the other kinds record none)
     * @param parameters the effective parameters
     * @param timeoutSeconds the effective {@code TimeoutSeconds}, {@code null} when the state sets none
     * @param heartbeatSeconds the effective {@code HeartbeatSeconds}, {@code null} when the state sets none
     *     (Lambda functions record none)
     */
    public long scheduled(
            Instant time, String region, JsonNode parameters, Long timeoutSeconds, Long heartbeatSeconds) {
        return switch (resource.kind()) {
            case LAMBDA_FUNCTION ->
                lane.lazily(
                        time,
                        "LambdaFunctionScheduled",
                        "lambdaFunctionScheduledEventDetails",
                        texts -> EventDetails.scheduled(resource.arn(), parameters, timeoutSeconds, null));
            case ACTIVITY ->
                lane.eagerly(
                        time,
                        "ActivityScheduled",
                        "activityScheduledEventDetails",
                        EventDetails.scheduled(resource.arn(), parameters, timeoutSeconds, heartbeatSeconds));
            case SERVICE_INTEGRATION ->
                lane.lazily(
                        time,
                        "TaskScheduled",
                        "taskScheduledEventDetails",
                        texts -> EventDetails.taskScheduled(
                                resource, region, parameters, timeoutSeconds, heartbeatSeconds));
        };
    }

    /**
     * {@code TaskStarted}, {@code LambdaFunctionStarted} or {@code ActivityStarted}.
     *
     * @param workerName the worker that took an activity, {@code null} when unknown (other kinds have none)
     */
    public long started(Instant time, String workerName) {
        return switch (resource.kind()) {
            case LAMBDA_FUNCTION -> lane.bare(time, "LambdaFunctionStarted");
            case ACTIVITY -> {
                ObjectNode details = EventDetails.object();
                if (workerName != null) {
                    details.put("workerName", workerName);
                }
                yield lane.eagerly(time, "ActivityStarted", "activityStartedEventDetails", details);
            }
            case SERVICE_INTEGRATION ->
                lane.lazily(
                        time, "TaskStarted", "taskStartedEventDetails", texts -> EventDetails.taskResource(resource));
        };
    }

    /**
     * {@code TaskSubmitted}: a {@code .sync} or {@code .waitForTaskToken} call was accepted with {@code output} (the
     * service's response; {@code null} leaves the optional {@code output} out). Only service integrations have it.
     */
    public long submitted(Instant time, JsonNode output) {
        if (output == null) {
            return lane.lazily(
                    time, "TaskSubmitted", "taskSubmittedEventDetails", texts -> EventDetails.taskResource(resource));
        }
        return lane.lazily(
                time, "TaskSubmitted", "taskSubmittedEventDetails", texts -> EventDetails.taskOutput(resource, output));
    }

    /** {@code TaskSucceeded}, {@code LambdaFunctionSucceeded} or {@code ActivitySucceeded}. */
    public long succeeded(Instant time, JsonNode output) {
        return switch (resource.kind()) {
            case LAMBDA_FUNCTION ->
                lane.withOutput(time, "LambdaFunctionSucceeded", "lambdaFunctionSucceededEventDetails", output);
            case ACTIVITY -> lane.withOutput(time, "ActivitySucceeded", "activitySucceededEventDetails", output);
            case SERVICE_INTEGRATION ->
                lane.lazily(
                        time,
                        "TaskSucceeded",
                        "taskSucceededEventDetails",
                        texts -> EventDetails.taskOutput(resource, output));
        };
    }

    /** {@code TaskFailed}, {@code LambdaFunctionFailed} or {@code ActivityFailed}. */
    public long failed(Instant time, String error, String cause) {
        return ended(time, "Failed", error, cause);
    }

    /** {@code TaskTimedOut}, {@code LambdaFunctionTimedOut} or {@code ActivityTimedOut}. */
    public long timedOut(Instant time, String error, String cause) {
        return ended(time, "TimedOut", error, cause);
    }

    private long ended(Instant time, String outcome, String error, String cause) {
        return switch (resource.kind()) {
            case LAMBDA_FUNCTION ->
                lane.withError(
                        time, "LambdaFunction" + outcome, "lambdaFunction" + outcome + "EventDetails", error, cause);
            case ACTIVITY ->
                lane.withError(time, "Activity" + outcome, "activity" + outcome + "EventDetails", error, cause);
            case SERVICE_INTEGRATION ->
                lane.lazily(
                        time,
                        "Task" + outcome,
                        "task" + outcome + "EventDetails",
                        texts -> EventDetails.taskError(resource, error, cause));
        };
    }
}
