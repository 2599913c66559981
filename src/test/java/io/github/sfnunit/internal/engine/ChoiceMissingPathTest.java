package io.github.sfnunit.internal.engine;

import static io.github.sfnunit.internal.engine.EngineTestSupport.machine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import org.junit.jupiter.api.Test;

/**
 * A Choice rule that reads a path the input does not have fails the execution with {@code States.Runtime} and
 * AWS's cause. The text is AWS's as its executions report it (for example {@code Invalid path '$.force': The
 * choice state's condition path references an invalid value.}); the shared corpus has no recording of it.
 */
class ChoiceMissingPathTest {

    private static final String CHOICE = """
            {"StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Choices": [%s], "Default": "Done"},
              "Yes": {"Type": "Succeed"}, "Done": {"Type": "Succeed"}}}
            """;

    private static Execution run(String rule, String input) {
        return machine(CHOICE.formatted(rule)).start(input);
    }

    @Test
    void a_condition_on_a_missing_path_fails_with_aws_cause() {
        Execution run = run("{\"Variable\": \"$.force\", \"BooleanEquals\": true, \"Next\": \"Yes\"}", "{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.cause())
                .isEqualTo("An error occurred while executing the state 'Check' (entered at the event id #2)."
                        + " Invalid path '$.force': The choice state's condition path references an invalid value.");
    }

    @Test
    void a_missing_nested_path_inside_and_fails_the_same_way() {
        Execution run = run(
                "{\"And\": [{\"Variable\": \"$.a\", \"IsPresent\": true},"
                        + " {\"Variable\": \"$.a.b.c\", \"NumericEquals\": 1}], \"Next\": \"Yes\"}",
                "{\"a\": {}}");

        assertThat(run.cause())
                .isEqualTo("An error occurred while executing the state 'Check' (entered at the event id #2)."
                        + " Invalid path '$.a.b.c': The choice state's condition path references an invalid value.");
    }

    @Test
    void a_missing_comparison_path_fails_naming_the_comparison_path() {
        Execution run = run("{\"Variable\": \"$.a\", \"NumericEqualsPath\": \"$.b\", \"Next\": \"Yes\"}", "{\"a\": 1}");

        assertThat(run.cause())
                .isEqualTo("An error occurred while executing the state 'Check' (entered at the event id #2)."
                        + " Invalid path '$.b': The choice state's comparison path references an invalid value.");
    }

    @Test
    void is_present_and_a_null_value_are_not_missing_paths() {
        assertThat(run("{\"Variable\": \"$.x\", \"IsPresent\": false, \"Next\": \"Yes\"}", "{}")
                        .status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run("{\"Variable\": \"$.x\", \"IsNull\": true, \"Next\": \"Yes\"}", "{\"x\": null}")
                        .statesEntered())
                .containsExactly("Check", "Yes");
    }
}
