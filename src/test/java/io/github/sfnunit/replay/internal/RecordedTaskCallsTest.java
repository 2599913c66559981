package io.github.sfnunit.replay.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.Execution;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.mock.TaskInvocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * For every corpus case with a {@code calls.json} (the task calls AWS recorded), runs the case in-process and
 * compares each recorded call's effective parameters (or Lambda/activity input) with the {@link
 * TaskInvocation#parameters()} the engine produced, per state and in order. Placeholders ({@code <region>}, {@code
 * <task_token:1>}, the account {@code 111111111111}) match any text. Prints the rate and the mismatches to {@code
 * target/task-calls-results.txt} and holds a ratchet.
 */
class RecordedTaskCallsTest {

    /** Cases whose every recorded call matches. Raise it as the engine improves; never lower it. */
    private static final int MATCHING_CASES_RATCHET = 125;

    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>\"]+>|111111111111");

    @Test
    void the_effective_task_parameters_match_the_calls_aws_recorded() throws IOException {
        String shared = System.getProperty("sfnunit.shared.dir");
        Path cases = shared == null ? null : Path.of(shared, "conformance", "cases");
        assumeTrue(
                cases != null && Files.isDirectory(cases),
                "The shared conformance corpus is not present (system property sfnunit.shared.dir = " + shared
                        + "): skipping the recorded task calls check");

        int total = 0;
        int matching = 0;
        StringBuilder mismatches = new StringBuilder();
        for (ConformanceCase testCase : ConformanceCase.readAll(cases)) {
            Path calls = testCase.dir().resolve("calls.json");
            if (!Files.isRegularFile(calls)) {
                continue;
            }
            total++;
            String difference = difference(testCase, ConformanceCase.readJson(calls));
            if (difference == null) {
                matching++;
            } else {
                mismatches.append(testCase.id()).append(": ").append(difference).append('\n');
            }
        }
        String summary = "task calls matching: " + matching + "/" + total + " cases\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "task-calls-results.txt"), summary + mismatches);
        System.out.print(summary);

        assertThat(total).as("cases with calls.json").isPositive();
        assertThat(matching)
                .as("cases whose recorded calls match (of %d); see target/task-calls-results.txt", total)
                .isGreaterThanOrEqualTo(MATCHING_CASES_RATCHET);
    }

    @Test
    void placeholders_match_any_text_and_everything_else_must_be_equal() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        JsonNode recorded = json.readTree(
                "{\"arn\": \"arn:<partition>:states:<region>:111111111111:stateMachine:<ArnPart_0idx>\", \"n\": 1}");

        assertThat(matches(
                        recorded,
                        json.readTree(
                                "{\"n\": 1.0, \"arn\": \"arn:aws:states:us-east-1:123456789012:stateMachine:C\"}")))
                .isTrue();
        assertThat(matches(
                        recorded,
                        json.readTree("{\"n\": 2, \"arn\": \"arn:aws:states:us-east-1:123456789012:stateMachine:C\"}")))
                .isFalse();
        assertThat(matches(
                        recorded,
                        json.readTree("{\"n\": 1, \"arn\": \"arn:aws:states:us-east-1:123456789012:activity:C\"}")))
                .isFalse();
        assertThat(matches(recorded, json.readTree("{\"n\": 1}"))).isFalse();
    }

    /** The first difference between the recorded calls and the engine's, {@code null} when they match. */
    private static String difference(ConformanceCase testCase, JsonNode recorded) {
        List<TaskInvocation> invocations;
        try {
            ExecutionOptions.Builder options = ExecutionOptions.builder()
                    .stateMachineType(testCase.stateMachineType())
                    .taskHandler(MockConfigs.load(testCase.mockConfig(), "conformance", "default"));
            if (testCase.sandboxNow() != null) {
                options.startTime(Instant.parse(testCase.sandboxNow()));
            }
            Execution execution = StateMachine.from(
                            new DefinitionParser(testCase.stateMachineType()).parse(testCase.definitionJson()),
                            options.build())
                    .start(ConformanceCase.readJson(testCase.input()));
            invocations = execution.invocations();
        } catch (RuntimeException e) {
            return "the run crashed: " + e;
        }
        Map<String, List<JsonNode>> expected = new LinkedHashMap<>();
        recorded.forEach(call -> expected.computeIfAbsent(call.path("state").asText(), s -> new ArrayList<>())
                .add(call.has("parameters") ? call.get("parameters") : call.get("input")));
        Map<String, List<JsonNode>> actual = new LinkedHashMap<>();
        invocations.forEach(call ->
                actual.computeIfAbsent(call.stateName(), s -> new ArrayList<>()).add(call.parameters()));
        if (!expected.keySet().equals(actual.keySet())) {
            return "states called " + actual.keySet() + ", AWS recorded calls of " + expected.keySet();
        }
        for (Map.Entry<String, List<JsonNode>> entry : expected.entrySet()) {
            List<JsonNode> want = entry.getValue();
            List<JsonNode> got = actual.get(entry.getKey());
            if (want.size() != got.size()) {
                return "state '" + entry.getKey() + "' was called " + got.size() + " times, AWS recorded "
                        + want.size();
            }
            for (int i = 0; i < want.size(); i++) {
                if (!matches(want.get(i), got.get(i))) {
                    return "state '" + entry.getKey() + "' call #" + i + ": expected " + want.get(i) + " but was "
                            + got.get(i);
                }
            }
        }
        return null;
    }

    /** Structural equality where placeholders in the recorded strings match any text. */
    static boolean matches(JsonNode expected, JsonNode actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        if (expected.isTextual() && actual.isTextual()) {
            return textMatches(expected.asText(), actual.asText());
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            expected.properties().iterator();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!matches(field.getValue(), actual.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!matches(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }

    private static boolean textMatches(String expected, String actual) {
        Matcher placeholder = PLACEHOLDER.matcher(expected);
        if (!placeholder.find()) {
            return expected.equals(actual);
        }
        StringBuilder regex = new StringBuilder();
        int last = 0;
        placeholder.reset();
        while (placeholder.find()) {
            regex.append(Pattern.quote(expected.substring(last, placeholder.start())));
            regex.append(placeholder.group().equals("111111111111") ? "\\d{12}" : "[\\s\\S]*?");
            last = placeholder.end();
        }
        regex.append(Pattern.quote(expected.substring(last)));
        return Pattern.compile(regex.toString()).matcher(actual).matches();
    }
}
