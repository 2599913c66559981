package io.github.sfnunit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The quotas sfn-unit enforces, as the service quotas page states them. */
@DisplayName("https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html")
class ServiceQuotasPageTest {

    /** A JSON text of exactly {@code bytes} UTF-8 bytes: a string of {@code bytes - 2} characters. */
    private static String jsonOfBytes(int bytes) {
        return "\"" + "x".repeat(bytes - 2) + "\"";
    }

    private static final String PASS = "{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Pass\", \"End\": true}}}";

    /** "Maximum input or output size for a task, state, or execution: 262,144 bytes of data as a UTF-8 string". */
    @Test
    void an_execution_input_of_262144_bytes_is_accepted() {
        Execution run = DocsRun.run(PASS, jsonOfBytes(262_144));

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void an_execution_input_one_byte_larger_is_refused() {
        assertThatThrownBy(() -> DocsRun.run(PASS, jsonOfBytes(262_145)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Member must have length less than or equal to 262144");
    }

    @Test
    void a_state_output_over_the_quota_fails_with_data_limit_exceeded() {
        Execution run = DocsRun.state(
                "{\"Type\": \"Pass\", \"Parameters\": {\"a.$\": \"$\", \"b.$\": \"$\"}, \"End\": true}",
                jsonOfBytes(200_000));

        assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
    }

    /** The quota counts UTF-8 bytes, not characters: 131,072 two-byte characters are 262,144 bytes. */
    @Test
    void the_size_is_counted_in_utf8_bytes() {
        assertThatThrownBy(() -> DocsRun.run(PASS, "\"" + "\u00e9".repeat(131_072) + "\""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("262144");
    }

    /** "Maximum execution history size: 25,000 events". */
    @Test
    void an_execution_stops_at_25000_history_events() {
        Execution run = StateMachine.from(
                        new DefinitionParser()
                                .parse(
                                        "{\"StartAt\": \"Loop\", \"States\": {\"Loop\": {\"Type\": \"Choice\", \"Choices\":"
                                                + " [{\"Variable\": \"$.stop\", \"IsPresent\": true, \"Next\": \"Done\"}],"
                                                + " \"Default\": \"Loop\"}, \"Done\": {\"Type\": \"Succeed\"}}}"),
                        ExecutionOptions.builder()
                                .maxStateTransitions(1_000_000)
                                .build())
                .start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.cause()).isEqualTo("The execution reached the maximum number of history events (25000).");
        assertThat(run.history()).hasSize(25_000);
    }

    /** "Names of state machines, executions, and activity tasks must not exceed 80 characters"; states too. */
    @Test
    void a_state_name_of_80_characters_is_accepted_and_81_refused() {
        String ok = "S".repeat(80);
        String tooLong = "S".repeat(81);

        assertThat(DocsRun.errors(
                        "{\"StartAt\": \"" + ok + "\", \"States\": {\"" + ok + "\": {\"Type\": \"Succeed\"}}}"))
                .isEmpty();
        assertThat(DocsRun.errors("{\"StartAt\": \"" + tooLong + "\", \"States\": {\"" + tooLong
                        + "\": {\"Type\": \"Succeed\"}}}"))
                .isNotEmpty();
    }

    /** "Names of state machines, executions, and activity tasks must not exceed 80 characters". */
    @Test
    void an_execution_name_of_80_characters_is_accepted_and_81_refused() {
        StateMachine machine = StateMachine.from(new DefinitionParser().parse(PASS));

        assertThat(machine.withOptions(ExecutionOptions.builder()
                                .executionName("e".repeat(80))
                                .build())
                        .start("{}")
                        .status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThatThrownBy(() ->
                        ExecutionOptions.builder().executionName("e".repeat(81)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 80 characters");
    }

    @Test
    void an_execution_name_with_white_space_is_refused() {
        assertThatThrownBy(
                        () -> ExecutionOptions.builder().executionName("my run").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("executionName \"my run\" is not a name AWS accepts");
    }

    /** "Maximum size of state machine definition: 1 MB" (1,048,576 characters, the API's constraint). */
    @Test
    void a_definition_over_one_megabyte_is_refused() {
        String padding = "x".repeat(1_048_576);

        assertThat(DocsRun.errors("{\"Comment\": \"" + padding + "\", \"StartAt\": \"S\", \"States\": {\"S\":"
                        + " {\"Type\": \"Succeed\"}}}"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("1048576");
    }
}
