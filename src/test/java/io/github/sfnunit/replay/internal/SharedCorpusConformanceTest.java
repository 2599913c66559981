package io.github.sfnunit.replay.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs the shared AWS-recorded corpus in-process (when {@code ../shared} is present) and fails when the pass
 * counts fall below the ratchets. Raise the ratchets as the interpreter improves; never lower them to make the
 * build pass. The per-case results go to {@code target/conformance-results.txt}.
 */
class SharedCorpusConformanceTest {

    /** Passing cases among the core interpreter cases (pure and derived-mock, no Map/Parallel/JSONata/variables). */
    private static final int CORE_PASS_RATCHET = 590;

    /** Passing cases over the whole corpus. */
    private static final int ALL_PASS_RATCHET = 847;

    /** Core cases whose history event types, in order, match the recorded history. */
    private static final int HISTORY_MATCH_RATCHET = 244;

    @Test
    void the_interpreter_keeps_passing_the_recorded_aws_behaviour() throws IOException {
        String shared = System.getProperty("sfnunit.shared.dir");
        Path cases = shared == null ? null : Path.of(shared, "conformance", "cases");
        assumeTrue(
                cases != null && Files.isDirectory(cases),
                "The shared conformance corpus is not present (system property sfnunit.shared.dir = " + shared
                        + "): skipping the conformance ratchet");

        ConformanceRunner runner = new ConformanceRunner();
        List<ConformanceRunner.CaseResult> results = new ArrayList<>();
        for (ConformanceCase testCase : ConformanceCase.readAll(cases)) {
            results.add(runner.run(testCase));
        }

        List<ConformanceRunner.CaseResult> core = results.stream()
                .filter(r -> r.testCase().isCoreInterpreterCase())
                .toList();
        long corePassed =
                core.stream().filter(ConformanceRunner.CaseResult::passed).count();
        long allPassed =
                results.stream().filter(ConformanceRunner.CaseResult::passed).count();
        List<ConformanceRunner.CaseResult> coreWithHistory =
                core.stream().filter(r -> r.historyMatched() != null).toList();
        long historyMatched = coreWithHistory.stream()
                .filter(ConformanceRunner.CaseResult::historyMatched)
                .count();
        writeResults(results, corePassed, core.size(), allPassed, historyMatched, coreWithHistory.size());

        assertThat(corePassed)
                .as("core interpreter cases passing (of %d); see target/conformance-results.txt", core.size())
                .isGreaterThanOrEqualTo(CORE_PASS_RATCHET);
        assertThat(historyMatched)
                .as("core cases with history event types as recorded (of %d)", coreWithHistory.size())
                .isGreaterThanOrEqualTo(HISTORY_MATCH_RATCHET);
        assertThat(allPassed)
                .as("all cases passing (of %d); see target/conformance-results.txt", results.size())
                .isGreaterThanOrEqualTo(ALL_PASS_RATCHET);
    }

    private static void writeResults(
            List<ConformanceRunner.CaseResult> results,
            long corePassed,
            int coreTotal,
            long allPassed,
            long historyMatched,
            int historyTotal)
            throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("core: ").append(corePassed).append('/').append(coreTotal).append(" passed\n");
        text.append("all: ")
                .append(allPassed)
                .append('/')
                .append(results.size())
                .append(" passed\n");
        text.append("core history event types matching: ")
                .append(historyMatched)
                .append('/')
                .append(historyTotal)
                .append('\n');
        Map<String, int[]> byKind = new TreeMap<>();
        for (ConformanceRunner.CaseResult r : results) {
            int[] counts = byKind.computeIfAbsent(r.testCase().kind(), k -> new int[2]);
            counts[1]++;
            counts[0] += r.passed() ? 1 : 0;
        }
        byKind.forEach((kind, c) -> text.append("kind ")
                .append(kind)
                .append(": ")
                .append(c[0])
                .append('/')
                .append(c[1])
                .append('\n'));
        for (ConformanceRunner.CaseResult r : results) {
            if (!r.passed() || Boolean.FALSE.equals(r.historyMatched())) {
                text.append(r.testCase().isCoreInterpreterCase() ? "CORE " : "     ")
                        .append(r.passed() ? "HIST " : "FAIL ")
                        .append(r.testCase().id())
                        .append(": ")
                        .append(r.reason())
                        .append('\n');
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "conformance-results.txt"), text);
    }
}
