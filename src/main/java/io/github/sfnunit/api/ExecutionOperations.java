package io.github.sfnunit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.asl.SizeLimits;
import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.history.HistoryJson;
import io.github.sfnunit.mock.MockConfigFile;
import io.github.sfnunit.mock.TaskHandler;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * StartExecution, StartSyncExecution, StopExecution, DescribeExecution, ListExecutions, GetExecutionHistory and
 * DescribeStateMachineForExecution.
 */
final class ExecutionOperations {

    /** AWS's limit on an execution's input and output (the API's member length): 256 KiB. */
    static final int MAX_PAYLOAD = SizeLimits.MAX_PAYLOAD_BYTES;
    /** How long StartSyncExecution waits, in real time, for an execution held by a callback: Express's limit. */
    private static final Duration SYNC_LIMIT = Duration.ofMinutes(5);

    private final ApiState state;
    private final StateMachineOperations machines;

    ExecutionOperations(ApiState state, StateMachineOperations machines) {
        this.state = state;
        this.machines = machines;
    }

    void register(Map<String, Operation> operations) {
        operations.put("StartExecution", Operation.of(this::start, "stateMachineArn", "name", "input", "traceHeader"));
        operations.put(
                "StartSyncExecution",
                Operation.of(this::startSync, "stateMachineArn", "name", "input", "traceHeader", "includedData"));
        operations.put("StopExecution", Operation.of(this::stop, "executionArn", "error", "cause"));
        operations.put("DescribeExecution", Operation.of(this::describe, "executionArn", "includedData"));
        operations.put(
                "ListExecutions",
                Operation.of(
                        this::list,
                        "stateMachineArn",
                        "statusFilter",
                        "maxResults",
                        "nextToken",
                        "mapRunArn",
                        "redriveFilter"));
        operations.put(
                "GetExecutionHistory",
                Operation.of(
                        this::history,
                        "executionArn",
                        "maxResults",
                        "reverseOrder",
                        "nextToken",
                        "includeExecutionData"));
        operations.put(
                "DescribeStateMachineForExecution",
                Operation.of(this::machineForExecution, "executionArn", "includedData"));
    }

    private ObjectNode start(Request request) {
        ExecutionRecord record = begin(request, false);
        ObjectNode out = Wire.object().put("executionArn", record.arn);
        out.put("startDate", Wire.time(record.startDate));
        return out;
    }

    private ObjectNode startSync(Request request) throws InterruptedException {
        ExecutionRecord record = begin(request, true);
        Execution done;
        state.lock.lock();
        try {
            long deadline = System.nanoTime() + SYNC_LIMIT.toNanos();
            while (record.result == null && state.awaitChange(deadline)) {
                // an execution held by a callback or activity ends when a worker answers
            }
            if (record.result == null) {
                record.run.stop("States.Timeout", "StartSyncExecution waited " + SYNC_LIMIT + " of real time");
                state.observe(record);
            }
            done = record.result;
        } finally {
            state.lock.unlock();
        }
        ObjectNode out = Wire.object();
        out.put("executionArn", record.arn);
        out.put("stateMachineArn", record.machine.arn());
        out.put("name", record.name);
        out.put("startDate", Wire.time(done.startTime()));
        out.put("stopDate", Wire.time(done.stopTime()));
        out.put(
                "status",
                done.status() == ExecutionStatus.ABORTED
                        ? "FAILED"
                        : done.status().name());
        outcome(out, record, done);
        out.putObject("billingDetails")
                .put("billedMemoryUsedInMB", 64)
                .put(
                        "billedDurationInMilliseconds",
                        Math.max(100, done.virtualDuration().toMillis()));
        return out;
    }

    /** Starts the execution a StartExecution or StartSyncExecution request asks for. */
    private ExecutionRecord begin(Request request, boolean sync) {
        String target = request.requiredString("stateMachineArn");
        String name = request.string("name");
        String inputText = request.string("input");
        String traceHeader = request.string("traceHeader", 256);
        // Step Functions Local's convention: stateMachineArn#TestCaseName picks a test case of the mock file.
        int hash = target.indexOf('#');
        String machineArn = hash < 0 ? target : target.substring(0, hash);
        String testCase = hash < 0 ? null : target.substring(hash + 1);
        Arns.parse(machineArn, "stateMachine");
        if (name != null) {
            Arns.checkName(name);
        }
        if (inputText == null) {
            inputText = "{}";
        }
        if (inputText.length() > MAX_PAYLOAD) {
            throw ApiException.constraint(
                    "input", "(the input)", "Member must have length less than or equal to " + MAX_PAYLOAD);
        }
        JsonNode input = parseInput(inputText);
        state.lock.lock();
        try {
            MachineRecord machine = machines.machine(machineArn);
            if (sync && machine.type() != StateMachineType.EXPRESS) {
                throw new ApiException(
                        "StateMachineTypeNotSupported",
                        "This operation is not supported by this type of state machine");
            }
            TaskHandler mocks = mocksFor(machine, testCase);
            if (name == null) {
                name = state.newExecutionName();
            } else if (machine.type() == StateMachineType.STANDARD) {
                ExecutionRecord existing = state.executions.get(state.arns.execution(machine.name(), name));
                if (existing != null) {
                    // AWS: the same name and input while it runs is the same execution; anything else a conflict.
                    if (existing.status() == ExecutionStatus.RUNNING && existing.inputText.equals(inputText)) {
                        return existing;
                    }
                    throw new ApiException(
                            "ExecutionAlreadyExists", "Execution Already Exists: '" + existing.arn + "'");
                }
            }
            return state.start(machine, name, input, inputText, traceHeader, mocks);
        } finally {
            state.lock.unlock();
        }
    }

    private TaskHandler mocksFor(MachineRecord machine, String testCase) {
        if (testCase == null) {
            return state.mocks();
        }
        MockConfigFile file = state.settings.mockConfig();
        if (file == null) {
            throw ApiException.validation("'" + machine.arn() + "#" + testCase + "' names the mock test case '"
                    + testCase + "', but no mock configuration was given (sfn-unit serve --mock-config FILE or"
                    + " SFN_MOCK_CONFIG)");
        }
        try {
            return new TaskMocks().loadMockConfig(file, machine.name(), testCase);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation(e.getMessage());
        }
    }

    static JsonNode parseInput(String text) {
        try {
            return Wire.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiException(
                    "InvalidExecutionInput", "Invalid State Machine Execution Input: '" + e.getOriginalMessage() + "'");
        }
    }

    private ObjectNode stop(Request request) {
        String arn = executionArn(request);
        String error = request.string("error", 256);
        String cause = request.string("cause", 32_768);
        state.lock.lock();
        try {
            ExecutionRecord record = execution(arn);
            if (record.run != null) {
                record.run.stop(error, cause);
                state.observe(record);
            }
            return Wire.object().put("stopDate", Wire.time(record.snapshot().stopTime()));
        } finally {
            state.lock.unlock();
        }
    }

    private ObjectNode describe(Request request) {
        String arn = executionArn(request);
        ExecutionRecord record;
        Execution now;
        state.lock.lock();
        try {
            record = execution(arn);
            now = record.snapshot();
        } finally {
            state.lock.unlock();
        }
        ObjectNode out = Wire.object();
        out.put("executionArn", record.arn);
        out.put("stateMachineArn", record.machine.arn());
        out.put("name", record.name);
        out.put("status", now.status().name());
        out.put("startDate", Wire.time(now.startTime()));
        if (now.status() != ExecutionStatus.RUNNING) {
            out.put("stopDate", Wire.time(now.stopTime()));
        }
        outcome(out, record, now);
        return out;
    }

    /** Input, output, error, cause and trace header, as DescribeExecution and StartSyncExecution show them. */
    private static void outcome(ObjectNode out, ExecutionRecord record, Execution now) {
        out.put("input", record.inputText);
        out.putObject("inputDetails").put("included", true);
        if (now.output() != null) {
            out.put("output", JsonCodec.write(now.output()));
            out.putObject("outputDetails").put("included", true);
        }
        if (now.error() != null) {
            out.put("error", now.error());
        }
        if (now.cause() != null) {
            out.put("cause", now.cause());
        }
        if (record.traceHeader != null) {
            out.put("traceHeader", record.traceHeader);
        }
    }

    private ObjectNode list(Request request) {
        if (request.has("mapRunArn")) {
            throw ApiException.validation(
                    "sfn-unit does not list a Map Run's child executions (mapRunArn); list by stateMachineArn");
        }
        String machineArn = request.string("stateMachineArn");
        if (machineArn == null) {
            throw ApiException.validation("Must provide a StateMachine ARN or MapRun ARN");
        }
        Arns.parse(machineArn, "stateMachine");
        String statusFilter = request.string("statusFilter");
        ExecutionStatus status = statusFilter == null ? null : status(statusFilter);
        int max = request.maxResults(100);
        long before = Pages.position(request.string("nextToken"), "executions", Long.MAX_VALUE);
        state.lock.lock();
        try {
            MachineRecord machine = machines.machine(machineArn);
            if (machine.type() == StateMachineType.EXPRESS) {
                throw new ApiException(
                        "StateMachineTypeNotSupported",
                        "This operation is not supported by this type of state machine");
            }
            ObjectNode out = Wire.object();
            ArrayNode items = out.putArray("executions");
            // Newest first, as AWS lists them; the token is the sequence of the last one listed.
            for (ExecutionRecord record : state.executionsInOrder
                    .headMap(before, false)
                    .descendingMap()
                    .values()) {
                if (!record.machine.arn().equals(machineArn) || (status != null && record.status() != status)) {
                    continue;
                }
                if (items.size() == max) {
                    out.put("nextToken", Pages.token("executions", record.sequence + 1));
                    break;
                }
                Execution now = record.snapshot();
                ObjectNode item = items.addObject();
                item.put("executionArn", record.arn);
                item.put("stateMachineArn", machineArn);
                item.put("name", record.name);
                item.put("status", now.status().name());
                item.put("startDate", Wire.time(now.startTime()));
                if (now.status() != ExecutionStatus.RUNNING) {
                    item.put("stopDate", Wire.time(now.stopTime()));
                }
            }
            return out;
        } finally {
            state.lock.unlock();
        }
    }

    private static ExecutionStatus status(String text) {
        for (ExecutionStatus status : ExecutionStatus.values()) {
            if (status.name().equals(text)) {
                return status;
            }
        }
        if ("PENDING_REDRIVE".equals(text)) {
            return null;
        }
        throw ApiException.constraint(
                "statusFilter",
                text,
                "Member must satisfy enum value set: [RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE]");
    }

    private ObjectNode history(Request request) {
        String arn = executionArn(request);
        int max = request.maxResults(100);
        boolean reverse = request.bool("reverseOrder");
        boolean includeData = !request.has("includeExecutionData") || request.bool("includeExecutionData");
        long from = Pages.position(request.string("nextToken"), "history", reverse ? Long.MAX_VALUE : 0);
        List<HistoryEvent> events;
        state.lock.lock();
        try {
            events = execution(arn).snapshot().history();
        } finally {
            state.lock.unlock();
        }
        ObjectNode out = Wire.object();
        ArrayNode items = out.putArray("events");
        int size = events.size();
        for (int i = 0; i < size; i++) {
            HistoryEvent event = events.get(reverse ? size - 1 - i : i);
            if (reverse ? event.id() >= from : event.id() <= from) {
                continue;
            }
            if (items.size() == max) {
                out.put("nextToken", Pages.token("history", reverse ? event.id() + 1 : event.id() - 1));
                break;
            }
            ObjectNode json = HistoryJson.toJson(event, HistoryJson.TimestampStyle.EPOCH_SECONDS);
            if (!includeData && event.detailsKey() != null && json.get(event.detailsKey()) instanceof ObjectNode d) {
                ObjectNode details = d.deepCopy();
                details.remove("input");
                details.remove("output");
                json.set(event.detailsKey(), details);
            }
            items.add(json);
        }
        return out;
    }

    private ObjectNode machineForExecution(Request request) {
        String arn = executionArn(request);
        state.lock.lock();
        try {
            MachineRecord machine = execution(arn).machine;
            ObjectNode out = StateMachineOperations.description(machine);
            out.put("updateDate", Wire.time(machine.updateDate()));
            return out;
        } finally {
            state.lock.unlock();
        }
    }

    private static String executionArn(Request request) {
        String arn = request.requiredString("executionArn");
        Arns.parse(arn, "execution", "express");
        return arn;
    }

    ExecutionRecord execution(String arn) {
        ExecutionRecord record = state.executions.get(arn);
        if (record == null) {
            throw new ApiException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
        }
        return record;
    }
}
