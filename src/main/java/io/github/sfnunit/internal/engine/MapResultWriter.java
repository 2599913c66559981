package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.QueryLanguage;
import io.github.sfnunit.asl.ResultWriter;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.internal.query.ContextObject;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.PayloadTemplate;
import io.github.sfnunit.mock.TaskHandler;
import io.github.sfnunit.mock.TaskInvocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A distributed Map's {@code ResultWriter} to {@code s3:putObject}. There is no S3 in a test: each file AWS would
 * write ({@code <Prefix>/<map run id>/manifest.json}, {@code SUCCEEDED_0.json}, {@code FAILED_0.json}) is recorded
 * as a task invocation of the Map state with resource {@code arn:aws:states:::s3:putObject} and parameters {@code
 * {"Bucket", "Key", "Body"}}, where the test reads it ({@code Execution.invocations()}). The Map's result is then
 * what AWS returns: {@code {"MapRunArn", "ResultWriterDetails": {"Bucket", "Key"}}}.
 *
 * <p>{@code WriterConfig}: {@code OutputType} JSON or JSONL, {@code Transformation} NONE (the child execution
 * records), COMPACT (their outputs) or FLATTEN (their outputs, arrays flattened).
 */
final class MapResultWriter {

    static final String PUT_OBJECT = "arn:aws:states:::s3:putObject";

    private final StateRun run;
    private final State.Map map;
    private final String mapRunArn;
    private final ResultWriter writer;
    private final Map<Integer, ObjectNode> records = new TreeMap<>();

    MapResultWriter(StateRun run, State.Map map, String mapRunArn) {
        this.run = run;
        this.map = map;
        this.mapRunArn = mapRunArn;
        this.writer = map.resultWriter();
    }

    static void checkSupported(State.Map map) {
        ResultWriter writer = map.resultWriter();
        if (writer == null) {
            return;
        }
        String at = "State '" + map.name() + "' (" + map.pointer() + "/ResultWriter): ";
        if (writer.resource() == null) {
            throw new UnsupportedFeatureException(
                    at + "a ResultWriter with only WriterConfig (results returned in the state output, transformed)"
                            + " is not supported yet; set \"Resource\": \"" + PUT_OBJECT + "\"");
        }
        if (!PUT_OBJECT.equals(writer.resource())) {
            throw new UnsupportedFeatureException(
                    at + "ResultWriter resource '" + writer.resource() + "' is not supported; use " + PUT_OBJECT);
        }
        JsonNode config = writer.writerConfig();
        if (config != null) {
            String type = config.path("OutputType").asText("JSON");
            String transformation = config.path("Transformation").asText("NONE");
            if (!List.of("JSON", "JSONL").contains(type)
                    || !List.of("NONE", "COMPACT", "FLATTEN").contains(transformation)) {
                throw new UnsupportedFeatureException(at + "WriterConfig OutputType " + type + " / Transformation "
                        + transformation + " is not supported; supported: JSON or JSONL, NONE, COMPACT or FLATTEN");
            }
        }
    }

    void started(int index, String executionArn, String name, JsonNode input, Instant time) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("ExecutionArn", executionArn);
        record.put("Input", JsonCodec.write(input));
        record.putObject("InputDetails").put("Included", true);
        record.put("Name", name);
        record.put("RedriveCount", 0);
        record.put("RedriveStatus", "NOT_REDRIVABLE");
        record.put("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
        record.put("StartDate", ContextObject.timestamp(time));
        record.put("StateMachineArn", run.execution().options().stateMachineArn());
        record.put("Status", "RUNNING");
        records.put(index, record);
    }

    void succeeded(int index, JsonNode output, Instant time) {
        ObjectNode record = records.get(index);
        record.put("Output", JsonCodec.write(output));
        record.putObject("OutputDetails").put("Included", true);
        record.put("Status", "SUCCEEDED");
        record.put("StopDate", ContextObject.timestamp(time));
    }

    void failed(int index, String error, String cause, Instant time) {
        ObjectNode record = records.get(index);
        if (error != null) {
            record.put("Error", error);
        }
        if (cause != null) {
            record.put("Cause", cause);
        }
        record.put("RedriveStatus", "REDRIVABLE");
        record.remove("RedriveStatusReason");
        record.put("Status", "FAILED");
        record.put("StopDate", ContextObject.timestamp(time));
    }

    /**
     * Writes the result files and returns the Map's result. {@code results} is {@code null} when the Map Run
     * failed (the files are written all the same, as AWS does).
     */
    JsonNode write(ArrayNode results) {
        JsonNode target = target();
        String bucket = target.path("Bucket").asText("");
        String prefix = target.path("Prefix").asText("");
        String runId = mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1);
        String folder = (prefix.isEmpty() ? "" : prefix.endsWith("/") ? prefix : prefix + "/") + runId + "/";
        Map<String, List<ObjectNode>> byStatus = new TreeMap<>();
        for (ObjectNode record : records.values()) {
            String status = record.path("Status").asText();
            byStatus.computeIfAbsent("RUNNING".equals(status) ? "PENDING" : status, s -> new ArrayList<>())
                    .add(record);
        }
        String extension = outputType().equals("JSONL") ? ".jsonl" : ".json";
        ObjectNode manifest = JsonNodeFactory.instance.objectNode();
        manifest.put("DestinationBucket", bucket);
        manifest.put("MapRunArn", mapRunArn);
        ObjectNode files = manifest.putObject("ResultFiles");
        for (String status : List.of("FAILED", "PENDING", "SUCCEEDED")) {
            ArrayNode list = files.putArray(status);
            List<ObjectNode> entries = byStatus.get(status);
            if (entries == null) {
                continue;
            }
            String key = folder + status + "_0" + extension;
            String body = body(entries, status);
            list.addObject().put("Key", key).put("Size", body.length());
            put(bucket, key, body);
        }
        String manifestKey = folder + "manifest.json";
        put(bucket, manifestKey, JsonCodec.write(manifest));
        ObjectNode output = JsonNodeFactory.instance.objectNode();
        output.put("MapRunArn", mapRunArn);
        output.putObject("ResultWriterDetails").put("Bucket", bucket).put("Key", manifestKey);
        return output;
    }

    private JsonNode target() {
        EvaluationContext context = run.context();
        if (map.queryLanguage() == QueryLanguage.JSONATA) {
            JsonNode arguments = writer.arguments() == null
                    ? null
                    : run.dataFlow().field("Arguments", writer.arguments(), null, run.rawInput(), context);
            return arguments == null ? JsonNodeFactory.instance.objectNode() : arguments;
        }
        return writer.parameters() == null
                ? JsonNodeFactory.instance.objectNode()
                : PayloadTemplate.compile(writer.parameters(), map.pointer() + "/ResultWriter/Parameters")
                        .evaluate(run.rawInput(), context);
    }

    private String outputType() {
        JsonNode config = writer.writerConfig();
        return config == null ? "JSON" : config.path("OutputType").asText("JSON");
    }

    private String body(List<ObjectNode> entries, String status) {
        JsonNode config = writer.writerConfig();
        String transformation =
                config == null ? "NONE" : config.path("Transformation").asText("NONE");
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        for (ObjectNode record : entries) {
            if ("NONE".equals(transformation) || !"SUCCEEDED".equals(status)) {
                values.add(record);
                continue;
            }
            JsonNode output = parse(record.path("Output").asText("null"));
            if ("FLATTEN".equals(transformation) && output.isArray()) {
                values.addAll((ArrayNode) output);
            } else {
                values.add(output);
            }
        }
        if (!"JSONL".equals(outputType().toUpperCase(Locale.ROOT))) {
            return JsonCodec.write(values);
        }
        StringBuilder lines = new StringBuilder();
        values.forEach(v -> lines.append(JsonCodec.write(v)).append('\n'));
        return lines.toString();
    }

    private static JsonNode parse(String text) {
        try {
            return JsonCodec.read(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A child execution's output is not JSON: " + text, e);
        }
    }

    private void put(String bucket, String key, String body) {
        ExecutionRuntime execution = run.execution();
        ObjectNode parameters = JsonNodeFactory.instance.objectNode();
        parameters.put("Bucket", bucket);
        parameters.put("Key", key);
        parameters.put("Body", body);
        TaskInvocation write = new TaskInvocation(
                map.name(),
                run.fiber().pathPrefix() + map.name() + "/ResultWriter",
                PUT_OBJECT,
                parameters,
                run.retryCount(),
                execution.recordInvocationIndex(map.name() + "/ResultWriter"),
                execution.now(),
                run.context().contextObject(),
                null);
        execution.recordInvocation(write);
        TaskHandler handler = execution.options().taskHandler();
        if (handler != null) {
            handler.observe(write);
        }
    }
}
