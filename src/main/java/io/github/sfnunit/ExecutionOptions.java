package io.github.sfnunit;

import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.asl.internal.AwsNames;
import io.github.sfnunit.internal.engine.EngineOptions;
import io.github.sfnunit.internal.history.HistoryRecorder;
import io.github.sfnunit.mock.TaskHandler;
import java.time.Instant;
import java.util.Objects;

/**
 * How executions of a {@link StateMachine} run: the virtual start instant, the random seed, names and ARNs,
 * history recording, the loop guard, and the handler that answers Task states. Immutable; build one with
 * {@link #builder()}.
 *
 * <pre>{@code
 * ExecutionOptions options = ExecutionOptions.builder()
 *         .startTime(Instant.parse("2025-01-01T00:00:00Z"))
 *         .seed(7)
 *         .taskHandler(mocks)
 *         .build();
 * }</pre>
 *
 * @param startTime the virtual instant every execution starts at ({@link VirtualClock#DEFAULT_START} unless set)
 * @param seed seeds retry jitter, {@code States.UUID}, {@code States.MathRandom}, task tokens and generated names
 * @param historyEnabled when false, {@link Execution#history()} is empty (event ids are still counted)
 * @param maxStateTransitions a guard against runaway loops: entering more states than this fails the run with
 *     {@link ExecutionLimitExceededException}; AWS's own 25,000-event history limit applies independently
 * @param stateMachineName the name in {@code $$.StateMachine} and the ARNs
 * @param executionName the execution's name, as AWS allows it ({@code 1 to 80 characters, ...}); {@code null}
 *     derives one from the seed
 * @param region the region of the generated ARNs
 * @param accountId the account of the generated ARNs
 * @param roleArn {@code $$.Execution.RoleArn}
 * @param taskHandler answers Task states; {@code null} makes any Task fail the test with {@link
 *     io.github.sfnunit.mock.UnmockedTaskException}
 * @param stateMachineType {@code STANDARD} or {@code EXPRESS}: decides the shape of the execution ARN
 * @param maxHistoryEvents the most history events an execution may have before it fails with {@code
 *     States.Runtime}: AWS's 25,000 by default; {@code 0} for no limit (a Map over 100,000 items, which AWS could
 *     only run as a distributed Map)
 * @param recordMapIterationVisits true by default; when false, the visits of states inside inline Map iterations
 *     are not kept in {@link Execution#visits()} (their count still advances {@link StateVisit#sequence()} and
 *     the loop guard), so that with history recording also off a Map's memory does not grow with its items
 * @since 0.1.0
 */
public record ExecutionOptions(
        Instant startTime,
        long seed,
        boolean historyEnabled,
        int maxStateTransitions,
        String stateMachineName,
        String executionName,
        String region,
        String accountId,
        String roleArn,
        TaskHandler taskHandler,
        StateMachineType stateMachineType,
        int maxHistoryEvents,
        boolean recordMapIterationVisits) {

    /** The default loop guard: generous, yet far below what a test would wait for. */
    public static final int DEFAULT_MAX_STATE_TRANSITIONS = 100_000;

    public ExecutionOptions {
        VirtualClock.checkStartTime(startTime);
        Objects.requireNonNull(stateMachineName, "stateMachineName");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(stateMachineType, "stateMachineType");
        if (maxHistoryEvents < 0) {
            throw new IllegalArgumentException(
                    "maxHistoryEvents must be 0 (no limit) or positive, was " + maxHistoryEvents);
        }
        if (maxStateTransitions < 1) {
            throw new IllegalArgumentException("maxStateTransitions must be at least 1, was " + maxStateTransitions);
        }
        if (executionName != null && !AwsNames.isValid(executionName)) {
            throw new IllegalArgumentException(
                    "executionName \"" + executionName + "\" is not a name AWS accepts: " + AwsNames.rule());
        }
    }

    private static final String DEFAULT_STATE_MACHINE_NAME = "StateMachine";

    /** The defaults: {@link VirtualClock#DEFAULT_START}, seed 0, history on, no task handler. */
    public static ExecutionOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.startTime = startTime;
        builder.seed = seed;
        builder.historyEnabled = historyEnabled;
        builder.maxStateTransitions = maxStateTransitions;
        builder.stateMachineName = stateMachineName;
        builder.executionName = executionName;
        builder.region = region;
        builder.accountId = accountId;
        builder.roleArn = roleArn;
        builder.taskHandler = taskHandler;
        builder.stateMachineType = stateMachineType;
        builder.maxHistoryEvents = maxHistoryEvents;
        builder.recordMapIterationVisits = recordMapIterationVisits;
        return builder;
    }

    /** The state machine's ARN, {@code arn:aws:states:REGION:ACCOUNT:stateMachine:NAME}. */
    public String stateMachineArn() {
        return EngineOptions.stateMachineArn(region, accountId, stateMachineName);
    }

    /**
     * The ARN of an execution named {@code name}: {@code arn:aws:states:REGION:ACCOUNT:execution:MACHINE:NAME},
     * or for Express machines {@code arn:aws:states:REGION:ACCOUNT:express:MACHINE:NAME:ID}.
     */
    public String executionArn(String name, String expressId) {
        return EngineOptions.executionArn(region, accountId, stateMachineName, stateMachineType, name, expressId);
    }

    /** The engine's copy of these options. */
    EngineOptions toEngineOptions() {
        return new EngineOptions(
                startTime,
                seed,
                historyEnabled,
                maxStateTransitions,
                stateMachineName,
                executionName,
                region,
                accountId,
                roleArn,
                taskHandler,
                stateMachineType,
                maxHistoryEvents,
                recordMapIterationVisits);
    }

    /**
     * These options for executions of {@code definition}: where they keep the default type ({@code STANDARD}) and
     * name ({@code StateMachine}), the definition's own type and name (a template's {@code Type} and name) are used,
     * so that ARNs and {@code $$.StateMachine} agree with the template. Options set to something else win.
     */
    public ExecutionOptions forDefinition(StateMachineDefinition definition) {
        Builder builder = toBuilder();
        if (stateMachineType == StateMachineType.STANDARD) {
            builder.stateMachineType(definition.type());
        }
        if (definition.name() != null && stateMachineName.equals(DEFAULT_STATE_MACHINE_NAME)) {
            builder.stateMachineName(definition.name());
        }
        return builder.build();
    }

    /** A copy with another task handler. */
    public ExecutionOptions withTaskHandler(TaskHandler handler) {
        return toBuilder().taskHandler(handler).build();
    }

    /**
     * Builds {@link ExecutionOptions}; the only mutable type of the API.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Instant startTime = VirtualClock.DEFAULT_START;
        private long seed;
        private boolean historyEnabled = true;
        private int maxStateTransitions = DEFAULT_MAX_STATE_TRANSITIONS;
        private String stateMachineName = DEFAULT_STATE_MACHINE_NAME;
        private String executionName;
        private String region = "us-east-1";
        private String accountId = "123456789012";
        private String roleArn = "arn:aws:iam::123456789012:role/sfn-unit";
        private TaskHandler taskHandler;
        private StateMachineType stateMachineType = StateMachineType.STANDARD;
        private int maxHistoryEvents = HistoryRecorder.AWS_MAX_EVENTS;
        private boolean recordMapIterationVisits = true;

        private Builder() {}

        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder historyEnabled(boolean historyEnabled) {
            this.historyEnabled = historyEnabled;
            return this;
        }

        public Builder maxStateTransitions(int maxStateTransitions) {
            this.maxStateTransitions = maxStateTransitions;
            return this;
        }

        public Builder stateMachineName(String stateMachineName) {
            this.stateMachineName = stateMachineName;
            return this;
        }

        public Builder executionName(String executionName) {
            this.executionName = executionName;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder roleArn(String roleArn) {
            this.roleArn = roleArn;
            return this;
        }

        public Builder taskHandler(TaskHandler taskHandler) {
            this.taskHandler = taskHandler;
            return this;
        }

        /** The history event limit: AWS's 25,000 by default, {@code 0} for none. */
        public Builder maxHistoryEvents(int maxHistoryEvents) {
            this.maxHistoryEvents = maxHistoryEvents;
            return this;
        }

        /** Whether {@link Execution#visits()} keeps the visits inside inline Map iterations (true by default). */
        public Builder recordMapIterationVisits(boolean recordMapIterationVisits) {
            this.recordMapIterationVisits = recordMapIterationVisits;
            return this;
        }

        public Builder stateMachineType(StateMachineType stateMachineType) {
            this.stateMachineType = stateMachineType;
            return this;
        }

        public ExecutionOptions build() {
            return new ExecutionOptions(
                    startTime,
                    seed,
                    historyEnabled,
                    maxStateTransitions,
                    stateMachineName,
                    executionName,
                    region,
                    accountId,
                    roleArn,
                    taskHandler,
                    stateMachineType,
                    maxHistoryEvents,
                    recordMapIterationVisits);
        }
    }
}
