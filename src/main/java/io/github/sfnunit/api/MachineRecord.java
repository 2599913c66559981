package io.github.sfnunit.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.StateMachineType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A state machine created through the API: what {@code DescribeStateMachine} shows. An update replaces the whole
 * record, so an execution keeps the one it started with ({@code DescribeStateMachineForExecution}).
 */
record MachineRecord(
        long sequence,
        String arn,
        String name,
        StateMachineType type,
        String definition,
        String roleArn,
        JsonNode loggingConfiguration,
        JsonNode tracingConfiguration,
        StateMachine machine,
        Instant creationDate,
        Instant updateDate,
        Map<String, String> tags) {

    MachineRecord updated(
            String newDefinition,
            String newRoleArn,
            JsonNode newLogging,
            JsonNode newTracing,
            StateMachine newMachine,
            Instant when) {
        return new MachineRecord(
                sequence,
                arn,
                name,
                type,
                newDefinition,
                newRoleArn,
                newLogging,
                newTracing,
                newMachine,
                creationDate,
                when,
                tags);
    }

    static Map<String, String> mutableTags(Map<String, String> tags) {
        return new LinkedHashMap<>(tags);
    }
}
