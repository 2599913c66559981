package io.github.sfnunit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageReportTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CoverageReport.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void report_writes_the_index_a_page_and_a_mermaid_file_per_machine_and_prints_the_summary(@TempDir Path dir)
            throws Exception {
        CoverageDataTest.twoOfThreeRules().writeDataFile(dir);

        assertThat(run("report", dir.toString())).isZero();

        MachineCoverage route = CoverageData.read(dir).machine(CoverageDataTest.SOURCE);
        String slug = route.slug();
        assertThat(slug).matches("route\\.asl\\.json-[0-9a-f]{8}");
        assertThat(dir.resolve("index.html")).content().contains("href=\"" + slug + ".html\"", "12/18 (66.7%)");
        String page = Files.readString(dir.resolve(slug + ".html"));
        assertThat(page)
                .contains("<svg", "Choices[2] · NOT TAKEN", "Choices[0] · 1×", "Refund", "NOT ENTERED")
                .doesNotContain("<script", "http://cdn", "https://");
        assertThat(dir.resolve(slug + ".mmd"))
                .content()
                .startsWith("flowchart TD\n")
                .contains("-.->|\"Choices[2] · NOT TAKEN\"|", "-->|\"Choices[0] · 1×\"|");
        assertThat(dir.resolve("summary.md")).content().contains("| `" + CoverageDataTest.SOURCE + "` | 2 |");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("sfn-unit coverage: 1 state machine, 2 executions (report: ")
                .contains("10/12 (83.3%)", "12/18 (66.7%)", "1/2 (50.0%)", "0/2 (0.0%)");
    }

    @Test
    void the_markdown_summary_is_appended_to_the_step_summary_file_after_what_it_holds(@TempDir Path dir)
            throws Exception {
        // GIVEN a GitHub step summary file that an earlier step already wrote to
        Path summary = dir.resolve("step-summary.md");
        Files.writeString(summary, "## Build\n\nearlier step\n");
        CoverageData data = CoverageDataTest.twoOfThreeRules();

        // WHEN the summary is appended twice (two test tasks of one job)
        assertThat(CoverageReport.appendToStepSummary(data, summary.toString())).isTrue();
        assertThat(CoverageReport.appendToStepSummary(data, summary.toString())).isTrue();

        // THEN the earlier content is kept and each append adds the Markdown table, one blank line apart
        String table = CoverageReport.markdownSummary(data);
        assertThat(table).contains("| `" + CoverageDataTest.SOURCE + "` | 2 |", "transitions never taken");
        assertThat(summary).content().isEqualTo("## Build\n\nearlier step\n" + table + "\n" + table + "\n");
    }

    @Test
    void no_step_summary_variable_appends_nothing(@TempDir Path dir) throws Exception {
        CoverageData data = CoverageDataTest.twoOfThreeRules();

        assertThat(CoverageReport.appendToStepSummary(data, null)).isFalse();
        assertThat(CoverageReport.appendToStepSummary(data, " ")).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void a_step_summary_that_cannot_be_written_fails_naming_the_file(@TempDir Path dir) {
        // GIVEN a "file" that is a directory
        Path notAFile = dir.resolve("summary-dir");
        notAFile.toFile().mkdirs();

        assertThatThrownBy(() ->
                        CoverageReport.appendToStepSummary(CoverageDataTest.twoOfThreeRules(), notAFile.toString()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot append to GITHUB_STEP_SUMMARY " + notAFile);
    }

    @Test
    void check_fails_below_the_minimum_and_lists_every_transition_never_taken(@TempDir Path dir) {
        CoverageDataTest.twoOfThreeRules().writeDataFile(dir);

        assertThat(run("check", "--min-transitions", "90", dir.toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("""
                transitions coverage is 12/18 (66.7%), below the minimum of 90%:
                  classpath:coverage/route.asl.json: Route Choices[2] -> Refund
                  classpath:coverage/route.asl.json: Route Default -> Rejected
                  classpath:coverage/route.asl.json: Charge Catch[0] -> Rejected
                  classpath:coverage/route.asl.json: Charge Catch[1] -> Rejected
                  classpath:coverage/route.asl.json: Refund Next -> Done
                  classpath:coverage/route.asl.json: Rejected Fail -> (fails)
                """);
    }

    @Test
    void check_passes_at_or_above_the_minimum(@TempDir Path dir) {
        CoverageDataTest.twoOfThreeRules().writeDataFile(dir);

        assertThat(run("check", "--min-transitions", "66.6", "--min-states", "80", dir.toString()))
                .isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void bad_arguments_and_missing_data_say_what_is_wrong(@TempDir Path dir) {
        assertThat(run("check", "--min-transitions", "ninety", dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("--min-transitions takes a percentage from 0 to 100, but got \"ninety\"\nUsage:");
        err.reset();

        assertThat(run("report", dir.resolve("missing").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("No sfn-unit coverage data (coverage-*.json) in " + dir.resolve("missing"));
    }
}
