package io.github.sfnunit.asl;

import java.util.regex.Pattern;

/**
 * What CreateStateMachine accepts as a Task's {@code Resource}: an ARN {@code
 * arn:<partition>:<service>:<region>:<account-id>:<resource>} whose parts are real values, not the {@code ...},
 * {@code <region>} or {@code ${Name}} of an example or an unfilled template. AWS refuses anything else with {@code
 * SCHEMA_VALIDATION_FAILED: Value is not a valid resource ARN at /States/<State>/Resource}.
 *
 * <p>The parts, as AWS documents them on the Task state page and in the ARN reference of the IAM guide:
 *
 * <ul>
 *   <li>partition {@code aws}, {@code aws-cn}, {@code aws-us-gov}, ... ({@code aws} then lowercase words joined by
 *       hyphens);
 *   <li>service: lowercase letters, digits and hyphens;
 *   <li>region: empty (service integrations, {@code arn:aws:states:::sqs:sendMessage}) or a region code such as
 *       {@code us-east-1} or {@code us-gov-west-1};
 *   <li>account: empty or 12 digits;
 *   <li>resource: not empty, no white space. A Lambda function ({@code function:<name>[:<version or alias>]}) and an
 *       activity ({@code activity:<name>}) also need a region and an account, as every real one has.
 * </ul>
 */
final class ResourceArn {

    /** AWS's words for a Resource that is not a valid ARN. */
    static final String NOT_VALID = "Value is not a valid resource ARN";

    private static final Pattern PARTITION = Pattern.compile("aws(-[a-z]+)*");
    private static final Pattern SERVICE = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
    private static final Pattern RESOURCE = Pattern.compile("\\S+");
    private static final Pattern FUNCTION = Pattern.compile("function:[^:]+(:[^:]+)?");
    private static final Pattern ACTIVITY = Pattern.compile("activity:[^:]+");

    private ResourceArn() {}

    /** Why {@code text} is not a valid resource ARN, or {@code null} when it is one. */
    static String problem(String text) {
        if (text.contains("${")) {
            return "the placeholder " + text.substring(text.indexOf("${"), closing(text))
                    + " has no value: give it one in the template's DefinitionSubstitutions or the test's substitutions";
        }
        String[] parts = text.split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn")) {
            return "expected arn:<partition>:<service>:<region>:<account-id>:<resource>,"
                    + " e.g. arn:aws:lambda:us-east-1:123456789012:function:MyFunction";
        }
        if (!PARTITION.matcher(parts[1]).matches()) {
            return "\"" + parts[1] + "\" is not a partition such as aws, aws-cn or aws-us-gov";
        }
        if (!SERVICE.matcher(parts[2]).matches()) {
            return "\"" + parts[2] + "\" is not a service name such as lambda or states";
        }
        String region = parts[3];
        String account = parts[4];
        String resource = parts[5];
        if (!region.isEmpty() && !REGION.matcher(region).matches()) {
            return "\"" + region + "\" is not a region such as us-east-1";
        }
        if (!account.isEmpty() && !ACCOUNT.matcher(account).matches()) {
            return "\"" + account + "\" is not a 12-digit account id";
        }
        if (!RESOURCE.matcher(resource).matches()) {
            return "the resource part after the account id is empty or has white space";
        }
        boolean function = parts[2].equals("lambda") && resource.startsWith("function:");
        boolean activity = parts[2].equals("states") && resource.startsWith("activity:");
        if ((function || activity) && (region.isEmpty() || account.isEmpty())) {
            return (function ? "a Lambda function" : "an activity") + " ARN names its region and account id, e.g. "
                    + (function
                            ? "arn:aws:lambda:us-east-1:123456789012:function:MyFunction"
                            : "arn:aws:states:us-east-1:123456789012:activity:MyActivity");
        }
        if (function && !FUNCTION.matcher(resource).matches()) {
            return "\"" + resource + "\" is not function:<name> or function:<name>:<version or alias>";
        }
        if (activity && !ACTIVITY.matcher(resource).matches()) {
            return "\"" + resource + "\" is not activity:<name>";
        }
        return null;
    }

    /** Whether a valid resource ARN names a Lambda function or an activity. */
    static boolean isFunctionOrActivity(String arn) {
        String[] parts = arn.split(":", 6);
        return (parts[2].equals("lambda") && parts[5].startsWith("function:"))
                || (parts[2].equals("states") && parts[5].startsWith("activity:"));
    }

    private static int closing(String text) {
        int end = text.indexOf('}', text.indexOf("${"));
        return end < 0 ? text.length() : end + 1;
    }
}
