import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a staged Maven repository (what {@code mvn -Prelease deploy -DaltDeploymentRepository=local::file:DIR}
 * wrote) against Maven Central's published requirements, as Central's validation applies them to an upload:
 *
 * <ul>
 *   <li>every pom has groupId, artifactId and version (a release: no -SNAPSHOT), name, description, url, at least one
 *       licence with name and url, at least one developer with a name, and scm with url and connection;
 *   <li>every artifact with packaging jar comes with its -sources.jar and -javadoc.jar (both real archives, the
 *       javadoc one with an index.html);
 *   <li>every file has .md5 and .sha1 checksum files whose values match the file;
 *   <li>with --require-signatures, every file has a .asc signature that gpg verifies. CI builds without signing
 *       (it holds no key), so it checks the rest; a release build passes the option.
 * </ul>
 *
 * <p>Run with the JDK's single-file launcher: {@code java scripts/CheckCentralRequirements.java target/staging
 * [--require-signatures]}. Prints one line per problem and exits 1 when there is any, else prints what it checked and
 * exits 0.
 */
public class CheckCentralRequirements {

    private static final List<String> CHECKSUMS = List.of("md5", "sha1");
    private static final List<String> SIDE_FILES = List.of(".md5", ".sha1", ".sha256", ".sha512", ".asc");

    private final List<String> problems = new ArrayList<>();
    private final boolean requireSignatures;
    private int filesChecked;

    private CheckCentralRequirements(boolean requireSignatures) {
        this.requireSignatures = requireSignatures;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].equals("--require-signatures"))) {
            System.err.println("usage: java scripts/CheckCentralRequirements.java STAGING_DIR [--require-signatures]");
            System.exit(2);
        }
        Path staging = Path.of(args[0]);
        if (!Files.isDirectory(staging)) {
            System.err.println(staging + ": not a directory (run the release profile's deploy first)");
            System.exit(2);
        }
        CheckCentralRequirements check = new CheckCentralRequirements(args.length == 2);
        int poms = check.run(staging);
        if (poms == 0) {
            check.problems.add(staging + ": no pom found: nothing was staged");
        }
        if (!check.problems.isEmpty()) {
            check.problems.forEach(System.out::println);
            System.out.println(check.problems.size() + " problem(s): the staged files do not meet Maven Central's"
                    + " requirements");
            System.exit(1);
        }
        System.out.println("Maven Central requirements met: " + poms + " artifact(s), " + check.filesChecked
                + " file(s) with md5 and sha1 checksums"
                + (check.requireSignatures ? " and verified signatures" : "; signatures not required (unsigned build)"));
    }

    private int run(Path staging) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(staging)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int poms = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (SIDE_FILES.stream().anyMatch(name::endsWith)) {
                continue;
            }
            checkChecksumsAndSignature(file);
            if (name.endsWith(".pom")) {
                poms++;
                checkPom(file);
            }
        }
        return poms;
    }

    private void checkChecksumsAndSignature(Path file) throws IOException, InterruptedException {
        filesChecked++;
        for (String algorithm : CHECKSUMS) {
            Path checksum = Path.of(file + "." + algorithm);
            if (!Files.isRegularFile(checksum)) {
                problems.add(file + ": no ." + algorithm + " checksum file");
                continue;
            }
            String expected = Files.readString(checksum).trim().split("\\s+")[0];
            String actual = digest(file, algorithm.equals("md5") ? "MD5" : "SHA-1");
            if (!expected.equalsIgnoreCase(actual)) {
                problems.add(checksum + ": says " + expected + " but the file's " + algorithm + " is " + actual);
            }
        }
        if (requireSignatures && !file.getFileName().toString().startsWith("maven-metadata")) {
            Path signature = Path.of(file + ".asc");
            if (!Files.isRegularFile(signature)) {
                problems.add(file + ": no .asc signature");
            } else {
                Process gpg = new ProcessBuilder("gpg", "--batch", "--verify", signature.toString(), file.toString())
                        .redirectErrorStream(true)
                        .start();
                String output = new String(gpg.getInputStream().readAllBytes());
                if (!gpg.waitFor(60, TimeUnit.SECONDS) || gpg.exitValue() != 0) {
                    problems.add(signature + ": gpg does not verify it: " + output.strip());
                }
            }
        }
    }

    private void checkPom(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(pom.toFile());
        Element project = document.getDocumentElement();
        String where = pom.toString();

        String groupId = text(project, "groupId");
        String artifactId = text(project, "artifactId");
        String version = text(project, "version");
        for (String[] required : new String[][] {
            {"groupId", groupId}, {"artifactId", artifactId}, {"version", version},
            {"name", text(project, "name")}, {"description", text(project, "description")}, {"url", text(project, "url")}
        }) {
            if (required[1].isBlank()) {
                problems.add(where + ": <" + required[0] + "> is missing or empty");
            }
        }
        if (version.endsWith("-SNAPSHOT")) {
            problems.add(where + ": version " + version + " is a snapshot; Central takes releases only");
        }
        List<Element> licenses = children(child(project, "licenses"), "license");
        if (licenses.isEmpty()) {
            problems.add(where + ": <licenses> has no <license>");
        }
        for (Element license : licenses) {
            if (text(license, "name").isBlank() || text(license, "url").isBlank()) {
                problems.add(where + ": a <license> lacks its <name> or <url>");
            }
        }
        List<Element> developers = children(child(project, "developers"), "developer");
        if (developers.isEmpty()) {
            problems.add(where + ": <developers> has no <developer>");
        }
        for (Element developer : developers) {
            if (text(developer, "name").isBlank()) {
                problems.add(where + ": a <developer> has no <name>");
            }
        }
        Element scm = child(project, "scm");
        if (scm == null || text(scm, "url").isBlank() || text(scm, "connection").isBlank()) {
            problems.add(where + ": <scm> with <url> and <connection> is missing");
        }

        String packaging = text(project, "packaging");
        if (packaging.isBlank() || packaging.equals("jar")) {
            String base = artifactId + "-" + version;
            Path folder = pom.getParent();
            checkArchive(folder.resolve(base + ".jar"), null);
            checkArchive(folder.resolve(base + "-sources.jar"), null);
            checkArchive(folder.resolve(base + "-javadoc.jar"), "index.html");
        }
    }

    private void checkArchive(Path jar, String requiredEntry) {
        if (!Files.isRegularFile(jar)) {
            problems.add(jar + ": missing");
            return;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.size() == 0) {
                problems.add(jar + ": empty archive");
            } else if (requiredEntry != null && zip.getEntry(requiredEntry) == null) {
                problems.add(jar + ": has no " + requiredEntry);
            }
        } catch (IOException e) {
            problems.add(jar + ": not a readable jar: " + e.getMessage());
        }
    }

    private static String digest(Path file, String algorithm) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && element.getTagName().equals(name)) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent().trim();
    }
}
