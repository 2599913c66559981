package io.github.sfnunit.history;

import java.util.Objects;

/**
 * A Task's {@code Resource} ARN, classified and split as AWS's history shows it.
 *
 * <ul>
 *   <li>{@code arn:aws:states:::lambda:invoke} is a {@link Kind#SERVICE_INTEGRATION}: resourceType {@code lambda},
 *       resource {@code invoke};
 *   <li>{@code arn:aws:states:::aws-sdk:dynamodb:putItem}: resourceType {@code aws-sdk:dynamodb}, resource {@code
 *       putItem};
 *   <li>{@code arn:aws:states:::states:startExecution.sync:2}: resourceType {@code states}, resource {@code
 *       startExecution.sync:2};
 *   <li>{@code arn:aws:lambda:us-east-1:123456789012:function:f} is a {@link Kind#LAMBDA_FUNCTION} (history has
 *       {@code LambdaFunction*} events);
 *   <li>{@code arn:aws:states:us-east-1:123456789012:activity:a} is an {@link Kind#ACTIVITY} ({@code Activity*}
 *       events).
 * </ul>
 *
 * <p>Any other text is refused by {@link #parse(String)}: the validator refuses it first, as AWS does ({@code Value
 * is not a valid resource ARN}).
 *
 * @param arn the ARN as written in the definition
 * @param resourceType for service integrations the service part, else {@code null}
 * @param resource for service integrations the action part (with {@code .sync}, {@code .waitForTaskToken}
 *     suffixes), else the ARN
 * @since 0.1.0
 */
public record TaskResource(String arn, Kind kind, String resourceType, String resource) {

    /**
     * How a Task's resource is called, which decides its history events.
     *
     * @since 0.1.0
     */
    public enum Kind {
        SERVICE_INTEGRATION,
        LAMBDA_FUNCTION,
        ACTIVITY
    }

    private static final String AWS_SDK = "aws-sdk:";

    public TaskResource {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Classifies and splits a resource ARN.
     *
     * @throws IllegalArgumentException when the text is not an ARN of a Lambda function, an activity or a {@code
     *     states} service integration
     */
    public static TaskResource parse(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6 || !"arn".equals(parts[0])) {
            throw new IllegalArgumentException("Task resource '" + arn
                    + "' is not an ARN: expected arn:<partition>:<service>:<region>:<account>:<resource>");
        }
        String service = parts[2];
        String rest = parts[5];
        if ("lambda".equals(service) && rest.startsWith("function:")) {
            return new TaskResource(arn, Kind.LAMBDA_FUNCTION, null, arn);
        }
        if ("states".equals(service) && rest.startsWith("activity:")) {
            return new TaskResource(arn, Kind.ACTIVITY, null, arn);
        }
        if ("states".equals(service) && parts[4].isEmpty()) {
            int split = rest.startsWith(AWS_SDK) ? rest.indexOf(':', AWS_SDK.length()) : rest.indexOf(':');
            if (split > 0 && split < rest.length() - 1) {
                return new TaskResource(
                        arn, Kind.SERVICE_INTEGRATION, rest.substring(0, split), rest.substring(split + 1));
            }
        }
        throw new IllegalArgumentException("Task resource '" + arn
                + "' is neither a Lambda function ARN, an activity ARN, nor a service integration"
                + " (arn:aws:states:::<service>:<action>)");
    }

    /** {@code true} for {@code .waitForTaskToken} integrations. */
    public boolean isWaitForTaskToken() {
        return kind == Kind.SERVICE_INTEGRATION && resource.endsWith(".waitForTaskToken");
    }

    /** {@code true} for {@code .sync} and {@code .sync:2} integrations. */
    public boolean isSync() {
        return kind == Kind.SERVICE_INTEGRATION && (resource.endsWith(".sync") || resource.contains(".sync:"));
    }

    /** The action without its {@code .sync}/{@code .waitForTaskToken} suffix, e.g. {@code startExecution}. */
    public String action() {
        if (kind != Kind.SERVICE_INTEGRATION) {
            return null;
        }
        int dot = resource.indexOf('.');
        return dot < 0 ? resource : resource.substring(0, dot);
    }
}
