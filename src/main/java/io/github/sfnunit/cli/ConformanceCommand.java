package io.github.sfnunit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import io.github.sfnunit.replay.internal.ConformanceCase;
import io.github.sfnunit.replay.internal.ConformanceRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sfn-unit conformance DIR}: runs every case folder of an AWS-recorded conformance corpus in-process and
 * prints one line per failing case with its first difference, then {@code conformance: P/T passed}.
 *
 * @since 0.1.0
 */
@Command(
        name = "conformance",
        mixinStandardHelpOptions = true,
        description = "Run a conformance corpus (shared/conformance/cases layout) and report what differs from AWS.")
public final class ConformanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of case folders.")
    Path casesDir;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the per-case results as JSON here.")
    Path report;

    @Option(names = "--tag", paramLabel = "T", description = "Only cases with a tag equal to or starting with T.")
    List<String> tags = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ConformanceRunner runner = new ConformanceRunner();
        List<ConformanceRunner.CaseResult> results = new ArrayList<>();
        for (ConformanceCase testCase : ConformanceCase.readAll(casesDir)) {
            if (!tags.isEmpty() && tags.stream().noneMatch(testCase::hasTag)) {
                continue;
            }
            ConformanceRunner.CaseResult result = runner.run(testCase);
            results.add(result);
            if (!result.passed()) {
                out.println("FAIL " + testCase.id() + ": " + result.reason());
            }
        }
        long passed =
                results.stream().filter(ConformanceRunner.CaseResult::passed).count();
        out.println("conformance: " + passed + "/" + results.size() + " passed");
        if (report != null) {
            writeReport(results);
        }
        out.flush();
        return 0;
    }

    private void writeReport(List<ConformanceRunner.CaseResult> results) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode cases = root.putArray("cases");
        for (ConformanceRunner.CaseResult result : results) {
            ObjectNode entry = cases.addObject();
            entry.put("id", result.testCase().id());
            entry.put("kind", result.testCase().kind());
            ArrayNode tagArray = entry.putArray("tags");
            result.testCase().tags().forEach(tagArray::add);
            entry.put("passed", result.passed());
            entry.put("reason", result.reason());
            if (result.historyMatched() != null) {
                entry.put("historyMatched", result.historyMatched());
            }
        }
        Files.writeString(report, JsonCodec.writePretty(root));
    }
}
