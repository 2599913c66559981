package io.github.sfnunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The executable jar {@code sfn-unit-<version>-cli.jar}, run as a user runs it: {@code java -jar} from a folder of
 * their own, on Java 17 and on the newest JDK present. Failsafe runs this after {@code package} built the jar.
 */
class CliJarIT {

    private static final Path CLI_JAR = Path.of(Objects.requireNonNull(
            System.getProperty("sfnunit.cli.jar"), "failsafe passes the jar's path as sfnunit.cli.jar"));

    @TempDir
    Path scratch;

    /** The JDKs to run the jar on: this build's, and the newest in /usr/lib/jvm when it is another one. */
    static Stream<Path> javas() throws IOException {
        List<Path> javas = new ArrayList<>();
        javas.add(Path.of(System.getProperty("java.home"), "bin", "java"));
        String newest = System.getProperty("sfnunit.newest.jdk", "");
        if (!newest.isBlank() && Files.isExecutable(Path.of(newest, "bin", "java"))) {
            javas.add(Path.of(newest, "bin", "java"));
        }
        return javas.stream();
    }

    @ParameterizedTest
    @MethodSource("javas")
    void runs_the_readme_example_from_a_scratch_folder_and_prints_nothing_else(Path java) throws Exception {
        Files.copy(Path.of("examples/hello-world.asl.json"), scratch.resolve("hello-world.asl.json"));

        Result result = run(java, "run", "hello-world.asl.json", "--input", "{\"name\":\"Ada\",\"patient\":true}");

        assertThat(result.stderr()).isEmpty();
        // The path's state column is padded to a fixed width; the README shows the lines without the padding.
        assertThat(result.stdout().lines().map(String::stripTrailing))
                .containsExactlyElementsOf("""
                        Path:
                               +0.000s  Greet
                               +0.000s  Patient?
                               +0.000s  Wait an hour
                            +3600.000s  Done
                        Status: SUCCEEDED
                        Output: {"name":"Ada","patient":true,"greeting":{"message":"Hello, Ada!"}}
                        Virtual duration: PT1H
                        """.lines().toList());
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void validate_reports_every_problem_with_its_pointer_and_exits_1() throws Exception {
        Files.copy(Path.of("examples/with-mistakes.asl.json"), scratch.resolve("with-mistakes.asl.json"));

        Result result = run(javas().findFirst().orElseThrow(), "validate", "with-mistakes.asl.json");

        assertThat(result.stderr()).isEmpty();
        assertThat(result.stdout())
                .contains("with-mistakes.asl.json: /States/Patient?/Default: state \"Dnoe\" does not exist;"
                        + " did you mean \"Done\"?");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void says_its_version_from_the_jar() throws Exception {
        String version = System.getProperty("sfnunit.version");

        Result result = run(javas().findFirst().orElseThrow(), "--version");

        assertThat(result.stdout()).isEqualTo("sfn-unit " + version + "\n");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void is_executable_and_carries_the_cli_libraries_but_no_test_library() throws IOException {
        try (JarFile jar = new JarFile(CLI_JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(Main.class.getName());
            List<String> names = jar.stream().map(entry -> entry.getName()).toList();
            assertThat(names)
                    .contains(
                            "io/github/sfnunit/cli/Main.class",
                            "picocli/CommandLine.class",
                            "com/jayway/jsonpath/JsonPath.class",
                            "com/fasterxml/jackson/databind/ObjectMapper.class",
                            "META-INF/LICENSE")
                    .noneMatch(name -> name.startsWith("org/junit/")
                            || name.startsWith("org/assertj/")
                            || name.startsWith("org/mockito/")
                            || name.startsWith("net/bytebuddy/")
                            || name.startsWith("wiremock/"));
        }
    }

    private Result run(Path java, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", CLI_JAR.toString()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(scratch, "stdout", ".txt");
        Path stderr = Files.createTempFile(scratch, "stderr", ".txt");
        Process process = new ProcessBuilder(command)
                .directory(scratch.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("%s finished within 2 minutes", command)
                .isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String stdout, String stderr) {}
}
