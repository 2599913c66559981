package io.github.sfnunit.lint;

/**
 * The rules {@link Lint} checks, each with its id (as findings, silencing markers and SARIF name it), its level, a
 * one-line summary, and the AWS page it rests on.
 *
 * @since 0.1.0
 */
public enum LintRule {
    /** A Task without {@code TimeoutSeconds}: AWS's default is 99,999,999 s, so a lost answer waits for years. */
    TASK_TIMEOUT(
            "task-timeout",
            Level.WARNING,
            "Task without TimeoutSeconds",
            "https://docs.aws.amazon.com/step-functions/latest/dg/sfn-stuck-execution.html"),
    /** A {@code .waitForTaskToken} Task without {@code HeartbeatSeconds}. */
    CALLBACK_HEARTBEAT(
            "callback-heartbeat",
            Level.WARNING,
            "Callback task without HeartbeatSeconds",
            "https://docs.aws.amazon.com/step-functions/latest/dg/sfn-stuck-execution.html"),
    /** A Lambda Task whose Retry does not cover Lambda's transient service errors. */
    LAMBDA_RETRY(
            "lambda-retry",
            Level.WARNING,
            "Lambda task without a retrier for Lambda's transient service errors",
            "https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html"),
    /** A retrier or catcher with {@code States.ALL} that is not the last one (AWS refuses the definition). */
    CATCH_ALL_NOT_LAST(
            "catch-all-not-last",
            Level.ERROR,
            "States.ALL retrier or catcher that is not the last",
            "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html"),
    /** A Map without {@code MaxConcurrency}: every item at once, up to the service's limit. */
    MAP_MAX_CONCURRENCY(
            "map-max-concurrency",
            Level.WARNING,
            "Map without MaxConcurrency",
            "https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html"),
    /** A retrier on {@code States.ALL} without {@code MaxDelaySeconds} whose back-off grows large. */
    RETRY_ALL_UNCAPPED(
            "retry-all-uncapped",
            Level.WARNING,
            "States.ALL retrier without MaxDelaySeconds and with a large MaxAttempts",
            "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html"),
    /** A Lambda Task whose function, by its name, only waits. */
    LAMBDA_ONLY_WAITS(
            "lambda-only-waits",
            Level.WARNING,
            "Lambda task that only waits",
            "https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html"),
    /** An Express machine with a wait, a timeout or a callback beyond Express's 5 minutes. */
    EXPRESS_DURATION(
            "express-duration",
            Level.ERROR,
            "Express machine that waits longer than 5 minutes",
            "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-standard-vs-express.html"),
    /** A state that no transition reaches (AWS refuses the definition). */
    UNREACHABLE_STATE(
            "unreachable-state",
            Level.ERROR,
            "Unreachable state",
            "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html"),
    /** A Choice without {@code Default} whose rules leave some input unmatched. */
    CHOICE_NO_DEFAULT(
            "choice-no-default",
            Level.WARNING,
            "Choice without Default that does not cover every input",
            "https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html"),
    /** A payload that a static reading shows may exceed 256 KiB. */
    PAYLOAD_SIZE(
            "payload-size",
            Level.WARNING,
            "Payload that may exceed 256 KiB",
            "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html"),
    /** Any other problem that makes AWS refuse the definition (what {@code sfn-unit validate} reports). */
    INVALID_DEFINITION(
            "invalid-definition",
            Level.ERROR,
            "Definition AWS refuses",
            "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html");

    /**
     * How serious a finding is: AWS refuses the definition ({@code ERROR}) or it runs but may hurt.
     *
     * @since 0.1.0
     */
    public enum Level {
        ERROR,
        WARNING
    }

    private final String id;
    private final Level level;
    private final String summary;
    private final String awsDoc;

    LintRule(String id, Level level, String summary, String awsDoc) {
        this.id = id;
        this.level = level;
        this.summary = summary;
        this.awsDoc = awsDoc;
    }

    /** The rule's id, e.g. {@code task-timeout}. */
    public String id() {
        return id;
    }

    public Level level() {
        return level;
    }

    /** One line saying what the rule finds. */
    public String summary() {
        return summary;
    }

    /** The AWS documentation page the rule rests on. */
    public String awsDoc() {
        return awsDoc;
    }

    /** The rule with this id, or {@code null}. */
    public static LintRule byId(String id) {
        for (LintRule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        return null;
    }
}
