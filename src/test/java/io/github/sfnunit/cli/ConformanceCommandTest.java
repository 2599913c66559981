package io.github.sfnunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConformanceCommandTest {

    @TempDir
    Path dir;

    private void writeCase(String id, String definition, String expected) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(id));
        Files.writeString(folder.resolve("definition.json"), definition);
        Files.writeString(folder.resolve("input.json"), "{\"v\": 1}");
        Files.writeString(folder.resolve("expected.json"), expected);
        Files.writeString(
                folder.resolve("meta.json"), "{\"id\": \"" + id + "\", \"kind\": \"pure\", \"tags\": [\"pass\"]}");
    }

    @Test
    void prints_each_failure_with_its_first_difference_and_the_totals() throws Exception {
        String pass = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}";
        writeCase("a_ok", pass, "{\"status\": \"SUCCEEDED\", \"output\": {\"v\": 1}, \"states\": [\"A\"]}");
        writeCase("b_wrong", pass, "{\"status\": \"SUCCEEDED\", \"output\": {\"v\": 2}}");
        Path report = dir.resolve("report.json");
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new ConformanceCommand());
        commandLine.setOut(new PrintWriter(out));

        commandLine.execute(dir.toString(), "--report", report.toString());

        assertThat(out.toString())
                .contains("FAIL b_wrong: /output/v: expected 2, got 1")
                .contains("conformance: 1/2 passed");
        assertThat(Files.readString(report)).contains("\"id\" : \"a_ok\"").contains("\"passed\" : true");
    }
}
