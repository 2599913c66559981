package io.github.sfnunit.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public definitions of ../shared/real-world load (with their {@code ${...}} placeholders filled) and
 * validate, except the ones its README lists as really broken, for which the message must name the mistake.
 */
class RealWorldDefinitionsTest {

    /** File name -> the fragments the error message must contain (from the folder's README "Problems" table). */
    private static final Map<String, List<String>> KNOWN_INVALID = Map.of(
            "step-functions-workflows-collection__shared-fallback-state-jsonata_statemachine_statemachine.asl.json",
            List.of(
                    "/States/QueryLanguage: a state must be a JSON object, found a string (\"QueryLanguage\" is a field"
                            + " of the state machine or of a state, not a state: move it out of \"States\")",
                    "/States/FirstLambdaState/Arguments: field \"Arguments\" is only allowed in JSONata states, and"
                            + " this state uses JSONPath"),
            "step-functions-agent__step-functions_agent-with-tools-flow-template.json",
            List.of("/States/For each tool use/ItemProcessor/States/Which Tool to Use?/Choices/0/Next: state \"Get DB"
                    + " Schema\" does not exist"),
            "aws-stepfunctions-examples__usecases_distributedmap_monte-carlo-simulation_cloudformation_ec2_main.yml_"
                    + "DataProcessorStateMachine.json",
            List.of(
                    "/Resource: expected a string, found an object (the CloudFormation intrinsic function \"Fn::Ref\""));

    /** The README says these placeholders were unquoted in number positions; undo the quoting it added. */
    private static final Pattern QUOTED_NUMBER_PLACEHOLDER = Pattern.compile(
            "\"(TimeoutSeconds|HeartbeatSeconds|MaxConcurrency|Seconds)\"(\\s*:\\s*)\"(\\$\\{[^}]+})\"");

    @Test
    void every_real_world_definition_loads_and_validates_unless_it_is_really_invalid() throws IOException {
        Path folder = Path.of(System.getProperty("sfnunit.shared.dir", "../shared"), "real-world");
        assumeTrue(Files.isDirectory(folder), "real-world definitions not found at " + folder + ": skipped");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<String> unexpected = new ArrayList<>();
        int valid = 0;
        int invalidAsExpected = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text = restoreUnquotedPlaceholders(Files.readString(file));
            DefinitionLoader loader =
                    DefinitionLoader.builder().substitutions(values(text)).build();
            InvalidDefinitionException error =
                    catchThrowableOfType(InvalidDefinitionException.class, () -> loader.loadString(text));
            List<String> expected = KNOWN_INVALID.get(name);
            if (expected == null && error == null) {
                valid++;
            } else if (expected == null) {
                unexpected.add(name + " was rejected:\n" + error.getMessage());
            } else if (error == null) {
                unexpected.add(name + " was accepted, but it is invalid");
            } else {
                for (String fragment : expected) {
                    if (!error.getMessage().contains(fragment)) {
                        unexpected.add(
                                name + ": the message does not say \"" + fragment + "\":\n" + error.getMessage());
                    }
                }
                invalidAsExpected++;
            }
        }
        System.out.printf(
                "Real-world definitions: %d files; %d valid, %d invalid as the README says, %d unexpected%n",
                files.size(), valid, invalidAsExpected, unexpected.size());
        assertThat(unexpected).isEmpty();
        assertThat(valid + invalidAsExpected).isEqualTo(files.size());
    }

    private static String restoreUnquotedPlaceholders(String text) {
        return QUOTED_NUMBER_PLACEHOLDER
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement("\"" + m.group(1) + "\"" + m.group(2) + m.group(3)));
    }

    /** A plausible value for every placeholder, as a deployment would give. */
    private static Map<String, String> values(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher numbers = Pattern.compile("\":\\s*\\$\\{([^}]+)}").matcher(text);
        while (numbers.find()) {
            values.put(numbers.group(1), "60");
        }
        for (String name : Substitutions.placeholders(text)) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (values.containsKey(name) || name.startsWith("AWS::")) {
                continue;
            }
            if (lower.contains("partition")) {
                values.put(name, "aws");
            } else if (lower.contains("region")) {
                values.put(name, "us-east-1");
            } else if (lower.contains("account")) {
                values.put(name, "123456789012");
            } else {
                values.put(
                        name,
                        "arn:aws:lambda:us-east-1:123456789012:function:" + name.replaceAll("[^A-Za-z0-9-_]", "-"));
            }
        }
        return values;
    }
}
