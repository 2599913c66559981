package io.github.sfnunit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/CheckCentralRequirements.java, which CI runs on the release profile's staged deploy: it passes a staging
 * folder laid out as Maven deploys one, and names every requirement a broken one misses.
 */
class CheckCentralRequirementsTest {

    private static final String GOOD_POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>io.github.sfnunit</groupId>
              <artifactId>demo</artifactId>
              <version>1.0.0</version>
              <name>demo</name>
              <description>A demo.</description>
              <url>https://github.com/sfnunit/sfn-unit</url>
              <licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>
              <developers><developer><name>The sfn-unit developers</name></developer></developers>
              <scm><connection>scm:git:https://github.com/sfnunit/sfn-unit.git</connection><url>https://github.com/sfnunit/sfn-unit</url></scm>
            </project>
            """;

    @TempDir
    Path staging;

    @Test
    void a_complete_staging_folder_passes() throws Exception {
        Path folder = stage(GOOD_POM, "1.0.0");

        Result result = check(staging);

        assertThat(result.output())
                .isEqualTo("Maven Central requirements met: 1 artifact(s), 4 file(s) with md5 and sha1 checksums;"
                        + " signatures not required (unsigned build)\n");
        assertThat(result.exitCode()).isZero();
        assertThat(folder).isDirectory();
    }

    @Test
    void every_missing_requirement_is_named() throws Exception {
        String pom = GOOD_POM.replace("<version>1.0.0</version>", "<version>1.0.0-SNAPSHOT</version>")
                .replaceAll("<developers>.*</developers>", "")
                .replace("<description>A demo.</description>", "");
        Path folder = stage(pom, "1.0.0-SNAPSHOT");
        Files.delete(folder.resolve("demo-1.0.0-SNAPSHOT-javadoc.jar"));
        Files.delete(folder.resolve("demo-1.0.0-SNAPSHOT-javadoc.jar.md5"));
        Files.delete(folder.resolve("demo-1.0.0-SNAPSHOT-javadoc.jar.sha1"));
        Files.writeString(folder.resolve("demo-1.0.0-SNAPSHOT.jar.sha1"), "0000");

        Result result = check(staging, "--require-signatures");

        Path pomFile = folder.resolve("demo-1.0.0-SNAPSHOT.pom");
        assertThat(result.output().lines())
                .contains(
                        pomFile + ": <description> is missing or empty",
                        pomFile + ": version 1.0.0-SNAPSHOT is a snapshot; Central takes releases only",
                        pomFile + ": <developers> has no <developer>",
                        folder.resolve("demo-1.0.0-SNAPSHOT-javadoc.jar") + ": missing",
                        pomFile + ": no .asc signature")
                .anyMatch(line -> line.startsWith(folder.resolve("demo-1.0.0-SNAPSHOT.jar.sha1") + ": says 0000 but"))
                .last()
                .asString()
                .endsWith("problem(s): the staged files do not meet Maven Central's requirements");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    /** A folder as {@code mvn deploy} writes it: pom, jar, sources and javadoc jars, each with md5 and sha1. */
    private Path stage(String pom, String version) throws IOException, NoSuchAlgorithmException {
        Path folder = Files.createDirectories(
                staging.resolve("io/github/sfnunit/demo").resolve(version));
        String base = "demo-" + version;
        write(folder.resolve(base + ".pom"), pom.getBytes(StandardCharsets.UTF_8));
        write(folder.resolve(base + ".jar"), jar("io/github/sfnunit/Demo.class"));
        write(folder.resolve(base + "-sources.jar"), jar("io/github/sfnunit/Demo.java"));
        write(folder.resolve(base + "-javadoc.jar"), jar("index.html"));
        return folder;
    }

    private static void write(Path file, byte[] content) throws IOException, NoSuchAlgorithmException {
        Files.write(file, content);
        for (String[] checksum : List.of(new String[] {"md5", "MD5"}, new String[] {"sha1", "SHA-1"})) {
            Files.writeString(
                    Path.of(file + "." + checksum[0]),
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance(checksum[1]).digest(content)));
        }
    }

    private static byte[] jar(String entry) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(1);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static Result check(Path folder, String... options) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "scripts/CheckCentralRequirements.java",
                folder.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output;
        try (var in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {}
}
