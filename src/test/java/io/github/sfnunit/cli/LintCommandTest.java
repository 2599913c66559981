package io.github.sfnunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LintCommandTest {

    private static final String FLAGGED = """
            {"StartAt": "Notify", "States": {
              "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true}}}
            """;
    private static final String CLEAN = """
            {"StartAt": "Notify", "States": {
              "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "TimeoutSeconds": 5,
                "End": true}}}
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void text_lists_each_finding_and_exits_1() throws Exception {
        Path flagged = file("flagged.asl.json", FLAGGED);
        Path clean = file("clean.asl.json", CLEAN);

        int code = run("lint", flagged.toString(), clean.toString());

        assertThat(code).isEqualTo(1);
        String nl = System.lineSeparator();
        assertThat(out.toString())
                .isEqualTo(flagged + ": /States/Notify: [task-timeout] warning: Task state \"Notify\" has no"
                        + " TimeoutSeconds, so it waits up to AWS's default of 99,999,999 s (over 3 years) for an answer"
                        + " that may never come; set TimeoutSeconds to the longest the task should take" + nl
                        + clean + ": no findings" + nl
                        + "1 finding in 2 files" + nl);
    }

    @Test
    void a_clean_file_exits_0_and_disable_turns_a_rule_off() throws Exception {
        assertThat(run("lint", file("clean.asl.json", CLEAN).toString())).isZero();
        assertThat(run(
                        "lint",
                        "--disable",
                        "task-timeout",
                        file("flagged.asl.json", FLAGGED).toString()))
                .isZero();
        assertThat(run(
                        "lint",
                        "--disable",
                        "no-such-rule",
                        file("x.asl.json", CLEAN).toString()))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("--disable: no rule \"no-such-rule\"; the rules are [task-timeout, ");
    }

    @Test
    void json_gives_rule_level_pointer_state_message_and_doc() throws Exception {
        Path flagged = file("flagged.asl.json", FLAGGED);

        assertThat(run("lint", "--format", "json", flagged.toString())).isEqualTo(1);

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("findings").asInt()).isEqualTo(1);
        JsonNode finding = json.at("/files/0/findings/0");
        assertThat(finding.get("rule").asText()).isEqualTo("task-timeout");
        assertThat(finding.get("level").asText()).isEqualTo("warning");
        assertThat(finding.get("pointer").asText()).isEqualTo("/States/Notify");
        assertThat(finding.get("state").asText()).isEqualTo("Notify");
        assertThat(finding.get("doc").asText())
                .isEqualTo("https://docs.aws.amazon.com/step-functions/latest/dg/sfn-stuck-execution.html");
    }

    @Test
    void sarif_is_a_2_1_0_log_with_the_rules_and_a_located_result() throws Exception {
        Path flagged = file("flagged.asl.json", FLAGGED);

        assertThat(run("lint", "--format", "sarif", flagged.toString())).isEqualTo(1);

        JsonNode sarif = new ObjectMapper().readTree(out.toString());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.at("/runs/0");
        assertThat(run.at("/tool/driver/informationUri").asText())
                .isEqualTo("https://github.com/sfnunit/sfn-unit")
                .isEqualTo(projectUrl());
        assertThat(run.at("/tool/driver/rules/0/id").asText()).isEqualTo("task-timeout");
        assertThat(run.at("/tool/driver/rules/0/name").asText()).isEqualTo("TaskTimeout");
        JsonNode result = run.at("/results/0");
        assertThat(result.get("ruleId").asText()).isEqualTo("task-timeout");
        assertThat(result.get("level").asText()).isEqualTo("warning");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo(flagged.toString());
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(2);
        assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName")
                        .asText())
                .isEqualTo("/States/Notify");
    }

    @Test
    void a_definition_aws_refuses_is_reported_under_its_rule() throws Exception {
        Path unreachable = file("orphan.asl.json", """
                {"StartAt": "A", "States": {"A": {"Type": "Succeed"}, "Orphan": {"Type": "Succeed"}}}
                """);

        assertThat(run("lint", unreachable.toString())).isEqualTo(1);

        assertThat(out.toString())
                .contains(": /States/Orphan: [unreachable-state] error: state \"Orphan\" is not"
                        + " reachable: StartAt is \"A\" and no reachable state transitions to it; remove the state or add a"
                        + " transition to it (AWS refuses the definition)");
    }

    /** The project-level {@code <url>} of pom.xml (the first one, before licenses and developers). */
    private static String projectUrl() throws java.io.IOException {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        return pom.substring(pom.indexOf("<url>") + "<url>".length(), pom.indexOf("</url>"));
    }
}
