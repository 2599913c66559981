package io.github.sfnunit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.lint.LintFinding;
import io.github.sfnunit.lint.LintRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code sfn-unit lint}'s findings as text, JSON, or SARIF 2.1.0 for code-scanning tools. */
final class LintOutput {

    private LintOutput() {}

    /** One line a finding, {@code FILE: POINTER: [rule] level: message}, then a count. */
    static String text(Map<Path, List<LintFinding>> byFile, Map<Path, String> unsupported) {
        StringBuilder text = new StringBuilder();
        int findings = 0;
        for (Map.Entry<Path, List<LintFinding>> file : byFile.entrySet()) {
            if (file.getValue().isEmpty()) {
                text.append(file.getKey()).append(": no findings").append(System.lineSeparator());
            }
            for (LintFinding finding : file.getValue()) {
                findings++;
                text.append(file.getKey()).append(": ").append(finding).append(System.lineSeparator());
            }
        }
        unsupported.forEach((file, message) ->
                text.append(file).append(": not supported: ").append(message).append(System.lineSeparator()));
        int files = byFile.size() + unsupported.size();
        text.append(findings)
                .append(findings == 1 ? " finding in " : " findings in ")
                .append(files)
                .append(files == 1 ? " file" : " files")
                .append(System.lineSeparator());
        return text.toString();
    }

    /** {@code {"files": [{"file", "findings": [{"rule", "level", "pointer", "state", "message", "doc"}]}]}}. */
    static String json(Map<Path, List<LintFinding>> byFile, Map<Path, String> unsupported) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode files = root.putArray("files");
        int count = 0;
        for (Map.Entry<Path, List<LintFinding>> entry : byFile.entrySet()) {
            ObjectNode file = files.addObject().put("file", entry.getKey().toString());
            ArrayNode findings = file.putArray("findings");
            for (LintFinding finding : entry.getValue()) {
                count++;
                findings.addObject()
                        .put("rule", finding.rule().id())
                        .put("level", level(finding.rule()))
                        .put("pointer", finding.pointer())
                        .put("state", finding.stateName())
                        .put("message", finding.message())
                        .put("doc", finding.rule().awsDoc());
            }
        }
        unsupported.forEach((file, message) ->
                files.addObject().put("file", file.toString()).put("unsupported", message));
        root.put("findings", count);
        return root.toString();
    }

    /** The project's home page: the pom's {@code <url>} (LintCommandTest holds them equal). */
    static final String PROJECT_URL = "https://github.com/sfnunit/sfn-unit";

    /** A SARIF 2.1.0 log: one run, every rule described, a result per finding with its file, line and pointer. */
    static String sarif(Map<Path, List<LintFinding>> byFile, Map<Path, String> unsupported) {
        ObjectNode log = JsonNodeFactory.instance
                .objectNode()
                .put("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
                .put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "sfn-unit lint").put("informationUri", PROJECT_URL);
        ArrayNode rules = driver.putArray("rules");
        for (LintRule rule : LintRule.values()) {
            ObjectNode described = rules.addObject().put("id", rule.id()).put("name", ruleName(rule));
            described.putObject("shortDescription").put("text", rule.summary());
            described.put("helpUri", rule.awsDoc());
            described.putObject("defaultConfiguration").put("level", level(rule));
        }
        ArrayNode results = run.putArray("results");
        for (Map.Entry<Path, List<LintFinding>> entry : byFile.entrySet()) {
            String text = read(entry.getKey());
            for (LintFinding finding : entry.getValue()) {
                ObjectNode result = results.addObject()
                        .put("ruleId", finding.rule().id())
                        .put("ruleIndex", finding.rule().ordinal())
                        .put("level", level(finding.rule()));
                result.putObject("message").put("text", finding.message());
                ObjectNode location = result.putArray("locations").addObject();
                ObjectNode physical = location.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri(entry.getKey()));
                physical.putObject("region").put("startLine", line(text, finding.stateName()));
                location.putArray("logicalLocations")
                        .addObject()
                        .put("fullyQualifiedName", finding.pointer().isEmpty() ? "/" : finding.pointer())
                        .put("kind", "member");
            }
        }
        unsupported.forEach((file, message) -> {
            ObjectNode notification = run.withArray("invocations").isEmpty()
                    ? run.putArray("invocations").addObject().put("executionSuccessful", true)
                    : (ObjectNode) run.withArray("invocations").get(0);
            ObjectNode note = notification
                    .withArray("toolExecutionNotifications")
                    .addObject()
                    .put("level", "error");
            note.putObject("message").put("text", file + ": not supported: " + message);
        });
        return JsonCodec.writePretty(log);
    }

    private static String level(LintRule rule) {
        return rule.level().name().toLowerCase(Locale.ROOT);
    }

    /** {@code task-timeout} as SARIF's PascalCase rule name, {@code TaskTimeout}. */
    private static String ruleName(LintRule rule) {
        StringBuilder name = new StringBuilder();
        for (String part : rule.id().split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    /** A relative path as it is (code-scanning tools resolve it against the checkout), with forward slashes. */
    private static String uri(Path file) {
        return file.toString().replace('\\', '/');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The 1-based line where the state's name is first written as a key ({@code "Name":} in JSON, {@code Name:} in
     * YAML), 1 when it is not found (the machine itself, or a name written differently).
     */
    static int line(String text, String stateName) {
        if (stateName != null) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("\"" + stateName + "\"")
                                && line.substring(stateName.length() + 2)
                                        .strip()
                                        .startsWith(":")
                        || line.startsWith(stateName + ":")) {
                    return i + 1;
                }
            }
        }
        return 1;
    }
}
