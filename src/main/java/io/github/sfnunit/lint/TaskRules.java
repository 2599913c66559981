package io.github.sfnunit.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.Retrier;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.StateMachineType;
import java.util.List;
import java.util.regex.Pattern;

/** The rules on Task and Wait states: timeouts, heartbeats, Lambda retries and waits, Express durations. */
final class TaskRules {

    /** Express's longest execution, in seconds. */
    static final int EXPRESS_SECONDS = 300;

    /** The errors AWS's generated Lambda retrier lists (the console and Workflow Studio write it). */
    static final List<String> LAMBDA_TRANSIENT = List.of(
            "Lambda.ServiceException",
            "Lambda.AWSLambdaException",
            "Lambda.SdkClientException",
            "Lambda.TooManyRequestsException");

    private static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
    private static final Pattern LAMBDA_ARN = Pattern.compile("arn:aws[a-z-]*:lambda:[^:]*:[^:]*:function:([^:]+).*");
    private static final Pattern WAITS = Pattern.compile("(?i).*(wait|sleep|delay|pause).*");

    private TaskRules() {}

    static void check(State state, StateMachineType type, List<LintFinding> found) {
        if (state instanceof State.Wait wait && type == StateMachineType.EXPRESS) {
            Long seconds = literal(wait.seconds());
            if (seconds != null && seconds > EXPRESS_SECONDS) {
                found.add(finding(
                        LintRule.EXPRESS_DURATION,
                        state,
                        "/Seconds",
                        "waits " + seconds + " s, but an Express execution lasts at most " + EXPRESS_SECONDS
                                + " s and would time out first; wait at most " + EXPRESS_SECONDS
                                + " s or use a Standard machine"));
            }
        }
        if (!(state instanceof State.Task task)) {
            return;
        }
        boolean callback = task.resource().endsWith(".waitForTaskToken");
        if (task.timeoutSeconds() == null && task.timeoutSecondsPath() == null) {
            found.add(finding(
                    LintRule.TASK_TIMEOUT,
                    state,
                    "",
                    "has no TimeoutSeconds, so it waits up to AWS's default of 99,999,999 s (over 3 years) for an"
                            + " answer that may never come; set TimeoutSeconds to the longest the task should take"));
        }
        if (callback && task.heartbeatSeconds() == null && task.heartbeatSecondsPath() == null) {
            found.add(finding(
                    LintRule.CALLBACK_HEARTBEAT,
                    state,
                    "",
                    "waits for a task token without HeartbeatSeconds, so a worker that died is only noticed at the"
                            + " timeout; set HeartbeatSeconds below TimeoutSeconds and have the worker call"
                            + " SendTaskHeartbeat"));
        }
        if (type == StateMachineType.EXPRESS) {
            Long timeout = literal(task.timeoutSeconds());
            if (timeout != null && timeout > EXPRESS_SECONDS) {
                found.add(finding(
                        LintRule.EXPRESS_DURATION,
                        state,
                        "/TimeoutSeconds",
                        "allows " + timeout + " s, but an Express execution lasts at most " + EXPRESS_SECONDS
                                + " s; set TimeoutSeconds to at most " + EXPRESS_SECONDS
                                + " or use a Standard machine"));
            }
        }
        String function = lambdaFunction(task);
        if (function == null) {
            return;
        }
        List<String> uncovered = LAMBDA_TRANSIENT.stream()
                .filter(error -> !retried(task.retry(), error))
                .toList();
        if (!uncovered.isEmpty()) {
            found.add(finding(
                    LintRule.LAMBDA_RETRY,
                    state,
                    task.retry().isEmpty() ? "" : "/Retry",
                    "calls Lambda without retrying " + String.join(", ", uncovered)
                            + ": Lambda raises these for transient service problems and throttling; add a"
                            + " retrier such as {\"ErrorEquals\": [\"Lambda.ServiceException\","
                            + " \"Lambda.AWSLambdaException\", \"Lambda.SdkClientException\","
                            + " \"Lambda.TooManyRequestsException\"], \"IntervalSeconds\": 1, \"MaxAttempts\": 3,"
                            + " \"BackoffRate\": 2, \"JitterStrategy\": \"FULL\"}"));
        }
        if (!callback && WAITS.matcher(function).matches()) {
            found.add(finding(
                    LintRule.LAMBDA_ONLY_WAITS,
                    state,
                    "",
                    "calls Lambda function \"" + function + "\", whose name says it waits: a Lambda is billed for"
                            + " every second it waits, a Wait state for none; use a Wait state (Seconds,"
                            + " SecondsPath, Timestamp), or silence this if the function does real work"));
        }
    }

    /** An Express machine's own TimeoutSeconds beyond 5 minutes. */
    static void expressMachineTimeout(StateMachineDefinition definition, List<LintFinding> found) {
        Integer timeout = definition.timeoutSeconds();
        if (timeout != null && timeout > EXPRESS_SECONDS) {
            found.add(new LintFinding(
                    LintRule.EXPRESS_DURATION,
                    "/TimeoutSeconds",
                    null,
                    "the machine allows " + timeout + " s, but an Express execution lasts at most "
                            + EXPRESS_SECONDS + " s; set TimeoutSeconds to at most " + EXPRESS_SECONDS
                            + " or use a Standard machine"));
        }
    }

    /** The Lambda function a Task calls (name or ARN), or {@code null} when it calls no Lambda or a dynamic one. */
    static String lambdaFunction(State.Task task) {
        var matcher = LAMBDA_ARN.matcher(task.resource());
        if (matcher.matches()) {
            return matcher.group(1);
        }
        if (!task.resource().startsWith(LAMBDA_INVOKE)) {
            return null;
        }
        JsonNode arguments = task.dataFlow().parameters() != null
                ? task.dataFlow().parameters()
                : task.dataFlow().arguments();
        JsonNode name = arguments == null ? null : arguments.get("FunctionName");
        if (name != null && name.isTextual() && !name.textValue().startsWith("{%")) {
            var arn = LAMBDA_ARN.matcher(name.textValue());
            return arn.matches() ? arn.group(1) : name.textValue();
        }
        return "(dynamic)";
    }

    /** Whether a retrier with attempts left matches {@code error} by name, States.TaskFailed or States.ALL. */
    static boolean retried(List<Retrier> retry, String error) {
        return retry.stream()
                .anyMatch(retrier -> retrier.maxAttempts() > 0
                        && (retrier.errorEquals().contains(error)
                                || retrier.errorEquals().contains("States.TaskFailed")
                                || retrier.errorEquals().contains("States.ALL")));
    }

    static Long literal(JsonNode value) {
        return value != null && value.isIntegralNumber() ? value.longValue() : null;
    }

    static LintFinding finding(LintRule rule, State state, String field, String message) {
        return new LintFinding(
                rule,
                state.pointer() + field,
                state.name(),
                state.type().aslName() + " state \"" + state.name() + "\" " + message);
    }
}
