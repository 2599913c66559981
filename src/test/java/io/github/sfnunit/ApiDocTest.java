package io.github.sfnunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/api.md lists exactly the public types, and every public type's source says since when it is API. */
class ApiDocTest {

    private static final Pattern PACKAGE_HEADING = Pattern.compile("^## `([\\w.]+)`$");
    private static final Pattern TYPE_ROW = Pattern.compile("^\\| `([\\w.]+)` \\|");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.sfnunit");
    }

    @Test
    void api_page_lists_every_public_type_and_nothing_else() throws IOException {
        Set<String> listed = new TreeSet<>();
        String currentPackage = null;
        for (String line : Files.readAllLines(Path.of("docs/api.md"))) {
            Matcher heading = PACKAGE_HEADING.matcher(line);
            if (heading.matches()) {
                currentPackage = heading.group(1);
                continue;
            }
            Matcher row = TYPE_ROW.matcher(line);
            if (row.find() && currentPackage != null) {
                listed.add(currentPackage + "." + row.group(1));
            }
        }

        Set<String> api = apiTypes().keySet();

        assertThat(listed).as("types listed in docs/api.md").containsExactlyInAnyOrderElementsOf(api);
    }

    @Test
    void every_public_type_has_a_since_tag() throws IOException {
        Map<String, Long> typesPerSource = apiTypes().values().stream()
                .collect(Collectors.groupingBy(path -> path, TreeMap::new, Collectors.counting()));
        Map<String, String> lacking = new TreeMap<>();
        for (Map.Entry<String, Long> source : typesPerSource.entrySet()) {
            String text = Files.readString(Path.of("src/main/java", source.getKey()));
            long since = Pattern.compile("\\* @since ").matcher(text).results().count();
            if (since < source.getValue()) {
                lacking.put(source.getKey(), since + " @since for " + source.getValue() + " public types");
            }
        }
        assertThat(lacking).as("sources whose public types lack @since").isEmpty();
    }

    /** Public types outside {@code internal}, nested ones only when every enclosing type is public too. */
    private static Map<String, String> apiTypes() {
        Map<String, String> api = new TreeMap<>();
        for (JavaClass type : classes) {
            if (("." + type.getPackageName() + ".").contains(".internal.") || type.isAnonymousClass()) {
                continue;
            }
            if (!publicWithEnclosers(type)) {
                continue;
            }
            String name =
                    type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
            String source = type.getPackageName().replace('.', '/') + "/" + name.split("\\.")[0] + ".java";
            api.put(type.getPackageName() + "." + name, source);
        }
        return api;
    }

    private static boolean publicWithEnclosers(JavaClass type) {
        JavaClass current = type;
        while (current != null) {
            if (!current.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
            current = current.getEnclosingClass().orElse(null);
        }
        return true;
    }
}
