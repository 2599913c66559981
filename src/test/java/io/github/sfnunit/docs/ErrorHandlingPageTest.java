package io.github.sfnunit.docs;

import static io.github.sfnunit.docs.DocsRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.mock.TaskMocks;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Retry and Catch, as the error handling page describes them. */
@DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html")
class ErrorHandlingPageTest {

    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:F";

    private static String task(String retryAndCatch) {
        return "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\""
                + retryAndCatch + ", \"End\": true}"
                + (retryAndCatch.contains("Caught") ? ", \"Caught\": {\"Type\": \"Pass\", \"End\": true}" : "")
                + "}}";
    }

    /** Fails {@code failures} times with {@code error}, then returns {"ok": true}. */
    private static TaskMocks failing(int failures, String error) {
        TaskMocks mocks = new TaskMocks();
        var stub = mocks.forState("T");
        for (int i = 0; i < failures; i++) {
            stub = stub.thenFail(error, "cause " + i);
        }
        stub.thenReturn("{\"ok\": true}");
        return mocks;
    }

    static Stream<Arguments> backoff() {
        // retrier, failures before success, expected virtual duration (3 s then 4.5 s in the page example)
        return Stream.of(
                Arguments.of("{\"ErrorEquals\": [\"States.ALL\"]}", 3, "PT7S"),
                Arguments.of(
                        "{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 3, \"MaxAttempts\": 2,"
                                + " \"BackoffRate\": 1.5}",
                        2,
                        "PT7.5S"),
                Arguments.of(
                        "{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 1, \"BackoffRate\": 1.0,"
                                + " \"MaxAttempts\": 5}",
                        5,
                        "PT5S"),
                Arguments.of(
                        "{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 10, \"MaxAttempts\": 4,"
                                + " \"BackoffRate\": 2, \"MaxDelaySeconds\": 15}",
                        4,
                        "PT55S"),
                Arguments.of(
                        "{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 2, \"MaxAttempts\": 1}", 1, "PT2S"));
    }

    @ParameterizedTest(name = "{0}: {1} failures retried in {2} s")
    @MethodSource("backoff")
    void retry_intervals_grow_by_the_backoff_rate_up_to_max_delay(String retrier, int failures, String duration) {
        Execution run = DocsRun.run(task(", \"Retry\": [" + retrier + "]"), "{}", failing(failures, "E"));

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.virtualDuration()).isEqualTo(Duration.parse(duration));
    }

    @Test
    void max_attempts_zero_never_retries() {
        Execution run = DocsRun.run(
                task(", \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 0}]"), "{}", failing(1, "E"));

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("E");
    }

    @Test
    void when_retries_are_exhausted_the_error_goes_to_catch() {
        Execution run = DocsRun.run(
                task(", \"Retry\": [{\"ErrorEquals\": [\"E\"], \"MaxAttempts\": 2}],"
                        + " \"Catch\": [{\"ErrorEquals\": [\"E\"], \"Next\": \"Caught\"}]"),
                "{}",
                failing(3, "E"));

        assertThat(run.statesEntered()).containsExactly("T", "Caught");
        assertThat(run.output()).isEqualTo(json("{\"Error\": \"E\", \"Cause\": \"cause 2\"}"));
    }

    @Test
    void retriers_are_evaluated_in_order_and_the_first_match_applies() {
        Execution run = DocsRun.run(
                task(", \"Retry\": [{\"ErrorEquals\": [\"E\"], \"IntervalSeconds\": 5, \"MaxAttempts\": 1},"
                        + " {\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 100}]"),
                "{}",
                failing(1, "E"));

        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void each_retrier_counts_its_own_attempts() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("T")
                .thenFail("A", "a")
                .thenFail("B", "b")
                .thenFail("A", "a")
                .thenReturn("{}");

        Execution run = DocsRun.run(
                task(
                        ", \"Retry\": [{\"ErrorEquals\": [\"A\"], \"MaxAttempts\": 2, \"IntervalSeconds\": 1,"
                                + " \"BackoffRate\": 1}, {\"ErrorEquals\": [\"B\"], \"MaxAttempts\": 1, \"IntervalSeconds\": 1}]"),
                "{}",
                mocks);

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void states_all_catches_a_custom_error() {
        Execution run = DocsRun.run(
                task(", \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Caught\"}]"),
                "{}",
                failing(1, "Any"));

        assertThat(run.statesEntered()).containsExactly("T", "Caught");
    }

    @Test
    void states_task_failed_matches_a_task_error() {
        Execution run = DocsRun.run(
                task(", \"Catch\": [{\"ErrorEquals\": [\"States.TaskFailed\"], \"Next\": \"Caught\"}]"),
                "{}",
                failing(1, "Custom"));

        assertThat(run.statesEntered()).containsExactly("T", "Caught");
    }

    @Test
    void states_task_failed_does_not_match_a_timeout() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("T").thenReturn("{}").after(Duration.ofSeconds(20));

        Execution run = DocsRun.run(
                "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\","
                        + " \"TimeoutSeconds\": 10, \"Catch\": [{\"ErrorEquals\": [\"States.TaskFailed\"],"
                        + " \"Next\": \"Caught\"}], \"End\": true}, \"Caught\": {\"Type\": \"Pass\", \"End\": true}}}",
                "{}",
                mocks);

        assertThat(run.error()).isEqualTo("States.Timeout");
    }

    @Test
    void a_task_that_runs_past_timeout_seconds_fails_with_states_timeout() {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("T").thenReturn("{}").after(Duration.ofSeconds(20));

        Execution run = DocsRun.run(
                "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\","
                        + " \"TimeoutSeconds\": 10, \"End\": true}}}",
                "{}",
                mocks);

        assertThat(run.error()).isEqualTo("States.Timeout");
        assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void states_all_must_be_alone_in_its_error_equals() {
        assertThat(DocsRun.errors(task(", \"Retry\": [{\"ErrorEquals\": [\"States.ALL\", \"E\"]}]")))
                .isNotEmpty();
    }

    @Test
    void states_all_must_be_the_last_retrier() {
        assertThat(DocsRun.errors(
                        task(", \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"]}, {\"ErrorEquals\": [\"E\"]}]")))
                .isNotEmpty();
    }

    @Test
    void states_all_must_be_the_last_catcher() {
        assertThat(DocsRun.errors(task(", \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Caught\"},"
                        + " {\"ErrorEquals\": [\"E\"], \"Next\": \"Caught\"}]")))
                .isNotEmpty();
    }

    @Test
    void a_catcher_must_name_its_next_state() {
        assertThat(DocsRun.errors(task(", \"Catch\": [{\"ErrorEquals\": [\"E\"]}]")))
                .isNotEmpty();
    }

    @Test
    void backoff_rate_must_be_at_least_one() {
        assertThat(DocsRun.errors(task(", \"Retry\": [{\"ErrorEquals\": [\"E\"], \"BackoffRate\": 0.5}]")))
                .isNotEmpty();
    }

    @Test
    void interval_seconds_must_be_a_positive_integer() {
        assertThat(DocsRun.errors(task(", \"Retry\": [{\"ErrorEquals\": [\"E\"], \"IntervalSeconds\": 0}]")))
                .isNotEmpty();
    }

    @Test
    void catch_output_without_result_path_is_the_error_object() {
        Execution run = DocsRun.run(
                task(", \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Caught\"}]"),
                "{\"in\": 1}",
                failing(1, "MyError"));

        assertThat(run.output()).isEqualTo(json("{\"Error\": \"MyError\", \"Cause\": \"cause 0\"}"));
    }
}
