package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.time.Instant;

/**
 * Default results of {@code .sync} integrations: the finished job as the service describes it (a succeeded Glue job
 * run, a stopped ECS task with exit code 0, a succeeded Batch job, a succeeded CodeBuild build, a succeeded
 * nested execution). Times are epoch milliseconds, as AWS's optimized integrations print them; the job "ran" from
 * the task's start until the same instant (the stub's {@code after(..)} decides the virtual duration).
 */
final class SyncJobResponses {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SyncJobResponses() {}

    static String executionArn(TaskInvocation invocation, JsonNode parameters) {
        String stateMachineArn = parameters
                .path("StateMachineArn")
                .asText("arn:aws:states:us-east-1:123456789012" + ":stateMachine:Child");
        String name = parameters.path("Name").asText(DeterministicIds.uuid(invocation, "execution-name"));
        return stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + name;
    }

    static ObjectNode describeExecution(TaskInvocation invocation, JsonNode parameters, boolean jsonText) {
        String executionArn = executionArn(invocation, parameters);
        JsonNode input = parameters.has("Input") ? parameters.get("Input") : NODES.objectNode();
        JsonNode inputValue = input.isTextual() ? parse(input.asText()) : input;
        long millis = invocation.time().toEpochMilli();
        ObjectNode result = NODES.objectNode();
        result.put("ExecutionArn", executionArn);
        if (jsonText) {
            result.put("Input", JsonCodec.write(inputValue));
        } else {
            result.set("Input", inputValue);
        }
        result.putObject("InputDetails").put("Included", true);
        result.put("Name", executionArn.substring(executionArn.lastIndexOf(':') + 1));
        if (jsonText) {
            result.put("Output", "{}");
        } else {
            result.putObject("Output");
        }
        result.putObject("OutputDetails").put("Included", true);
        if (!jsonText) {
            result.put("RedriveCount", 0);
            result.put("RedriveStatus", "NOT_REDRIVABLE");
            result.put("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
        }
        result.put("StartDate", millis);
        result.put("StateMachineArn", parameters.path("StateMachineArn").asText(""));
        result.put("Status", "SUCCEEDED");
        result.put("StopDate", millis);
        return result;
    }

    static ObjectNode glueJobRun(TaskInvocation invocation, JsonNode parameters) {
        long millis = invocation.time().toEpochMilli();
        ObjectNode run = NODES.objectNode();
        run.put("AllocatedCapacity", 10);
        run.put("Attempt", 0);
        run.put("CompletedOn", millis);
        run.put("ExecutionClass", "STANDARD");
        run.put("ExecutionTime", 0);
        run.put("GlueVersion", "4.0");
        run.put("Id", "jr_" + DeterministicIds.hex(invocation, "glue-run", 64));
        run.put("JobName", parameters.path("JobName").asText("job"));
        run.put("JobRunState", "SUCCEEDED");
        run.put("LastModifiedOn", millis);
        run.put("MaxCapacity", 10.0);
        run.put("NumberOfWorkers", 10);
        run.putArray("PredecessorRuns");
        run.put("StartedOn", millis);
        run.put("Timeout", 2880);
        run.put("WorkerType", "G.1X");
        return run;
    }

    static ObjectNode ecsRunTask(TaskInvocation invocation, JsonNode parameters) {
        String cluster = parameters.path("Cluster").asText("default");
        String region = region(invocation);
        String clusterArn =
                cluster.startsWith("arn:") ? cluster : "arn:aws:ecs:" + region + ":123456789012:cluster/" + cluster;
        String taskId = DeterministicIds.hex(invocation, "ecs-task", 32);
        long millis = invocation.time().toEpochMilli();
        ObjectNode result = NODES.objectNode();
        result.putArray("Failures");
        ObjectNode task = result.putArray("Tasks").addObject();
        task.put("ClusterArn", clusterArn);
        task.put("CreatedAt", millis);
        task.put("DesiredStatus", "STOPPED");
        task.put("LastStatus", "STOPPED");
        task.put("LaunchType", parameters.path("LaunchType").asText("FARGATE"));
        task.put("StartedAt", millis);
        task.put("StopCode", "EssentialContainerExited");
        task.put("StoppedAt", millis);
        task.put("StoppedReason", "Essential container in task exited");
        task.put("TaskArn", clusterArn.replace(":cluster/", ":task/") + "/" + taskId);
        task.put("TaskDefinitionArn", parameters.path("TaskDefinition").asText(""));
        ObjectNode container = task.putArray("Containers").addObject();
        container.put("ExitCode", 0);
        container.put("LastStatus", "STOPPED");
        container.put("Name", "app");
        return ServiceResponses.optimized(invocation, result);
    }

    static ObjectNode batchJob(TaskInvocation invocation, JsonNode parameters) {
        String jobId = DeterministicIds.uuid(invocation, "batch-job");
        long millis = invocation.time().toEpochMilli();
        ObjectNode job = NODES.objectNode();
        job.putArray("Attempts")
                .addObject()
                .put("StartedAt", millis)
                .put("StatusReason", "Essential container in task exited")
                .put("StoppedAt", millis)
                .putObject("Container")
                .put("ExitCode", 0);
        job.putObject("Container").put("ExitCode", 0);
        job.put("CreatedAt", millis);
        job.put("JobArn", "arn:aws:batch:" + region(invocation) + ":123456789012:job/" + jobId);
        job.put("JobDefinition", parameters.path("JobDefinition").asText(""));
        job.put("JobId", jobId);
        job.put("JobName", parameters.path("JobName").asText("job"));
        job.put("JobQueue", parameters.path("JobQueue").asText(""));
        job.put("StartedAt", millis);
        job.put("Status", "SUCCEEDED");
        job.put("StatusReason", "Essential container in task exited");
        job.put("StoppedAt", millis);
        return ServiceResponses.optimized(invocation, job);
    }

    static ObjectNode codeBuild(TaskInvocation invocation, JsonNode parameters) {
        String project = parameters.path("ProjectName").asText("project");
        String buildId = project + ":" + DeterministicIds.uuid(invocation, "build");
        Instant time = invocation.time();
        ObjectNode result = NODES.objectNode();
        ObjectNode build = result.putObject("Build");
        build.put("Arn", "arn:aws:codebuild:" + region(invocation) + ":123456789012:build/" + buildId);
        build.put("BuildComplete", true);
        build.put("BuildNumber", 1);
        build.put("BuildStatus", "SUCCEEDED");
        build.put("CurrentPhase", "COMPLETED");
        build.put("EndTime", time.toEpochMilli());
        build.put("Id", buildId);
        build.put("ProjectName", project);
        build.put("StartTime", time.toEpochMilli());
        return ServiceResponses.optimized(invocation, result);
    }

    private static String region(TaskInvocation invocation) {
        JsonNode region = invocation.context() == null
                ? null
                : invocation.context().path("StateMachine").path("Id");
        if (region != null && region.isTextual()) {
            String[] parts = region.asText().split(":");
            if (parts.length > 3 && !parts[3].isEmpty()) {
                return parts[3];
            }
        }
        return "us-east-1";
    }

    private static JsonNode parse(String text) {
        try {
            return JsonCodec.read(text);
        } catch (Exception notJson) {
            return NODES.textNode(text);
        }
    }
}
