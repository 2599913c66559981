package io.github.sfnunit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One side-by-side workload from {@code bench/workloads/workloads.json}, with its definition and input loaded.
 *
 * @param id the short id in the table ({@code a} to {@code f})
 * @param name the file stem of the definition, also its key in {@code mocks.json}
 * @param definitionJson the ASL definition text
 * @param inputs the execution inputs, fed in turn: execution k takes input k mod n (one for most workloads)
 * @param mocks per Task state, the answers of invocations 0, 1, 2, ... of one execution (the last repeats)
 * @param peerSupported {@code false} when aws-local-stepfunctions cannot run the workload
 * @param expectedOutput the output to check against when the peer cannot run it, else {@code null}
 * @param historyRecording whether sfn-unit records the execution history for this workload
 * @param itemCount the number of generated Map items, {@code 0} when the input comes from a file
 */
public record Workload(
        String id,
        String name,
        String title,
        String definitionJson,
        List<JsonNode> inputs,
        Map<String, List<MockAnswer>> mocks,
        boolean peerSupported,
        JsonNode expectedOutput,
        boolean historyRecording,
        int itemCount) {

    public Workload {
        inputs = List.copyOf(inputs);
        mocks = Map.copyOf(mocks);
    }

    /** The first input: the one of single-input workloads, and the one memory is measured with. */
    public JsonNode input() {
        return inputs.get(0);
    }

    /**
     * One mocked answer of a Task: a result, or an error with its cause. A result is stubbed as JSON text, as a
     * test writes {@code thenReturn("{...}")}, so each execution pays for what a test's stubbing costs.
     */
    public sealed interface MockAnswer {
        record Returns(String resultJson) implements MockAnswer {}

        record Throws(String error, String cause) implements MockAnswer {}
    }
}
