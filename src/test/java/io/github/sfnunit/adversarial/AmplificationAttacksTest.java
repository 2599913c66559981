package io.github.sfnunit.adversarial;

import static io.github.sfnunit.adversarial.Attacks.machine;
import static io.github.sfnunit.adversarial.Attacks.oneJsonataState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import io.github.sfnunit.asl.DefinitionLoader;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.asl.SizeLimits;
import io.github.sfnunit.asl.ValidationError;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Class 4: a short template or expression that multiplies what it builds fails with a located error instead of
 * exhausting the heap. Templates are held to AWS's definition size, JSONata values to four times AWS's payload
 * size ({@link SizeLimits}).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AmplificationAttacksTest {

    private static final String TOO_LONG =
            " builds a text longer than 1048576 characters, the size of AWS's largest" + " state machine definition";
    private static final String MACHINE = "/Resources/Machine/Properties";

    private static ValidationError loadFails(String template) {
        InvalidDefinitionException refused = catchThrowableOfType(
                InvalidDefinitionException.class,
                () -> DefinitionLoader.defaults().loadString(template));
        assertThat(refused.errors()).hasSize(1);
        return refused.errors().get(0);
    }

    /** A JSON template whose one machine has {@code definitionString} as its DefinitionString. */
    private static String template(String definitionString) {
        return "{\"Resources\": {\"Machine\": {\"Type\": \"AWS::StepFunctions::StateMachine\", \"Properties\":"
                + " {\"DefinitionString\": " + definitionString + "}}}}";
    }

    @Test
    void nested_fn_sub_that_doubles_its_text_thirty_times_is_refused_where_it_passes_the_limit() {
        // GIVEN Fn::Sub ["${a}${a}", {"a": <the same, 29 more times>}] around 1,000 characters: 2^30 KB
        String value = "\"" + "x".repeat(1_000) + "\"";
        for (int level = 0; level < 30; level++) {
            value = "{\"Fn::Sub\": [\"${a}${a}\", {\"a\": " + value + "}]}";
        }

        ValidationError error = loadFails(template(value));

        // THEN the eleventh Sub from the inside (2,048,000 characters) is named: 19 levels below the outermost
        String pointer = MACHINE + "/DefinitionString/Fn::Sub" + "/1/a/Fn::Sub".repeat(19);
        assertThat(error.pointer()).isEqualTo(pointer);
        assertThat(error.message()).isEqualTo("Fn::Sub in the template" + TOO_LONG);
    }

    @Test
    void yaml_aliases_joined_with_fn_join_are_measured_before_they_are_built() {
        // GIVEN a 100,000-character anchor joined 90 times through aliases: a 100 KB template, 9 MB of text
        String template = "Resources:\n"
                + "  Machine:\n"
                + "    Type: AWS::StepFunctions::StateMachine\n"
                + "    Properties:\n"
                + "      Definition:\n"
                + "        Comment: &big " + "b".repeat(100_000) + "\n"
                + "        StartAt: S\n"
                + "        States:\n"
                + "          S:\n"
                + "            Type: Pass\n"
                + "            Result:\n"
                + "              Fn::Join: ['', [" + String.join(", ", Collections.nCopies(90, "*big")) + "]]\n"
                + "            End: true\n";

        ValidationError error = loadFails(template);

        assertThat(error.pointer()).isEqualTo(MACHINE + "/Definition/States/S/Result/Fn::Join");
        assertThat(error.message()).isEqualTo("Fn::Join" + TOO_LONG);
    }

    @Test
    void many_fn_subs_each_under_the_limit_are_refused_once_they_build_eight_definitions_in_all() {
        // GIVEN a 500,000-character parameter doubled by each of ten DefinitionSubstitutions
        StringBuilder substitutions = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            substitutions.append(i == 0 ? "" : ", ").append("\"S").append(i).append("\": {\"Fn::Sub\": \"${P}${P}\"}");
        }
        String template = "{\"Parameters\": {\"P\": {\"Type\": \"String\", \"Default\": \"" + "p".repeat(500_000)
                + "\"}}, \"Resources\": {\"Machine\": {\"Type\": \"AWS::StepFunctions::StateMachine\","
                + " \"Properties\": {\"DefinitionSubstitutions\": {" + substitutions + "}, \"DefinitionString\":"
                + " \"{\\\"StartAt\\\": \\\"S\\\", \\\"States\\\": {\\\"S\\\": {\\\"Type\\\": \\\"Succeed\\\"}}}\"}}}}";

        ValidationError error = loadFails(template);

        // THEN the ninth (9,000,000 > 8 x 1,048,576 characters) is named
        assertThat(error.pointer()).isEqualTo(MACHINE + "/DefinitionSubstitutions/S8/Fn::Sub");
        assertThat(error.message())
                .isEqualTo("Fn::Sub would take the text built from the template past 8388608 characters in all (8 times"
                        + " AWS's largest state machine definition): refusing it, as a template that multiplies text"
                        + " (nested Fn::Sub, YAML aliases) would exhaust the memory");
    }

    @Test
    void a_substitution_repeated_in_many_strings_of_a_definition_is_refused_past_one_definition_in_all() {
        // GIVEN a 20,000-character substitution used by 60 strings of the Definition: 1.2 MB
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            items.append(i == 0 ? "" : ", ").append("\"${Big}\"");
        }
        String template = "{\"Resources\": {\"Machine\": {\"Type\": \"AWS::StepFunctions::StateMachine\","
                + " \"Properties\": {\"DefinitionSubstitutions\": {\"Big\": \"" + "g".repeat(20_000) + "\"},"
                + " \"Definition\": {\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Pass\", \"Result\": ["
                + items + "], \"End\": true}}}}}}}";

        ValidationError error = loadFails(template);

        // THEN the string that passes 1,048,576 characters in all is named: the 53rd (index 52)
        assertThat(error.pointer()).isEqualTo(MACHINE + "/Definition/States/S/Result/52");
        assertThat(error.message())
                .isEqualTo("the substitutions of the definition of state machine \"Machine\" would take the text built"
                        + " from the template past 1048576 characters in all (AWS's largest state machine"
                        + " definition): refusing it, as a template that multiplies text (nested Fn::Sub, YAML"
                        + " aliases) would exhaust the memory");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "$range(1, 100000000, 1) | an array of 100000000 items with $range",
                "$pad('x', 2000000) | a text of 2000000 characters with $pad",
                "$pad('x', -2000000, '-') | a text of 2000000 characters with $pad",
                "$reduce([1..40], function($acc, $i) { $acc & $acc }, 'ab') | a text of 2097152 characters",
                "$join([1..200000].($states.input.s), ',') | a text of 2199999 characters with $join",
                "$string([1..200000].($states.input.s)) | a text of more than 1048576 characters with $string",
                "$replace($states.input.s, 'x', $pad('', 200000, 'y')) | a text of up to 2000010 characters with"
                        + " $replace",
                "[1..1100000] | an array of 1100000 items",
            })
    void a_jsonata_expression_that_builds_more_than_a_payload_fails_with_query_evaluation_error(
            String expression, String built) {
        String definition =
                oneJsonataState("{\"Type\": \"Pass\", \"Output\": \"{% " + expression + " %}\", \"End\": true}");

        Execution run = machine(definition).start("{\"s\": \"xxxxxxxxxx\"}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(run.cause())
                .isEqualTo("An error occurred while executing the state 'S' (entered at the event id #2). The JSONata"
                        + " expression '" + expression + "' specified for the field 'Output' threw an error during"
                        + " evaluation: The expression builds " + built
                        + ": more than 1048576, four times what the largest"
                        + " payload (256 KiB) can hold; sfn-unit refuses it rather than exhaust the memory");
    }

    @Test
    void a_jsonata_text_of_exactly_the_bound_is_built() {
        String definition = oneJsonataState(
                "{\"Type\": \"Pass\", \"Output\": \"{% $length($pad('', 1048576, 'z')) %}\", \"End\": true}");

        Execution run = machine(definition).start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().intValue()).isEqualTo(1_048_576);
    }
}
