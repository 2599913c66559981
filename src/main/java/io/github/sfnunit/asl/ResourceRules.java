package io.github.sfnunit.asl;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a Task's {@code Resource}: it must be a valid resource ARN ({@link ResourceArn}), optimized service
 * integrations ({@code arn:aws:states:::service:action}) must name an integration AWS offers, and Express state
 * machines refuse activities, {@code .sync} and {@code .waitForTaskToken}.
 */
final class ResourceRules {

    private static final Pattern INTEGRATION =
            Pattern.compile("arn:[^:]+:states:::([^:]+):([^.]+)(\\.sync(?::2)?|\\.waitForTaskToken)?");

    private static final Pattern ACTIVITY = Pattern.compile("arn:[^:]+:states:[^:]*:[^:]*:activity:.+");

    /** The optimized integrations, by service, as listed in the Step Functions developer guide. */
    private static final Map<String, Set<String>> OPTIMIZED = Map.ofEntries(
            Map.entry("lambda", Set.of("invoke")),
            Map.entry("apigateway", Set.of("invoke")),
            Map.entry(
                    "athena",
                    Set.of("startQueryExecution", "stopQueryExecution", "getQueryExecution", "getQueryResults")),
            Map.entry("batch", Set.of("submitJob")),
            Map.entry("bedrock", Set.of("invokeModel", "createModelCustomizationJob")),
            Map.entry(
                    "codebuild",
                    Set.of(
                            "startBuild",
                            "stopBuild",
                            "batchDeleteBuilds",
                            "batchGetReports",
                            "startBuildBatch",
                            "stopBuildBatch",
                            "retryBuildBatch",
                            "retryBuild",
                            "deleteBuildBatch")),
            Map.entry("dynamodb", Set.of("getItem", "putItem", "updateItem", "deleteItem")),
            Map.entry("ecs", Set.of("runTask")),
            Map.entry(
                    "eks",
                    Set.of(
                            "createCluster",
                            "deleteCluster",
                            "createFargateProfile",
                            "deleteFargateProfile",
                            "createNodegroup",
                            "deleteNodegroup",
                            "runJob",
                            "call")),
            Map.entry(
                    "elasticmapreduce",
                    Set.of(
                            "createCluster",
                            "terminateCluster",
                            "addStep",
                            "cancelStep",
                            "setClusterTerminationProtection",
                            "modifyInstanceFleetByName",
                            "modifyInstanceGroupByName")),
            Map.entry("emr-containers", Set.of("startJobRun", "createVirtualCluster", "deleteVirtualCluster")),
            Map.entry(
                    "emr-serverless",
                    Set.of(
                            "createApplication",
                            "startApplication",
                            "stopApplication",
                            "deleteApplication",
                            "startJobRun",
                            "cancelJobRun")),
            Map.entry("events", Set.of("putEvents")),
            Map.entry("glue", Set.of("startJobRun")),
            Map.entry("databrew", Set.of("startJobRun")),
            Map.entry("http", Set.of("invoke")),
            Map.entry("mediaconvert", Set.of("createJob")),
            Map.entry(
                    "sagemaker",
                    Set.of(
                            "createEndpoint",
                            "createEndpointConfig",
                            "createHyperParameterTuningJob",
                            "createLabelingJob",
                            "createModel",
                            "createProcessingJob",
                            "createTrainingJob",
                            "createTransformJob",
                            "updateEndpoint",
                            "startPipelineExecution")),
            Map.entry("sns", Set.of("publish")),
            Map.entry("sqs", Set.of("sendMessage")),
            Map.entry("states", Set.of("startExecution")),
            // Used as Map ItemReader/ResultWriter resources; listed so that a Task naming them is understood.
            Map.entry("s3", Set.of("getObject", "listObjectsV2", "putObject")));

    private ResourceRules() {}

    static void check(Fields fields, String resource, StateMachineType machineType) {
        String notValid = ResourceArn.problem(resource);
        if (notValid != null) {
            fields.error("Resource", ResourceArn.NOT_VALID + ": \"" + resource + "\" (" + notValid + ")");
            return;
        }
        if (machineType == StateMachineType.EXPRESS
                && ACTIVITY.matcher(resource).matches()) {
            fields.error("Resource", "Express state machine does not support Activity ARN: \"" + resource + "\"");
            return;
        }
        Matcher matcher = INTEGRATION.matcher(resource);
        if (!matcher.matches()) {
            if (!ResourceArn.isFunctionOrActivity(resource)) {
                fields.error(
                        "Resource",
                        notRecognized(resource)
                                + " (a Task calls a Lambda function ARN, an activity ARN, or a service integration"
                                + " arn:aws:states:::<service>:<action>)");
            }
            return;
        }
        String service = matcher.group(1);
        String action = matcher.group(2);
        String suffix = matcher.group(3);
        if (machineType == StateMachineType.EXPRESS && suffix != null) {
            fields.error(
                    "Resource",
                    "Express state machine does not support '" + (suffix.startsWith(".sync") ? ".sync" : suffix)
                            + "' service integration: \"" + resource + "\"");
        }
        String unsupported = unsupportedPattern(service, suffix);
        if (unsupported != null) {
            fields.error(
                    "Resource",
                    notRecognized(resource) + " The " + service + " integration does not support " + unsupported
                            + " (see the integration patterns table of"
                            + " https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html)");
            return;
        }
        if (service.equals("aws-sdk")) {
            return;
        }
        Set<String> actions = OPTIMIZED.get(service);
        if (actions == null) {
            fields.error(
                    "Resource",
                    notRecognized(resource) + " \"" + service
                            + "\" is not an optimized integration"
                            + Suggestions.clause(service, OPTIMIZED.keySet())
                            + " (use arn:aws:states:::aws-sdk:" + service + ":" + action + " for an SDK integration)");
        } else if (!actions.contains(action)) {
            fields.error(
                    "Resource",
                    notRecognized(resource) + " The optimized " + service
                            + " integration has no \"" + action + "\" action (it has "
                            + String.join(", ", sorted(actions))
                            + "; use arn:aws:states:::aws-sdk:" + service + ":" + action + " for any SDK action)");
        }
    }

    /** Services whose integration has no {@code .sync} pattern, from the optimized and SDK integrations table. */
    private static final Set<String> NO_SYNC =
            Set.of("apigateway", "aws-sdk", "dynamodb", "events", "lambda", "sns", "sqs");

    /** Services whose integration has no {@code .waitForTaskToken} pattern, from the same table. */
    private static final Set<String> NO_CALLBACK = Set.of(
            "athena",
            "batch",
            "codebuild",
            "databrew",
            "dynamodb",
            "elasticmapreduce",
            "emr-containers",
            "emr-serverless",
            "glue",
            "sagemaker");

    /** The integration pattern {@code suffix} when {@code service} does not offer it, else {@code null}. */
    private static String unsupportedPattern(String service, String suffix) {
        if (suffix == null) {
            return null;
        }
        if (suffix.startsWith(".sync")) {
            return NO_SYNC.contains(service) ? "the .sync (run a job) pattern" : null;
        }
        return NO_CALLBACK.contains(service) ? "the .waitForTaskToken (callback) pattern" : null;
    }

    /** AWS's words for a well-formed ARN that names no resource a Task can call. */
    private static String notRecognized(String resource) {
        return "The resource provided " + resource
                + " is not recognized. The value is not a valid resource ARN, or the resource is not available in"
                + " this region.";
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
