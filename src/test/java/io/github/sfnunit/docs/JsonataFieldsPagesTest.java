package io.github.sfnunit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.history.HistoryEvent;
import io.github.sfnunit.mock.TaskMocks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fields other than Arguments and Output whose JSONata expressions fail, or evaluate to a value the field refuses. */
class JsonataFieldsPagesTest {

    /** A JSONata Task state "T" with {@code field} set to {@code {% expression %}}. */
    private static Execution task(String field, String expression) {
        TaskMocks mocks = new TaskMocks();
        mocks.forState("T").thenReturn("{}");
        return DocsRun.run(
                "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
                        + " \"Resource\": \"arn:aws:states:::lambda:invoke\", \"Arguments\": {\"FunctionName\": \"f\"},"
                        + " \"" + field + "\": " + DocsRun.JSON.valueToTree("{% " + expression + " %}")
                        + ", \"End\": true}}}",
                "{\"n\": 5}",
                mocks);
    }

    @Nested
    @DisplayName("https://docs.aws.amazon.com/step-functions/latest/apireference/API_EvaluationFailedEventDetails.html")
    class EvaluationFailedEvent {

        /*
         * "Contains details about an evaluation failure that occurred while processing a state, for example, when a
         * JSONata expression throws an error. This event will only be present in state machines that have
         * QueryLanguage set to JSONata": the failure is a JSONata evaluation failure (States.QueryEvaluationError,
         * as AWS records for a JSONata Wait Timestamp it cannot read), with the field as the event's location.
         */
        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "TimeoutSeconds | \"abc\" | \"abc\"",
                    "TimeoutSeconds | 0 | 0",
                    "TimeoutSeconds | $states.input.n - 10 | -5",
                    "TimeoutSeconds | 1.5 | 1.5",
                    "HeartbeatSeconds | \"soon\" | \"soon\"",
                    "HeartbeatSeconds | -1 | -1",
                })
        void a_timeout_expression_that_gives_no_positive_integer_is_an_evaluation_failure(
                String field, String expression, String value) {
            Execution run = task(field, expression);

            assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(run.error()).isEqualTo("States.QueryEvaluationError");
            assertThat(run.cause())
                    .isEqualTo("An error occurred while executing the state 'T' (entered at the event id #2). The "
                            + field + " field must be a positive integer, but was " + value);
            HistoryEvent failed = run.history().stream()
                    .filter(event -> event.type().equals("EvaluationFailed"))
                    .findFirst()
                    .orElseThrow();
            assertThat(failed.details().get("location").asText()).isEqualTo(field);
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "TimeoutSeconds | $number(\"x\")",
                    "HeartbeatSeconds | $states.input.missing",
                })
        void a_timeout_expression_that_throws_or_gives_nothing_names_its_field(String field, String expression) {
            Execution run = task(field, expression);

            assertThat(run.error()).isEqualTo("States.QueryEvaluationError");
            assertThat(run.cause()).contains("specified for the field '" + field + "'");
        }
    }
}
