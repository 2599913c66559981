package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.history.TaskResource;

/**
 * Realistic default results of service integrations, shaped as AWS returns them (optimized integrations with their
 * {@code SdkHttpMetadata}/{@code SdkResponseMetadata}, AWS SDK integrations without). Ids, dates and checksums derive
 * from the invocation, so runs stay deterministic. Used by {@link TaskStub#thenReturnDefault()}.
 *
 * <p>Covered: {@code sns:publish}, {@code sqs:sendMessage}, {@code dynamodb:getItem/putItem/updateItem/deleteItem}
 * (optimized and {@code aws-sdk:dynamodb}), {@code events:putEvents}, {@code states:startExecution} (and its
 * {@code .sync}/{@code .sync:2} shapes), {@code lambda:invoke}, and the {@code .sync} results of {@code
 * glue:startJobRun}, {@code ecs:runTask}, {@code batch:submitJob}, {@code codebuild:startBuild}. Anything else
 * throws {@link UnsupportedFeatureException}: stub it with {@code thenReturn}.
 *
 * @since 0.1.0
 */
public final class ServiceResponses {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ServiceResponses() {}

    /** The default result for the invocation's resource. */
    public static JsonNode defaultFor(TaskInvocation invocation) {
        TaskResource resource = TaskResource.parse(invocation.resource());
        JsonNode parameters = invocation.parameters() == null ? NODES.objectNode() : invocation.parameters();
        if (resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION) {
            return LambdaResponses.taskResult(invocation, null);
        }
        if (resource.kind() == TaskResource.Kind.ACTIVITY) {
            throw unsupported(resource, "an activity's result is whatever its worker sends");
        }
        String key = resource.resourceType() + ":" + resource.resource();
        return switch (key) {
            case "lambda:invoke" -> LambdaResponses.taskResult(invocation, null);
            case "sns:publish" ->
                withMetadata(invocation, snsPublish(invocation), "text/xml", snsXmlLength(invocation));
            case "sqs:sendMessage" -> optimized(invocation, sqsSendMessage(invocation, parameters));
            case "dynamodb:getItem", "dynamodb:putItem", "dynamodb:deleteItem", "dynamodb:updateItem" ->
                dynamoDb(invocation, NODES.objectNode());
            case "aws-sdk:dynamodb:getItem",
                    "aws-sdk:dynamodb:putItem",
                    "aws-sdk:dynamodb:deleteItem",
                    "aws-sdk:dynamodb:updateItem" -> NODES.objectNode();
            case "events:putEvents" -> putEvents(invocation, parameters);
            case "states:startExecution" -> optimized(invocation, startExecution(invocation, parameters));
            case "aws-sdk:sfn:startExecution" -> startExecution(invocation, parameters);
            case "states:startExecution.sync" -> SyncJobResponses.describeExecution(invocation, parameters, true);
            case "states:startExecution.sync:2" -> SyncJobResponses.describeExecution(invocation, parameters, false);
            case "glue:startJobRun.sync" -> SyncJobResponses.glueJobRun(invocation, parameters);
            case "ecs:runTask.sync" -> SyncJobResponses.ecsRunTask(invocation, parameters);
            case "batch:submitJob.sync" -> SyncJobResponses.batchJob(invocation, parameters);
            case "codebuild:startBuild.sync" -> SyncJobResponses.codeBuild(invocation, parameters);
            default -> throw unsupported(resource, "no realistic default is known for it yet");
        };
    }

    /**
     * What the service answered when a {@code .sync} or {@code .waitForTaskToken} task submitted its call (AWS's
     * {@code TaskSubmitted} output): the plain action's result, e.g. {@code sqs:sendMessage}'s {@code MessageId} for
     * {@code sqs:sendMessage.waitForTaskToken}, or the {@code StartExecution} response for {@code
     * states:startExecution.sync}. {@code null} when no realistic response is known (the event then has no output).
     */
    public static JsonNode submittedFor(TaskInvocation invocation) {
        TaskResource resource = TaskResource.parse(invocation.resource());
        if (!resource.isSync() && !resource.isWaitForTaskToken()) {
            return null;
        }
        JsonNode parameters = invocation.parameters() == null ? NODES.objectNode() : invocation.parameters();
        return switch (resource.resourceType() + ":" + resource.action()) {
            case "sns:publish" ->
                withMetadata(invocation, snsPublish(invocation), "text/xml", snsXmlLength(invocation));
            case "sqs:sendMessage" -> optimized(invocation, sqsSendMessage(invocation, parameters));
            case "states:startExecution" -> optimized(invocation, startExecution(invocation, parameters));
            case "events:putEvents" -> putEvents(invocation, parameters);
            default -> null;
        };
    }

    /** An optimized integration's result: the service's JSON body plus the SDK metadata AWS adds. */
    static ObjectNode optimized(TaskInvocation invocation, ObjectNode body) {
        return withMetadata(
                invocation, body, "application/x-amz-json-1.0", DeterministicIds.utf8Length(JsonCodec.write(body)));
    }

    private static ObjectNode withMetadata(TaskInvocation invocation, ObjectNode body, String contentType, int length) {
        String requestId = DeterministicIds.uuid(invocation, "request");
        String date = DeterministicIds.httpDate(invocation.time());
        ObjectNode result = body.deepCopy();
        ObjectNode metadata = result.putObject("SdkHttpMetadata");
        ObjectNode all = metadata.putObject("AllHttpHeaders");
        all.putArray("x-amzn-RequestId").add(requestId);
        all.putArray("connection").add("keep-alive");
        all.putArray("Content-Length").add(Integer.toString(length));
        all.putArray("Date").add(date);
        all.putArray("Content-Type").add(contentType);
        metadata.putObject("HttpHeaders")
                .put("connection", "keep-alive")
                .put("Content-Length", Integer.toString(length))
                .put("Content-Type", contentType)
                .put("Date", date)
                .put("x-amzn-RequestId", requestId);
        metadata.put("HttpStatusCode", 200);
        result.putObject("SdkResponseMetadata").put("RequestId", requestId);
        return result;
    }

    private static ObjectNode dynamoDb(TaskInvocation invocation, ObjectNode body) {
        String text = JsonCodec.write(body);
        String requestId =
                DeterministicIds.hex(invocation, "dynamodb-request", 52).toUpperCase(java.util.Locale.ROOT);
        String length = Integer.toString(DeterministicIds.utf8Length(text));
        String date = DeterministicIds.httpDate(invocation.time());
        String crc = DeterministicIds.crc32(text);
        ObjectNode result = body.deepCopy();
        ObjectNode metadata = result.putObject("SdkHttpMetadata");
        ObjectNode all = metadata.putObject("AllHttpHeaders");
        all.putArray("Server").add("Server");
        all.putArray("Connection").add("keep-alive");
        all.putArray("x-amzn-RequestId").add(requestId);
        all.putArray("x-amz-crc32").add(crc);
        all.putArray("Content-Length").add(length);
        all.putArray("Date").add(date);
        all.putArray("Content-Type").add("application/x-amz-json-1.0");
        metadata.putObject("HttpHeaders")
                .put("Connection", "keep-alive")
                .put("Content-Length", length)
                .put("Content-Type", "application/x-amz-json-1.0")
                .put("Date", date)
                .put("Server", "Server")
                .put("x-amz-crc32", crc)
                .put("x-amzn-RequestId", requestId);
        metadata.put("HttpStatusCode", 200);
        result.putObject("SdkResponseMetadata").put("RequestId", requestId);
        return result;
    }

    private static ObjectNode snsPublish(TaskInvocation invocation) {
        return NODES.objectNode().put("MessageId", DeterministicIds.uuid(invocation, "message"));
    }

    private static int snsXmlLength(TaskInvocation invocation) {
        String xml = "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">\n  <PublishResult>\n"
                + "    <MessageId>" + DeterministicIds.uuid(invocation, "message") + "</MessageId>\n"
                + "  </PublishResult>\n  <ResponseMetadata>\n    <RequestId>"
                + DeterministicIds.uuid(invocation, "request") + "</RequestId>\n  </ResponseMetadata>\n"
                + "</PublishResponse>\n";
        return DeterministicIds.utf8Length(xml);
    }

    private static ObjectNode sqsSendMessage(TaskInvocation invocation, JsonNode parameters) {
        JsonNode body = parameters.path("MessageBody");
        // Step Functions sends a JSON MessageBody as its JSON text; SQS hashes what it received
        String text = body.isTextual() ? body.asText() : JsonCodec.write(body);
        return NODES.objectNode()
                .put("MD5OfMessageBody", DeterministicIds.md5Hex(text))
                .put("MessageId", DeterministicIds.uuid(invocation, "message"));
    }

    private static ObjectNode putEvents(TaskInvocation invocation, JsonNode parameters) {
        ObjectNode result = NODES.objectNode();
        ArrayNode entries = result.putArray("Entries");
        int count = Math.max(1, parameters.path("Entries").size());
        for (int i = 0; i < count; i++) {
            entries.addObject().put("EventId", DeterministicIds.uuid(invocation, "event" + i));
        }
        result.put("FailedEntryCount", 0);
        return result;
    }

    private static ObjectNode startExecution(TaskInvocation invocation, JsonNode parameters) {
        return NODES.objectNode()
                .put("ExecutionArn", SyncJobResponses.executionArn(invocation, parameters))
                .put("StartDate", invocation.time().toEpochMilli());
    }

    private static UnsupportedFeatureException unsupported(TaskResource resource, String why) {
        return new UnsupportedFeatureException("thenReturnDefault() for resource '" + resource.arn()
                + "' is not supported: " + why + ". Stub the result with thenReturn(...)");
    }
}
