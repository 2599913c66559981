package io.github.sfnunit.adversarial;

import static io.github.sfnunit.adversarial.Attacks.machine;
import static io.github.sfnunit.adversarial.Attacks.oneJsonataState;
import static io.github.sfnunit.adversarial.Attacks.oneState;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionStatus;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Class 3: no regular expression or glob a definition holds can hang a test. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RegexAttacksTest {

    private static final String EVIL = "a".repeat(40) + "!";

    private static Execution choice(String pattern, String text) {
        String definition = """
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.s", "StringMatches": "%s", "Next": "Yes"}],
                        "Default": "No"},
                  "Yes": {"Type": "Succeed"}, "No": {"Type": "Fail", "Error": "NoMatch"}}}
                """.formatted(pattern.replace("\\", "\\\\"));
        return machine(definition).start("{\"s\": \"" + text.replace("\\", "\\\\") + "\"}");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 30, 60})
    void a_star_heavy_string_matches_glob_answers_at_once(int stars) {
        String pattern = "*a".repeat(stars) + "*b";

        Execution run = choice(pattern, "a".repeat(100_000));

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("NoMatch");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "*|anything|true",
                "*|''|true",
                "a*|abc|true",
                "*c|abc|true",
                "a*c|ac|true",
                "a*c|abcbc|true",
                "a*b*c|aXbYc|true",
                "a*b*c|acb|false",
                "ab*ba|aba|false",
                "ab*ba|abba|true",
                "\\*|*|true",
                "\\*|a|false",
                "a\\*b|a*b|true",
                "a\\\\b|a\\b|true",
                "log-*.txt|log-2024.txt|true",
                "log-*.txt|log-2024.csv|false",
                "**|x|true",
                "a**a|a|false",
                "abc|abcd|false",
            })
    void string_matches_keeps_awss_glob_meaning(String pattern, String text, boolean matches) {
        Execution run = choice(pattern, text.equals("''") ? "" : text);

        assertThat(run.status()).isEqualTo(matches ? ExecutionStatus.SUCCEEDED : ExecutionStatus.FAILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(.*a){12}b", "(.*a){20}b", "(.*){20}b", "(.?.*a){12}b", "(a.*){14}b"})
    void a_catastrophic_jsonpath_filter_regex_fails_with_states_runtime(String regex) {
        String definition = oneState("""
                {"Type": "Pass", "Parameters": {"hits.$": "$.items[?(@.s =~ /%s/)]"}, "End": true}
                """.formatted(regex));

        Execution run = machine(definition).start("{\"items\": [{\"s\": \"" + EVIL + "\"}]}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.cause())
                .contains("The regular expression /" + regex + "/ needed more than 5000000 character reads");
    }

    @Test
    void an_ordinary_jsonpath_filter_regex_still_selects() {
        String definition = oneState("""
                {"Type": "Pass", "Parameters": {"hits.$": "$.items[?(@.s =~ /ab+c/i)].s"}, "End": true}
                """);

        Execution run = machine(definition).start("{\"items\": [{\"s\": \"ABBC\"}, {\"s\": \"ac\"}, {\"s\": 7}]}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().path("hits").toString()).isEqualTo("[\"ABBC\"]");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "$match(s, /(.*a){12}b/)",
                "$replace(s, /(.*a){12}b/, 'x')",
                "$contains(s, /(.*){20}b/)",
                "$split(s, /(.*a){16}b/)",
                "$match(s, /(.*a){20}b/)",
                "s ~> $replace(/(.*a){14}b/, 'x')",
                "$count($match(s, /(.*a){13}b/))",
                "$replace(s, /(.*a){12}b/, function($m) { 'x' })",
            })
    void a_catastrophic_jsonata_regex_fails_with_query_evaluation_error(String expression) {
        String definition = oneJsonataState(
                "{\"Type\": \"Pass\", \"Output\": \"{% $states.input.(" + expression + ") %}\", \"End\": true}");

        Execution run = machine(definition).start("{\"s\": \"" + EVIL + "\"}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(run.cause()).contains("needed more than 5000000 character reads for one match");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "$match('ab12cd34', /[0-9]+/).match|[\"12\",\"34\"]",
                "$replace('ab12cd34', /([0-9])([0-9])/, '$2$1')|\"ab21cd43\"",
                "$replace('aaa', /a/, 'b', 2)|\"bba\"",
                "$contains('abc', /B/i)|true",
                "$contains('abc', 'bc')|true",
                "$split('a1b22c', /[0-9]+/)|[\"a\",\"b\",\"c\"]",
                "$split('a,b,c', ',', 2)|[\"a\",\"b\"]",
                "$match('xay', /a/).index|1",
                "$replace('abc', /b/, function($m) { $uppercase($m.match) })|\"aBc\"",
            })
    void bounded_jsonata_regex_functions_answer_as_before(String expression, String expected) {
        String definition = oneJsonataState(
                "{\"Type\": \"Pass\", \"Output\": \"{% " + expression.replace("\"", "\\\"") + " %}\", \"End\": true}");

        Execution run = machine(definition).start("{}");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().toString()).isEqualTo(expected);
    }
}
