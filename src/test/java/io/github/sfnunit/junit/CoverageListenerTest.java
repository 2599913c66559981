package io.github.sfnunit.junit;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static io.github.sfnunit.junit.EngineRuns.published;
import static io.github.sfnunit.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import io.github.sfnunit.StateMachine;
import io.github.sfnunit.mock.TaskMocks;
import io.github.sfnunit.report.CoverageData;
import io.github.sfnunit.report.MachineCoverage;
import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class CoverageListenerTest {

    private static final String ROUTE = "classpath:coverage/route.asl.json";

    @Test
    void a_launcher_run_writes_the_data_file_and_the_report_with_no_setup(@TempDir Path dir) throws Exception {
        String before = System.getProperty(SuiteCoverage.DIRECTORY_PROPERTY);
        PrintStream out = System.out;
        System.setProperty(SuiteCoverage.DIRECTORY_PROPERTY, dir.toString());
        // What this JVM's earlier tests recorded belongs to the outer run's report, not to this one.
        CoverageData earlier = SuiteCoverage.take();
        try {
            // WHEN a JUnit Platform launcher (found listeners: CoverageListener, from META-INF/services) runs tests
            LauncherFactory.create()
                    .execute(request()
                            .selectors(selectClass(TwoRulesFixture.class))
                            .build());
        } finally {
            restore(before);
            System.setOut(out);
            SuiteCoverage.giveBack(earlier);
        }

        // THEN
        try (var files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .contains("index.html", "summary.md")
                    .anyMatch(name -> name.matches("coverage-[0-9a-f]{16}\\.json"))
                    .anyMatch(name -> name.matches("route\\.asl\\.json-[0-9a-f]{8}\\.html"))
                    .anyMatch(name -> name.matches("route\\.asl\\.json-[0-9a-f]{8}\\.mmd"));
        }
        MachineCoverage route = CoverageData.read(dir).machine(ROUTE);
        assertThat(route.executions()).isEqualTo(2);
        assertThat(route.transitions()).isEqualTo(new MachineCoverage.Counter(12, 18));
        assertThat(route.uncoveredTransitions()).contains("Route Choices[2] -> Refund", "Route Default -> Rejected");
    }

    private static void restore(String before) {
        if (before == null) {
            System.clearProperty(SuiteCoverage.DIRECTORY_PROPERTY);
        } else {
            System.setProperty(SuiteCoverage.DIRECTORY_PROPERTY, before);
        }
    }

    @StateMachineTest(definition = "coverage/route.asl.json")
    static class TwoRulesFixture {
        @Test
        void card(StateMachine route, TaskMocks mocks) {
            mocks.forState("Charge").thenFail("Busy", "try later").thenReturn("{}");
            assertThat(route.start("{\"kind\": \"card\", \"items\": [1, 0, 2]}"))
                    .succeeded();
        }

        @Test
        void invoice(StateMachine route) {
            assertThat(route.start("{\"kind\": \"invoice\"}")).succeeded();
        }
    }

    @Test
    void a_failed_test_gets_the_path_of_its_execution_as_an_html_and_a_mermaid_file() throws Exception {
        // WHEN
        EngineExecutionResults results = run(FailingFixture.class);

        // THEN
        results.testEvents().assertStatistics(stats -> stats.failed(1));
        List<String> files = published(results, FailureDiagrams.ENTRY_KEY);
        assertThat(files).hasSize(2);
        String html = Files.readString(Path.of(java.net.URI.create(files.get(0))));
        assertThat(html).contains("<h1>Execution FAILED</h1>", "<svg", "Catch[0] Declined · taken");
        String mermaid = Files.readString(Path.of(java.net.URI.create(files.get(1))));
        assertThat(mermaid).startsWith("flowchart TD").contains("-->|\"Catch[0] Declined · taken\"|");
    }

    @StateMachineTest(definition = "coverage/route.asl.json")
    static class FailingFixture {
        @Test
        void declined(StateMachine route, TaskMocks mocks) {
            mocks.forState("Charge").thenFail("Declined", "no funds");
            assertThat(route.start("{\"kind\": \"card\"}")).succeeded();
        }
    }

    @Test
    void a_passing_test_publishes_no_diagram() {
        EngineExecutionResults results = run(TwoRulesFixture.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(2));
        assertThat(published(results, FailureDiagrams.ENTRY_KEY)).isEmpty();
    }

    @Test
    void without_the_junit_platform_launcher_the_extension_the_reports_and_the_cli_still_work(@TempDir Path dir)
            throws Exception {
        // GIVEN sfn-unit's classes loaded where org.junit.platform.launcher is missing
        try (URLClassLoader loader = new WithoutLauncher(testClassPath())) {
            // WHEN the CLI runs an execution with coverage, then reports it
            Class<?> main = loader.loadClass("io.github.sfnunit.cli.Main");
            Object commandLine = main.getMethod("commandLine").invoke(null);
            java.lang.reflect.Method execute = commandLine.getClass().getMethod("execute", String[].class);
            Path definition =
                    Path.of(getClass().getResource("/coverage/route.asl.json").toURI());
            execute.invoke(commandLine, (Object) new String[] {
                "run", definition.toString(), "--input", "{\"kind\": \"refund\"}", "--coverage", dir.toString()
            });
            int reported =
                    (int) execute.invoke(commandLine, (Object) new String[] {"coverage", "report", dir.toString()});

            // THEN
            assertThat(reported).isZero();
            assertThat(dir.resolve("index.html")).exists();
            // The extension loads and initializes; only the listener needs the launcher.
            Class.forName("io.github.sfnunit.junit.StateMachineExtension", true, loader);
            Class.forName("io.github.sfnunit.junit.SuiteCoverage", true, loader);
            assertThatThrownBy(() -> Class.forName("io.github.sfnunit.junit.CoverageListener", true, loader))
                    .isInstanceOf(NoClassDefFoundError.class)
                    .hasMessageContaining("org/junit/platform/launcher/TestExecutionListener");
        }
        assertThat(CoverageData.read(dir)
                        .machine(definition().toString())
                        .transitions()
                        .covered())
                .isEqualTo(3);
    }

    private Path definition() throws Exception {
        return Path.of(getClass().getResource("/coverage/route.asl.json").toURI());
    }

    private static URL[] testClassPath() throws Exception {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(new URL[0]);
    }

    /** Loads everything itself (child first), except the JUnit Platform launcher, which it pretends is absent. */
    private static final class WithoutLauncher extends URLClassLoader {
        WithoutLauncher(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.junit.platform.launcher.")) {
                throw new ClassNotFoundException(name + " (hidden: no launcher here)");
            }
            return super.loadClass(name, resolve);
        }
    }
}
