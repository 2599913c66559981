package io.github.sfnunit.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnunit.replay.internal.ConformanceCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every definition of the shared conformance corpus (recorded against real AWS) is accepted when AWS accepted it
 * and rejected when AWS rejected it (status DEFINITION_REJECTED).
 */
class ConformanceCorpusValidationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Cases sfn-unit cannot decide like AWS, each with the reason. The test fails when one of them starts to
     * agree with AWS, so that the list only ever shrinks.
     */
    private static final Map<String, String> KNOWN_GAPS = Map.of();

    @Test
    void the_validator_agrees_with_aws_on_every_corpus_definition() throws IOException {
        Path cases = casesFolder();
        assumeTrue(Files.isDirectory(cases), "conformance corpus not found at " + cases + ": skipped");

        List<String> wronglyRejected = new ArrayList<>();
        List<String> wronglyAccepted = new ArrayList<>();
        List<String> knownGaps = new ArrayList<>();
        int accepted = 0;
        int rejected = 0;
        List<Path> folders;
        try (Stream<Path> list = Files.list(cases)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : folders) {
            JsonNode expected = MAPPER.readTree(folder.resolve("expected.json").toFile());
            JsonNode meta = MAPPER.readTree(folder.resolve("meta.json").toFile());
            boolean awsRejected =
                    "DEFINITION_REJECTED".equals(expected.path("status").asText());
            StateMachineType type =
                    StateMachineType.valueOf(meta.path("stateMachineType").asText("STANDARD"));
            JsonNode definition = ConformanceCase.read(folder).definitionJson();
            String outcome;
            try {
                new DefinitionParser(type).parse(definition);
                outcome = null;
            } catch (InvalidDefinitionException e) {
                outcome = e.getMessage();
            }
            String id = folder.getFileName().toString();
            if (KNOWN_GAPS.containsKey(id)) {
                knownGaps.add(id);
                assertThat(awsRejected == (outcome != null))
                        .as("%s is listed as a known gap but now agrees with AWS: remove it from KNOWN_GAPS", id)
                        .isFalse();
            } else if (awsRejected && outcome != null) {
                rejected++;
            } else if (!awsRejected && outcome == null) {
                accepted++;
            } else if (awsRejected) {
                wronglyAccepted.add(folder.getFileName() + ": AWS said "
                        + expected.path("cause").asText());
            } else {
                wronglyRejected.add(folder.getFileName() + ": " + outcome);
            }
        }
        System.out.printf(
                "Conformance corpus: %d definitions checked; %d valid accepted, %d invalid rejected,"
                        + " %d wrongly rejected, %d wrongly accepted, %d known gaps %s%n",
                folders.size(),
                accepted,
                rejected,
                wronglyRejected.size(),
                wronglyAccepted.size(),
                knownGaps.size(),
                knownGaps);
        assertThat(wronglyRejected)
                .as("definitions AWS accepted but sfn-unit rejected")
                .isEmpty();
        assertThat(wronglyAccepted)
                .as("definitions AWS rejected but sfn-unit accepted")
                .isEmpty();
    }

    static Path casesFolder() {
        return Path.of(System.getProperty("sfnunit.shared.dir", "../shared"), "conformance", "cases");
    }
}
