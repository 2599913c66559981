package io.github.sfnunit.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.RunningExecution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An execution started through the API. Guarded by the endpoint's lock. */
final class ExecutionRecord {

    final long sequence;
    final String arn;
    final String name;
    final MachineRecord machine;
    final String inputText;
    final JsonNode input;
    final String traceHeader;
    final Instant startDate;
    /** The engine's execution while it runs; {@code null} once it ended (only {@link #result} is kept). */
    RunningExecution run;
    /** The final execution once it ended. */
    Execution result;
    /** The task tokens the execution handed out, to forget them with it. */
    final List<String> tokens = new ArrayList<>();

    ExecutionRecord(
            long sequence,
            String name,
            MachineRecord machine,
            RunningExecution run,
            Execution begun,
            String inputText,
            JsonNode input,
            String traceHeader) {
        this.sequence = sequence;
        this.machine = machine;
        this.run = run;
        this.arn = begun.executionArn();
        this.name = name;
        this.inputText = inputText;
        this.input = input;
        this.traceHeader = traceHeader;
        this.startDate = begun.startTime();
    }

    Execution snapshot() {
        return result != null ? result : run.snapshot();
    }

    ExecutionStatus status() {
        return result != null ? result.status() : run.status();
    }
}
