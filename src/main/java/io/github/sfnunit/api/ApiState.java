package io.github.sfnunit.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.RunningExecution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.VirtualClock;
import io.github.sfnunit.mock.TaskHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Everything an endpoint holds: machines, executions, activities, task tokens, its clock and its mocks. One lock
 * guards it all, because the engine drives an execution from one thread at a time and a clock move drives every
 * execution on the clock; HTTP parsing and JSON writing happen outside the lock.
 */
final class ApiState {

    final ReentrantLock lock = new ReentrantLock();
    /** Signalled when an activity task is scheduled or an execution ends. */
    final Condition changed = lock.newCondition();

    final Arns arns;
    final EndpointSettings settings;
    /** Calls the Lambda functions no mock answers; {@code null} when no Lambda endpoint is configured. */
    private final LambdaPassThrough lambda;

    private VirtualClock clock;
    private TaskHandler mocks;
    private long sequence;
    private SplittableRandom names;
    final Map<String, MachineRecord> machines = new LinkedHashMap<>();
    final Map<String, ExecutionRecord> executions = new HashMap<>();
    final NavigableMap<Long, ExecutionRecord> executionsInOrder = new TreeMap<>();
    final Map<String, ActivityRecord> activities = new LinkedHashMap<>();
    private final Map<String, ExecutionRecord> tokens = new HashMap<>();
    private final Set<ExecutionRecord> running = new LinkedHashSet<>();
    private final ArrayDeque<ExecutionRecord> finished = new ArrayDeque<>();

    ApiState(EndpointSettings settings, VirtualClock clock, TaskHandler mocks) {
        this.settings = settings;
        this.arns = new Arns(settings.region(), settings.accountId());
        this.lambda = settings.lambdaEndpoint() == null ? null : new LambdaPassThrough(settings.lambdaEndpoint());
        reset(clock, mocks);
    }

    /** Forgets every machine, execution, activity and token, and runs on {@code newClock} with {@code newMocks}. */
    void reset(VirtualClock newClock, TaskHandler newMocks) {
        lock.lock();
        try {
            for (ExecutionRecord record : running) {
                record.run.stop("SfnUnit.EndpointReset", "the endpoint was reset");
            }
            clock = newClock;
            mocks = newMocks;
            sequence = 0;
            names = new SplittableRandom(settings.seed());
            machines.clear();
            executions.clear();
            executionsInOrder.clear();
            activities.clear();
            tokens.clear();
            running.clear();
            finished.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    VirtualClock clock() {
        return clock;
    }

    TaskHandler mocks() {
        return mocks;
    }

    Instant now() {
        return clock.now();
    }

    long nextSequence() {
        return ++sequence;
    }

    /** A fresh execution name (a UUID, as AWS makes them), drawn from the endpoint's seeded random. */
    String newExecutionName() {
        return new UUID(names.nextLong(), names.nextLong()).toString();
    }

    /** Begins an execution of {@code machine} on the endpoint's clock and runs it as far as the time mode says. */
    ExecutionRecord start(
            MachineRecord machine,
            String name,
            JsonNode input,
            String inputText,
            String traceHeader,
            TaskHandler taskMocks) {
        long seq = nextSequence();
        StateMachine configured = machine.machine();
        ExecutionOptions options = configured.options().toBuilder()
                .executionName(name)
                .seed(settings.seed() + seq)
                .taskHandler(tasks(taskMocks))
                .build();
        RunningExecution run = configured.withOptions(options).withClock(clock).begin(input);
        Execution begun = run.snapshot();
        ExecutionRecord record = new ExecutionRecord(seq, name, machine, run, begun, inputText, input, traceHeader);
        executions.put(record.arn, record);
        executionsInOrder.put(seq, record);
        running.add(record);
        if (run.isRunning()) {
            drive(record);
        } else {
            // It ended as it began (no timer, no callback): the snapshot taken is its final one.
            observe(record, begun);
        }
        return record;
    }

    /** What answers the tasks of an execution (or a TestState) whose own mocks are {@code taskMocks}. */
    EndpointTasks tasks(TaskHandler taskMocks) {
        return new EndpointTasks(this, taskMocks, lambda);
    }

    /** Runs {@code record} as far as it can go now: in run-to-completion mode through every timer until it ends. */
    void drive(ExecutionRecord record) {
        RunningExecution run = record.run;
        if (run == null) {
            return;
        }
        try {
            if (settings.timeMode() == StepFunctionsEndpoint.TimeMode.RUN_TO_COMPLETION) {
                // Time skips ahead only while nothing outside waits: a callback or activity task holds the
                // execution where it is, as on AWS, until SendTask* or a clock move.
                while (run.isRunning()
                        && run.waitingTasks().isEmpty()
                        && run.nextTimer().isPresent()) {
                    run.advanceToNextTimer();
                }
            }
        } catch (RuntimeException engineError) {
            run.stop("States.Runtime", String.valueOf(engineError.getMessage()));
        }
        observe(record);
    }

    /** Notes the tokens {@code record} waits with, and its end. */
    void observe(ExecutionRecord record) {
        observe(record, null);
    }

    /** As above; {@code ended} is a snapshot already taken after the execution ended, or {@code null}. */
    private void observe(ExecutionRecord record, Execution ended) {
        RunningExecution run = record.run;
        if (run == null) {
            return;
        }
        for (String token : run.waitingTasks().keySet()) {
            if (tokens.putIfAbsent(token, record) == null) {
                record.tokens.add(token);
            }
        }
        if (!run.isRunning()) {
            record.result = ended != null ? ended : run.snapshot();
            record.run = null;
            running.remove(record);
            finished.add(record);
            while (finished.size() > settings.retainedExecutions()) {
                forget(finished.poll());
            }
            changed.signalAll();
        }
    }

    private void forget(ExecutionRecord record) {
        executions.remove(record.arn);
        executionsInOrder.remove(record.sequence);
        record.tokens.forEach(tokens::remove);
    }

    /** The execution that handed out {@code token}, or {@code null}. */
    ExecutionRecord executionWithToken(String token) {
        return tokens.get(token);
    }

    /** Moves the clock to {@code instant}, running every execution's timers due on the way. */
    Instant advanceTo(Instant instant) {
        if (instant.isAfter(clock.now())) {
            clock.advanceTo(instant);
        }
        for (ExecutionRecord record : List.copyOf(running)) {
            observe(record);
        }
        return clock.now();
    }

    Instant advanceBy(Duration duration) {
        return advanceTo(clock.now().plus(duration));
    }

    List<Execution> executionSnapshots() {
        lock.lock();
        try {
            List<Execution> all = new ArrayList<>(executionsInOrder.size());
            executionsInOrder.values().forEach(record -> all.add(record.snapshot()));
            return all;
        } finally {
            lock.unlock();
        }
    }

    ActivityRecord activityFor(String resource) {
        return resource == null ? null : activities.get(resource);
    }

    void scheduleActivityTask(ActivityRecord activity, ActivityRecord.Task task) {
        activity.pending().add(task);
        changed.signalAll();
    }

    /** Waits (releasing the lock) until signalled or {@code deadlineNanos}; false when the deadline passed. */
    boolean awaitChange(long deadlineNanos) throws InterruptedException {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        changed.awaitNanos(left);
        return true;
    }
}
