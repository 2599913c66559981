package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfnunit.asl.ProcessorConfig;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.internal.history.HistoryLane;
import io.github.sfnunit.internal.history.HistoryOptions;
import io.github.sfnunit.internal.history.HistoryRecorder;
import io.github.sfnunit.internal.query.ContextObject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * What makes a distributed Map attempt a Map Run: its ARN and {@code MapRun*} events, child executions (STANDARD
 * or EXPRESS) with their own {@code $$.Execution} and history, and the {@code ResultWriter}. Names and ARNs are
 * derived from the parent execution, so they are the same in every run.
 */
final class DistributedMap {

    private final StateRun run;
    private final State.Map map;
    private final String mapRunArn;
    private final String childArnPrefix;
    private final String runId;
    private final MapResultWriter writer;

    DistributedMap(StateRun run, State.Map map) {
        this.run = run;
        this.map = map;
        ExecutionRuntime execution = run.execution();
        String owner = execution.options().stateMachineName() + "/" + (map.label() != null ? map.label() : map.name());
        this.runId =
                uuid(execution.executionArn() + "#" + map.name() + "#" + run.enteredEventId() + "#" + run.retryCount());
        String account =
                execution.options().region() + ":" + execution.options().accountId();
        this.mapRunArn = "arn:aws:states:" + account + ":mapRun:" + owner + ":" + runId;
        String kind = map.processorConfig().executionType() == ProcessorConfig.ExecutionType.EXPRESS
                ? "express"
                : "execution";
        this.childArnPrefix = "arn:aws:states:" + account + ":" + kind + ":" + owner + ":";
        this.writer = map.resultWriter() == null ? null : new MapResultWriter(run, map, mapRunArn);
    }

    /** Fails at compile time for what distributed mode does not support yet. */
    static void checkSupported(State.Map map) {
        if (map.isDistributed()) {
            ItemReaderSource.checkSupported(map);
            MapResultWriter.checkSupported(map);
        }
    }

    String mapRunArn() {
        return mapRunArn;
    }

    void started(HistoryLane lane) {
        lane.mapRunStarted(run.execution().now(), mapRunArn);
    }

    /** A child execution's history: its own, kept apart from the parent's (AWS shows it in the child only). */
    HistoryLane childLane() {
        return new HistoryRecorder(new HistoryOptions(false, 0)).root();
    }

    /** The child execution's {@code $$}: its own execution id, name, input and start time. */
    ContextObject childContext(int index, JsonNode input) {
        ExecutionRuntime execution = run.execution();
        String name = childName(index);
        return ContextObject.forExecution(
                childArnPrefix + name,
                input,
                name,
                execution.options().roleArn(),
                execution.now(),
                0,
                execution.options().stateMachineArn() + "/" + (map.label() != null ? map.label() : map.name()),
                execution.options().stateMachineName() + "/" + (map.label() != null ? map.label() : map.name()));
    }

    private String childName(int index) {
        return uuid(runId + "#" + index);
    }

    void childStarted(int index, JsonNode input) {
        if (writer != null) {
            writer.started(
                    index,
                    childArnPrefix + childName(index),
                    childName(index),
                    input,
                    run.execution().now());
        }
    }

    void childSucceeded(int index, JsonNode output) {
        if (writer != null) {
            writer.succeeded(index, output, run.execution().now());
        }
    }

    void childFailed(int index, String error, String cause) {
        if (writer != null) {
            writer.failed(index, error, cause, run.execution().now());
        }
    }

    /** Records {@code MapRunSucceeded}; the Map's result is {@code results}, or the ResultWriter's details. */
    JsonNode succeeded(HistoryLane lane, ArrayNode results) {
        JsonNode output = writer == null ? results : writer.write(results);
        lane.mapRunSucceeded(run.execution().now());
        return output;
    }

    void failed(HistoryLane lane, String error, String cause) {
        if (writer != null) {
            writer.write(null);
        }
        lane.mapRunFailed(run.execution().now(), error, cause);
    }

    private static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
