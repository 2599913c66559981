package io.github.sfnunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The package rules of DESIGN.md section 2 (as docs/architecture.md draws them), held in the build: the arrows
 * between packages, no cycle between any two packages, no {@code internal} type in a public signature, and an
 * engine that knows neither the public face above it nor JUnit, AssertJ, HTTP or the CLI.
 */
@AnalyzeClasses(packages = "io.github.sfnunit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "io.github.sfnunit";

    /**
     * Who may use whom. A layer is a package with its subpackages ({@code replay.internal} belongs to {@code
     * replay}); the root package is only itself. Layers with no classes yet (report, replay, lint, api while their
     * issues are open) are allowed to be empty.
     */
    @ArchTest
    static final ArchRule packages_use_only_the_packages_the_table_allows = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("asl")
            .definedBy(BASE + ".asl..")
            .layer("history")
            .definedBy(BASE + ".history..")
            .layer("mock")
            .definedBy(BASE + ".mock..")
            .layer("internal")
            .definedBy(BASE + ".internal")
            .layer("internal.query")
            .definedBy(BASE + ".internal.query..")
            .layer("internal.history")
            .definedBy(BASE + ".internal.history..")
            .layer("internal.engine")
            .definedBy(BASE + ".internal.engine..")
            .layer("root")
            .definedBy(BASE)
            .layer("assertions")
            .definedBy(BASE + ".assertions..")
            .layer("junit")
            .definedBy(BASE + ".junit..")
            .layer("report")
            .definedBy(BASE + ".report..")
            .layer("replay")
            .definedBy(BASE + ".replay..")
            .layer("lint")
            .definedBy(BASE + ".lint..")
            .layer("api")
            .definedBy(BASE + ".api..")
            .layer("cli")
            .definedBy(BASE + ".cli..")
            .whereLayer("asl")
            .mayNotAccessAnyLayer()
            .whereLayer("history")
            .mayNotAccessAnyLayer()
            .whereLayer("internal")
            .mayNotAccessAnyLayer()
            .whereLayer("mock")
            .mayOnlyAccessLayers("asl", "history")
            .whereLayer("internal.query")
            .mayOnlyAccessLayers("asl", "internal")
            .whereLayer("internal.history")
            .mayOnlyAccessLayers("asl", "history")
            .whereLayer("internal.engine")
            .mayOnlyAccessLayers("asl", "internal", "internal.query", "history", "internal.history", "mock")
            .whereLayer("root")
            .mayOnlyAccessLayers(
                    "asl", "history", "mock", "internal", "internal.query", "internal.history", "internal.engine")
            // assertThat(replay).reproducesRecording() asserts on a replay, a public type
            .whereLayer("assertions")
            .mayOnlyAccessLayers("root", "asl", "history", "mock", "replay", "lint")
            .whereLayer("report")
            .mayOnlyAccessLayers("root", "asl", "history", "mock")
            .whereLayer("replay")
            .mayOnlyAccessLayers("root", "asl", "history", "mock")
            .whereLayer("lint")
            .mayOnlyAccessLayers("asl")
            .whereLayer("api")
            .mayOnlyAccessLayers("root", "asl", "history", "mock")
            // The JUnit extension may offer any public feature to a test (reports, a served endpoint, replay, lint).
            .whereLayer("junit")
            .mayOnlyAccessLayers("root", "asl", "history", "mock", "assertions", "report", "replay", "lint", "api")
            .whereLayer("cli")
            .mayOnlyAccessLayers(
                    "root", "asl", "history", "mock", "assertions", "junit", "report", "replay", "lint", "api");

    /** No two packages use each other, directly or around a loop (each package is its own slice). */
    @ArchTest
    static final ArchRule no_cycle_between_packages =
            slices().assignedFrom(new PackageSlices()).should().beFreeOfCycles();

    /** The interpreter and the query layer know nothing of the test frameworks, HTTP, the CLI or the root. */
    @ArchTest
    static final ArchRule the_engine_knows_no_junit_assertj_http_cli_or_root = noClasses()
            .that()
            .resideInAnyPackage(BASE + ".internal.engine..", BASE + ".internal.query..", BASE + ".internal.history..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.junit..",
                    "org.assertj..",
                    "picocli..",
                    "java.net.http..",
                    "com.sun.net.httpserver..",
                    BASE,
                    BASE + ".cli..",
                    BASE + ".junit..",
                    BASE + ".assertions..",
                    BASE + ".api..");

    /** What users can reach never names an {@code internal} type: supertypes, fields, parameters, results. */
    @ArchTest
    static final ArchRule public_signatures_expose_no_internal_type = classes()
            .that()
            .resideInAPackage(BASE + "..")
            .and()
            .resideOutsideOfPackage("..internal..")
            .and()
            .arePublic()
            .should(new ExposeNoInternalType());

    /** One slice per package. */
    private static final class PackageSlices implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals(BASE) || name.startsWith(BASE + ".")
                    ? SliceIdentifier.of(name)
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of " + BASE;
        }
    }

    private static final class ExposeNoInternalType extends ArchCondition<JavaClass> {
        ExposeNoInternalType() {
            super("expose no internal type in a public or protected signature");
        }

        @Override
        public void check(JavaClass javaClass, ConditionEvents events) {
            List<String> found = new ArrayList<>();
            javaClass.getRawSuperclass().ifPresent(type -> note(found, "extends", type));
            javaClass.getRawInterfaces().forEach(type -> note(found, "implements", type));
            for (JavaField field : javaClass.getFields()) {
                if (visible(field)) {
                    involved(field.getType()).forEach(type -> note(found, "field " + field.getName(), type));
                }
            }
            for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                if (!visible(unit)) {
                    continue;
                }
                String where = unit.isConstructor() ? "constructor" : "method " + unit.getName();
                involved(unit.getReturnType()).forEach(type -> note(found, where + " returns", type));
                unit.getParameterTypes()
                        .forEach(parameter -> involved(parameter).forEach(type -> note(found, where + " takes", type)));
                unit.getThrowsClause().getTypes().forEach(type -> note(found, where + " throws", type));
            }
            for (String problem : found) {
                events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " " + problem));
            }
            if (found.isEmpty()) {
                events.add(
                        SimpleConditionEvent.satisfied(javaClass, javaClass.getName() + " exposes no internal type"));
            }
        }

        private static boolean visible(JavaMember member) {
            Set<JavaModifier> modifiers = member.getModifiers();
            return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
        }

        private static Set<JavaClass> involved(JavaType type) {
            return type.getAllInvolvedRawTypes();
        }

        private static void note(List<String> found, String where, JavaClass type) {
            if (("." + type.getPackageName() + ".").contains(".internal.")) {
                found.add(where + " " + type.getName());
            }
        }
    }
}
