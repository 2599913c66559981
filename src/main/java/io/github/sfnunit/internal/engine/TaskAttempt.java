package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.history.TaskResource;
import io.github.sfnunit.internal.history.TaskEvents;
import io.github.sfnunit.mock.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One attempt of a Task on the virtual clock: the history events of its resource kind ({@code Task*}, {@code
 * LambdaFunction*}, {@code Activity*}), then whichever comes first of its outcome (after its virtual duration),
 * {@code TimeoutSeconds} or a missed heartbeat (both {@code States.Timeout}, as AWS reports them).
 */
final class TaskAttempt implements CallbackTask {

    /** AWS's default {@code TimeoutSeconds} of a Task. */
    static final long DEFAULT_TIMEOUT_SECONDS = 99_999_999L;

    private final StateRun run;
    private final State.Task task;
    private final TaskResource resource;
    private final Long timeoutSeconds;
    private final Long heartbeatSeconds;
    private String token;
    private final Instant started;
    private Scheduler.Timer timeoutTimer;
    private Scheduler.Timer heartbeatTimer;
    private boolean finished;

    TaskAttempt(
            StateRun run,
            State.Task task,
            TaskResource resource,
            Long timeoutSeconds,
            Long heartbeatSeconds,
            String token) {
        this.run = run;
        this.task = task;
        this.resource = resource;
        this.timeoutSeconds = timeoutSeconds;
        this.heartbeatSeconds = heartbeatSeconds;
        this.token = token;
        this.started = run.execution().now();
    }

    /** The attempt's events, on the lane of the state's fiber. */
    private TaskEvents events() {
        return new TaskEvents(run.fiber().lane(), resource);
    }

    private Instant now() {
        return run.execution().now();
    }

    void scheduled(JsonNode parameters) {
        TaskEvents events = events();
        events.scheduled(now(), run.execution().options().region(), parameters, timeoutSeconds, heartbeatSeconds);
        events.started(now(), ACTIVITY_WORKER);
    }

    /**
     * The name the test's worker gives when it takes an activity task: AWS records the {@code workerName} of
     * GetActivityTask in {@code ActivityStarted}, and in sfn-unit the test (its stubs) is the worker.
     */
    static final String ACTIVITY_WORKER = "sfn-unit";

    /**
     * {@code TaskSubmitted}, for {@code .sync} and {@code .waitForTaskToken} integrations: the call was accepted,
     * and the task now waits for the job or the callback. {@code output} is the service's answer to the call, {@code
     * null} when unknown.
     */
    void submitted(JsonNode output) {
        events().submitted(now(), output);
    }

    /** Plays {@code outcome} out: schedules its completion, or waits for a callback, against the timeouts. */
    void play(TaskOutcome outcome) {
        long timeout = timeoutSeconds != null ? timeoutSeconds : DEFAULT_TIMEOUT_SECONDS;
        Instant timeoutAt = Scheduler.plusSeconds(started, timeout);
        if (outcome instanceof TaskOutcome.Pending pending) {
            if (token == null) {
                token = run.execution().newTaskToken();
            }
            run.execution().registerCallback(token, this);
            if (timeoutSeconds != null) {
                timeoutTimer = run.scheduler().schedule(timeoutAt, () -> timedOut(false));
            }
            scheduleHeartbeats(pending.heartbeats());
            if (pending.heartbeatEvery() != null && heartbeatSeconds != null) {
                beatEvery(started.plus(pending.heartbeatEvery()), pending.heartbeatEvery(), timeoutAt);
            }
            armHeartbeat(started);
            return;
        }
        Instant completeAt = Scheduler.plus(started, outcome.duration());
        Instant heartbeatMissedAt = missedHeartbeat(outcome.heartbeats(), completeAt);
        if (heartbeatMissedAt != null && heartbeatMissedAt.isBefore(timeoutAt)) {
            run.scheduler().schedule(heartbeatMissedAt, () -> timedOut(true));
        } else if (!completeAt.isBefore(timeoutAt)) {
            run.scheduler().schedule(timeoutAt, () -> timedOut(false));
        } else if (outcome instanceof TaskOutcome.Succeeded succeeded) {
            run.scheduler().schedule(completeAt, () -> succeed(succeeded.result()));
        } else if (outcome instanceof TaskOutcome.Failed failed) {
            run.scheduler().schedule(completeAt, () -> fail(failed.error(), failed.cause()));
        }
    }

    /** The time the first heartbeat is missed before {@code completeAt}, or {@code null}. */
    private Instant missedHeartbeat(List<Duration> heartbeats, Instant completeAt) {
        if (heartbeatSeconds == null) {
            return null;
        }
        Instant last = started;
        for (Duration offset : heartbeats.stream().sorted().toList()) {
            Instant beat = Scheduler.plus(started, offset);
            if (!beat.isBefore(completeAt)) {
                break;
            }
            if (beat.isAfter(Scheduler.plusSeconds(last, heartbeatSeconds))) {
                return Scheduler.plusSeconds(last, heartbeatSeconds);
            }
            last = beat;
        }
        Instant deadline = Scheduler.plusSeconds(last, heartbeatSeconds);
        return completeAt.isAfter(deadline) ? deadline : null;
    }

    private void scheduleHeartbeats(List<Duration> heartbeats) {
        for (Duration offset : heartbeats) {
            run.scheduler().schedule(Scheduler.plus(started, offset), this::heartbeat);
        }
    }

    /**
     * A heartbeat at {@code at}, then every {@code period} while the task waits, up to its timeout. Only scheduled
     * when the task has {@code HeartbeatSeconds}: without it a heartbeat changes nothing.
     */
    private void beatEvery(Instant at, Duration period, Instant timeoutAt) {
        if (!at.isBefore(timeoutAt)) {
            return;
        }
        run.scheduler().schedule(at, () -> {
            if (!finished && !run.isDone()) {
                heartbeat();
                beatEvery(at.plus(period), period, timeoutAt);
            }
        });
    }

    private void armHeartbeat(Instant from) {
        if (heartbeatSeconds == null) {
            return;
        }
        if (heartbeatTimer != null) {
            heartbeatTimer.cancel();
        }
        heartbeatTimer = run.scheduler().schedule(Scheduler.plusSeconds(from, heartbeatSeconds), () -> timedOut(true));
    }

    @Override
    public String stateName() {
        return task.name();
    }

    @Override
    public void heartbeat() {
        if (!finished) {
            armHeartbeat(now());
        }
    }

    @Override
    public void succeed(JsonNode output) {
        String name =
                resource.kind() == TaskResource.Kind.SERVICE_INTEGRATION ? resource.resourceType() : resource.arn();
        String limitCause = run.execution().payloadLimit().violation(output, name);
        if (limitCause != null) {
            // AWS fails the task itself, so Retry and Catch (even States.ALL) see the error.
            fail(ErrorNames.DATA_LIMIT_EXCEEDED, limitCause);
            return;
        }
        if (!finish()) {
            return;
        }
        events().succeeded(now(), output);
        run.succeed(output, task.next());
    }

    @Override
    public void fail(String error, String cause) {
        if (!finish()) {
            return;
        }
        events().failed(now(), error, cause);
        run.fail(error, cause);
    }

    private void timedOut(boolean heartbeatMissed) {
        if (!finish()) {
            return;
        }
        events().timedOut(now(), ErrorNames.TIMEOUT, null);
        run.timedOut(heartbeatMissed);
    }

    /** Marks the attempt finished; false when it already was or its visit ended meanwhile. */
    private boolean finish() {
        if (finished || run.isDone()) {
            return false;
        }
        finished = true;
        if (timeoutTimer != null) {
            timeoutTimer.cancel();
        }
        if (heartbeatTimer != null) {
            heartbeatTimer.cancel();
        }
        if (token != null) {
            run.execution().removeCallback(token);
        }
        return true;
    }
}
