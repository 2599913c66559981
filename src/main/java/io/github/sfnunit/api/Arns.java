package io.github.sfnunit.api;

import io.github.sfnunit.asl.internal.AwsNames;

/** The ARNs and names of the served API, checked as AWS checks them. */
final class Arns {

    private final String region;
    private final String accountId;

    Arns(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    String region() {
        return region;
    }

    String accountId() {
        return accountId;
    }

    static void checkName(String name) {
        if (!AwsNames.isValid(name)) {
            throw new ApiException("InvalidName", "Invalid Name: '" + name + "'");
        }
    }

    String stateMachine(String name) {
        return prefix() + "stateMachine:" + name;
    }

    String activity(String name) {
        return prefix() + "activity:" + name;
    }

    String execution(String machineName, String name) {
        return prefix() + "execution:" + machineName + ":" + name;
    }

    private String prefix() {
        return "arn:aws:states:" + region + ":" + accountId + ":";
    }

    /**
     * The resource type of a Step Functions ARN ({@code stateMachine}, {@code execution}, {@code express}, {@code
     * activity}), checked against {@code expected}.
     *
     * @throws ApiException {@code InvalidArn} when it is no such ARN, or one of another type
     */
    static String[] parse(String arn, String... expected) {
        if (arn.length() > 2048) {
            throw ApiException.invalidArn(arn.substring(0, 64) + "...", "ARN too long");
        }
        String[] parts = arn.split(":", -1);
        if (parts.length < 7 || !"arn".equals(parts[0]) || !"states".equals(parts[2]) || parts[1].isEmpty()) {
            throw ApiException.invalidArn(arn, "Unable to parse ARN");
        }
        for (String type : expected) {
            if (type.equals(parts[5])) {
                for (int i = 6; i < parts.length; i++) {
                    if (parts[i].isEmpty()) {
                        throw ApiException.invalidArn(arn, "Resource name missing");
                    }
                }
                return parts;
            }
        }
        throw ApiException.invalidArn(arn, "Resource type not valid in this context: " + parts[5]);
    }
}
