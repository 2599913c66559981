package io.github.sfnunit.internal.engine;

import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.mock.TaskHandler;
import java.time.Instant;

/**
 * What one execution needs to know to run: the engine's own copy of the public {@code ExecutionOptions}, built by
 * the root package, so that the engine does not depend on the public face above it.
 *
 * @param maxHistoryEvents {@code 0} for no limit
 */
public record EngineOptions(
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

    /** The state machine's ARN, {@code arn:aws:states:REGION:ACCOUNT:stateMachine:NAME}. */
    public String stateMachineArn() {
        return stateMachineArn(region, accountId, stateMachineName);
    }

    /** The ARN of an execution named {@code name}; {@code expressId} is spelled only for Express machines. */
    public String executionArn(String name, String expressId) {
        return executionArn(region, accountId, stateMachineName, stateMachineType, name, expressId);
    }

    /** {@code arn:aws:states:REGION:ACCOUNT:stateMachine:NAME}. */
    public static String stateMachineArn(String region, String accountId, String stateMachineName) {
        return "arn:aws:states:" + region + ":" + accountId + ":stateMachine:" + stateMachineName;
    }

    /**
     * {@code arn:aws:states:REGION:ACCOUNT:execution:MACHINE:NAME}, or for Express machines {@code
     * arn:aws:states:REGION:ACCOUNT:express:MACHINE:NAME:ID}.
     */
    public static String executionArn(
            String region,
            String accountId,
            String stateMachineName,
            StateMachineType type,
            String name,
            String expressId) {
        // One concatenation each, no intermediate prefix: every execution builds its ARN.
        return type == StateMachineType.EXPRESS
                ? "arn:aws:states:" + region + ":" + accountId + ":express:" + stateMachineName + ":" + name + ":"
                        + expressId
                : "arn:aws:states:" + region + ":" + accountId + ":execution:" + stateMachineName + ":" + name;
    }
}
