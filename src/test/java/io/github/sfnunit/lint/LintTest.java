package io.github.sfnunit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.StateMachineType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule: a definition it flags, with the exact finding, and one it leaves alone. */
class LintTest {

    private static List<String> lint(String definition) {
        return lint(definition, StateMachineType.STANDARD);
    }

    private static List<String> lint(String definition, StateMachineType type) {
        return Lint.check(new DefinitionParser(type).parse(definition), type).stream()
                .map(LintFinding::toString)
                .toList();
    }

    private static String task(String fields) {
        return """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "End": true, %s}}}
                """.formatted(fields);
    }

    private static final String LAMBDA_RETRY = """
            "Retry": [{"ErrorEquals": ["Lambda.ServiceException", "Lambda.AWSLambdaException",
              "Lambda.SdkClientException", "Lambda.TooManyRequestsException"]}]""";

    @Test
    void task_timeout_flags_a_task_without_TimeoutSeconds() {
        assertThat(lint(task("\"Resource\": \"arn:aws:states:::sns:publish\"")))
                .containsExactly("/States/T: [task-timeout] warning: Task state \"T\" has no TimeoutSeconds, so it"
                        + " waits up to AWS's default of 99,999,999 s (over 3 years) for an answer that may never come;"
                        + " set TimeoutSeconds to the longest the task should take");
        assertThat(lint(task("\"Resource\": \"arn:aws:states:::sns:publish\", \"TimeoutSeconds\": 30")))
                .isEmpty();
        assertThat(lint(task("\"Resource\": \"arn:aws:states:::sns:publish\", \"TimeoutSecondsPath\": \"$.t\"")))
                .isEmpty();
    }

    @Test
    void callback_heartbeat_flags_a_waitForTaskToken_task_without_HeartbeatSeconds() {
        String callback =
                "\"Resource\": \"arn:aws:states:::sqs:sendMessage.waitForTaskToken\", \"TimeoutSeconds\": 600,"
                        + " \"Parameters\": {\"QueueUrl\": \"q\", \"MessageBody\": {\"t.$\": \"$$.Task.Token\"}}";
        assertThat(lint(task(callback)))
                .containsExactly("/States/T: [callback-heartbeat] warning: Task state \"T\" waits for a task token"
                        + " without HeartbeatSeconds, so a worker that died is only noticed at the timeout; set"
                        + " HeartbeatSeconds below TimeoutSeconds and have the worker call SendTaskHeartbeat");
        assertThat(lint(task(callback + ", \"HeartbeatSeconds\": 60"))).isEmpty();
    }

    @Test
    void lambda_retry_names_the_transient_errors_no_retrier_covers() {
        String invoke = "\"Resource\": \"arn:aws:states:::lambda:invoke\", \"TimeoutSeconds\": 30,"
                + " \"Parameters\": {\"FunctionName\": \"charge\"}";
        assertThat(lint(task(invoke + ", \"Retry\": [{\"ErrorEquals\": [\"Lambda.ServiceException\"]}]")))
                .containsExactly("/States/T/Retry: [lambda-retry] warning: Task state \"T\" calls Lambda without"
                        + " retrying Lambda.AWSLambdaException, Lambda.SdkClientException,"
                        + " Lambda.TooManyRequestsException: Lambda raises these for transient service problems and"
                        + " throttling; add a retrier such as {\"ErrorEquals\": [\"Lambda.ServiceException\","
                        + " \"Lambda.AWSLambdaException\", \"Lambda.SdkClientException\","
                        + " \"Lambda.TooManyRequestsException\"], \"IntervalSeconds\": 1, \"MaxAttempts\": 3,"
                        + " \"BackoffRate\": 2, \"JitterStrategy\": \"FULL\"}");
        assertThat(lint(task(invoke + "," + LAMBDA_RETRY))).isEmpty();
        assertThat(lint(task(invoke + ", \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 2}]")))
                .isEmpty();
        // a bare function ARN is a Lambda call too
        assertThat(lint(task("\"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:charge\","
                        + " \"TimeoutSeconds\": 30")))
                .singleElement()
                .asString()
                .startsWith("/States/T: [lambda-retry] warning: Task state \"T\" calls Lambda without retrying"
                        + " Lambda.ServiceException, ");
    }

    @Test
    void lambda_only_waits_flags_a_function_named_for_waiting() {
        String sleeper = "\"Resource\": \"arn:aws:states:::lambda:invoke\", \"TimeoutSeconds\": 30,"
                + " \"Parameters\": {\"FunctionName\": \"sleep-ten-minutes\"}," + LAMBDA_RETRY;
        assertThat(lint(task(sleeper)))
                .containsExactly("/States/T: [lambda-only-waits] warning: Task state \"T\" calls Lambda function"
                        + " \"sleep-ten-minutes\", whose name says it waits: a Lambda is billed for every second it"
                        + " waits, a Wait state for none; use a Wait state (Seconds, SecondsPath, Timestamp), or"
                        + " silence this if the function does real work");
    }

    @Test
    void catch_all_not_last_and_unreachable_state_come_from_the_validation_AWS_applies() {
        LintFinding notLast = Lint.refused(new io.github.sfnunit.asl.ValidationError(
                "/States/T/Catch/0/ErrorEquals", "T", "a catcher with \"States.ALL\" must be the last catcher"));
        assertThat(notLast.toString())
                .isEqualTo("/States/T/Catch/0/ErrorEquals: [catch-all-not-last] error: a catcher with \"States.ALL\""
                        + " must be the last catcher: the ones after it could never match; move it last (AWS refuses"
                        + " the definition)");
        LintFinding unreachable = Lint.refused(new io.github.sfnunit.asl.ValidationError(
                "/States/Orphan",
                "Orphan",
                "state \"Orphan\" is not reachable: StartAt is \"A\" and no reachable" + " state transitions to it"));
        assertThat(unreachable.rule()).isEqualTo(LintRule.UNREACHABLE_STATE);
    }

    @Test
    void map_max_concurrency_flags_a_map_without_a_limit() {
        String map = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true %s,
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
                """;
        assertThat(lint(map.formatted("")))
                .containsExactly("/States/M: [map-max-concurrency] warning: Map state \"M\" has no MaxConcurrency, so"
                        + " it runs up to 40 iterations at once and every downstream service sees that burst"
                        + " (throttling, Lambda concurrency); set MaxConcurrency to what those services can take");
        assertThat(lint(map.formatted(", \"MaxConcurrency\": 0"))).hasSize(1);
        assertThat(lint(map.formatted(", \"MaxConcurrency\": 5"))).isEmpty();
    }

    @Test
    void retry_all_uncapped_flags_a_catch_all_retrier_whose_back_off_grows_large() {
        String fields = "\"Resource\": \"arn:aws:states:::sns:publish\", \"TimeoutSeconds\": 30, \"Retry\": [%s]";
        assertThat(lint(task(fields.formatted(
                        "{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 2, \"MaxAttempts\": 12}"))))
                .containsExactly("/States/T/Retry/0: [retry-all-uncapped] warning: Task state \"T\" retries every"
                        + " error (States.ALL) 12 times without MaxDelaySeconds: the last back-off is 4096 s and all of"
                        + " them add up to 8190 s, also for errors that retrying cannot fix; set MaxDelaySeconds, fewer"
                        + " MaxAttempts, or retry only the transient errors by name");
        assertThat(lint(task(fields.formatted("{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 2,"
                        + " \"MaxAttempts\": 12, \"MaxDelaySeconds\": 60}"))))
                .isEmpty();
        assertThat(lint(task(fields.formatted("{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 3}"))))
                .isEmpty();
    }

    @Test
    void express_duration_flags_waits_and_timeouts_beyond_five_minutes() {
        String definition = """
                {"StartAt": "W", "TimeoutSeconds": 900, "States": {
                  "W": {"Type": "Wait", "Seconds": 600, "Next": "T"},
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "TimeoutSeconds": 400, "End": true}}}
                """;
        assertThat(lint(definition, StateMachineType.EXPRESS))
                .containsExactly(
                        "/TimeoutSeconds: [express-duration] error: the machine allows 900 s, but an Express execution"
                                + " lasts at most 300 s; set TimeoutSeconds to at most 300 or use a Standard machine",
                        "/States/W/Seconds: [express-duration] error: Wait state \"W\" waits 600 s, but an Express"
                                + " execution lasts at most 300 s and would time out first; wait at most 300 s or use a"
                                + " Standard machine",
                        "/States/T/TimeoutSeconds: [express-duration] error: Task state \"T\" allows 400 s, but an"
                                + " Express execution lasts at most 300 s; set TimeoutSeconds to at most 300 or use a"
                                + " Standard machine");
        assertThat(lint(definition, StateMachineType.STANDARD)).isEmpty();
    }

    @Test
    void choice_no_default_names_an_input_no_rule_matches() {
        String choice = """
                {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [%s]%s},
                  "A": {"Type": "Succeed"}, "B": {"Type": "Succeed"}}}
                """;
        String rules = "{\"Variable\": \"$.status\", \"StringEquals\": \"APPROVED\", \"Next\": \"A\"},"
                + " {\"Variable\": \"$.status\", \"StringEquals\": \"REJECTED\", \"Next\": \"B\"}";
        assertThat(lint(choice.formatted(rules, "")))
                .containsExactly("/States/C: [choice-no-default] warning: Choice state \"C\" has no Default, and no"
                        + " rule matches an input where $.status is \"other\": such an input fails the execution with"
                        + " States.NoChoiceMatched; add a Default, or a rule for that case");
        assertThat(lint(choice.formatted(rules, ", \"Default\": \"A\""))).isEmpty();
        // two numeric rules that cover every number
        String covering = "{\"Variable\": \"$.n\", \"NumericGreaterThan\": 100, \"Next\": \"A\"},"
                + " {\"Variable\": \"$.n\", \"NumericLessThanEquals\": 100, \"Next\": \"B\"}";
        assertThat(lint(choice.formatted(covering, ""))).isEmpty();
        // a gap between two ranges is named
        String gap = "{\"Variable\": \"$.n\", \"NumericGreaterThan\": 100, \"Next\": \"A\"},"
                + " {\"Variable\": \"$.n\", \"NumericLessThan\": 100, \"Next\": \"B\"}";
        assertThat(lint(choice.formatted(gap, "")))
                .singleElement()
                .asString()
                .contains("no rule matches an input where $.n is 100:");
        // IsPresent true and false cover everything
        String presence = "{\"Variable\": \"$.x\", \"IsPresent\": true, \"Next\": \"A\"},"
                + " {\"Not\": {\"Variable\": \"$.x\", \"IsPresent\": true}, \"Next\": \"B\"}";
        assertThat(lint(choice.formatted(presence, ""))).isEmpty();
        // a boolean tested for true only leaves false
        assertThat(lint(choice.formatted(
                        "{\"Variable\": \"$.ok\", \"BooleanEquals\": true, \"Next\": \"A\"},"
                                + " {\"Variable\": \"$.ok\", \"IsNull\": true, \"Next\": \"B\"}",
                        "")))
                .singleElement()
                .asString()
                .contains("no rule matches an input where $.ok is false:");
    }

    @Test
    void choice_no_default_says_when_jsonata_conditions_cannot_be_checked() {
        String choice = """
                {"QueryLanguage": "JSONata", "StartAt": "C", "States": {"C": {"Type": "Choice",
                  "Choices": [{"Condition": "{% $states.input.n > 1 %}", "Next": "A"}]}, "A": {"Type": "Succeed"}}}
                """;
        assertThat(lint(choice))
                .containsExactly("/States/C: [choice-no-default] warning: Choice state \"C\" has no Default, and its"
                        + " JSONata Conditions cannot be checked statically: an input none of them matches fails the"
                        + " execution with States.NoChoiceMatched; add a Default");
    }

    @Test
    void payload_size_flags_a_distributed_map_that_keeps_every_result() {
        String map = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "MaxConcurrency": 10,
                  "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                    "ReaderConfig": {"InputType": "JSON"}, "Parameters": {"Bucket": "b", "Key": "k"}} %s,
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
                """;
        assertThat(lint(map.formatted("")))
                .containsExactly("/States/M/ItemReader: [payload-size] warning: Map state \"M\" reads its items with an"
                        + " ItemReader (any number of them) and collects every result in its output without"
                        + " ResultWriter or ResultSelector: past 256 KiB the execution fails with"
                        + " States.DataLimitExceeded; add a ResultWriter that writes the results to S3");
        assertThat(lint(map.formatted(", \"ResultWriter\": {\"Resource\": \"arn:aws:states:::s3:putObject\","
                        + " \"Parameters\": {\"Bucket\": \"out\", \"Prefix\": \"r\"}}")))
                .isEmpty();
        assertThat(lint(map.formatted(", \"ResultPath\": null"))).isEmpty();
    }

    @Test
    void a_comment_marker_silences_rules_for_its_state_or_for_the_whole_machine() {
        String state = "\"Resource\": \"arn:aws:states:::lambda:invoke\", \"Parameters\": {\"FunctionName\": \"f\"}";
        assertThat(lint(task(state))).hasSize(2);
        assertThat(lint(task(state + ", \"Comment\": \"Runs as long as it must. sfn-unit:ignore task-timeout\"")))
                .singleElement()
                .asString()
                .contains("[lambda-retry]");
        assertThat(lint(task(state + ", \"Comment\": \"sfn-unit:ignore task-timeout, lambda-retry\"")))
                .isEmpty();
        assertThat(lint(task(state + ", \"Comment\": \"sfn-unit:ignore all\""))).isEmpty();
        String machineWide = """
                {"Comment": "sfn-unit:ignore task-timeout", "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::sns:publish", "End": true}}}
                """;
        assertThat(lint(machineWide)).isEmpty();
    }

    @Test
    void states_inside_parallel_branches_and_map_iterations_are_checked() {
        String nested = """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Inner", "States": {"Inner": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                    "End": true}}}]}}}
                """;
        assertThat(lint(nested))
                .singleElement()
                .asString()
                .startsWith("/States/P/Branches/0/States/Inner: [task-timeout]");
    }
}
