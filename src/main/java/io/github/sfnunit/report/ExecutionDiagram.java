package io.github.sfnunit.report;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.StateVisit;
import io.github.sfnunit.asl.StateMachineDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The path of one execution drawn on its state machine's graph: the states it entered and the transitions it
 * took are marked (blue, and labelled "entered", "taken"), with its retries and the catchers that caught.
 *
 * <pre>{@code
 * Execution run = machine.start(input);
 * String mermaid = ExecutionDiagram.of(machine, run).toMermaid();   // paste into a pull request
 * ExecutionDiagram.of(machine, run).writeHtml(Path.of("target/run.html"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExecutionDiagram {

    private final Execution execution;
    private final MachineCounts counts;

    private ExecutionDiagram(StateMachineDefinition definition, Execution execution) {
        this.execution = execution;
        this.counts = new MachineCounts(MachineGraph.of(definition));
        counts.record(execution);
    }

    /** The diagram of {@code execution}, an execution of {@code machine}. */
    public static ExecutionDiagram of(StateMachine machine, Execution execution) {
        return of(Objects.requireNonNull(machine, "machine").definition(), execution);
    }

    /** The diagram of {@code execution}, an execution of {@code definition}. */
    public static ExecutionDiagram of(StateMachineDefinition definition, Execution execution) {
        return new ExecutionDiagram(
                Objects.requireNonNull(definition, "definition"), Objects.requireNonNull(execution, "execution"));
    }

    /** A Mermaid flowchart of the machine with the path marked. */
    public String toMermaid() {
        return MermaidText.flowchart(counts.graph(), counts, GraphSvg.Wording.PATH);
    }

    /** A self-contained HTML page: the status, the graph with the path marked, and the path as a table. */
    public String toHtml() {
        MachineGraph graph = counts.graph();
        StringBuilder body = new StringBuilder();
        body.append("<h1>Execution ")
                .append(Html.escape(execution.status().name()))
                .append("</h1>\n");
        body.append("<p class=\"muted\">")
                .append(Html.escape(execution.executionArn()))
                .append(" · virtual duration ")
                .append(Html.escape(format(execution.virtualDuration())))
                .append("</p>\n");
        if (execution.error() != null) {
            body.append("<p><b>Error:</b> ")
                    .append(Html.escape(execution.error()))
                    .append(execution.cause() == null ? "" : " · <b>Cause:</b> " + Html.escape(execution.cause()))
                    .append("</p>\n");
        }
        body.append("<p class=\"legend\"><span><i class=\"swatch\" style=\"background:#e8f0fe;border-color:#1a73e8\">"
                + "</i>on the path: blue, labelled \"entered\" / \"taken\"</span><span><i class=\"swatch\""
                + " style=\"background:#f8f9fa;border-color:#9aa0a6\"></i>not on the path: grey</span></p>\n");
        for (int g = 0; g < graph.graphs().size(); g++) {
            body.append("<h2>")
                    .append(Html.escape(graph.graphs().get(g).title()))
                    .append("</h2>\n");
            body.append("<div class=\"graph-box\">\n")
                    .append(GraphSvg.draw(graph, counts, g, GraphSvg.Wording.PATH))
                    .append("</div>\n");
        }
        body.append("<h2>Path</h2>\n<table><tr><th>#</th><th>Virtual time</th><th>State</th><th>Attempts</th>"
                + "<th>Outcome</th></tr>\n");
        for (StateVisit visit : execution.visits()) {
            body.append("<tr><td class=\"n\">")
                    .append(visit.sequence())
                    .append("</td><td class=\"n\">+")
                    .append(Html.escape(format(Duration.between(execution.startTime(), visit.enteredTime()))))
                    .append("</td><td>")
                    .append(Html.escape(visit.statePath()))
                    .append("</td><td class=\"n\">")
                    .append(
                            visit.attempts().isEmpty()
                                    ? ""
                                    : String.valueOf(visit.attempts().size()))
                    .append("</td><td>")
                    .append(Html.escape(outcome(visit)))
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
        return Html.page("sfn-unit execution " + execution.executionArn(), "path", body.toString());
    }

    /** Writes {@link #toHtml()} to {@code file} (its directory is created if needed). */
    public Path writeHtml(Path file) {
        CoverageReport.write(file, toHtml());
        return file;
    }

    /** Writes {@link #toMermaid()} to {@code file}. */
    public Path writeMermaid(Path file) {
        CoverageReport.write(file, toMermaid());
        return file;
    }

    private static String outcome(StateVisit visit) {
        StringBuilder text = new StringBuilder();
        for (StateVisit.Attempt attempt : visit.attempts()) {
            if (attempt.retrierIndex() != null) {
                text.append("retried on ")
                        .append(attempt.error())
                        .append(" by Retry[")
                        .append(attempt.retrierIndex())
                        .append("]; ");
            }
        }
        if (visit.caught() != null) {
            text.append("caught ")
                    .append(visit.caught().error())
                    .append(" by Catch[")
                    .append(visit.caught().catcherIndex())
                    .append("] -> ")
                    .append(visit.caught().next());
        } else if (visit.error() != null) {
            text.append("failed: ").append(visit.error());
        } else if (visit.choiceRule() != null) {
            text.append("Choices[").append(visit.choiceRule()).append("] -> ").append(visit.next());
        } else if (visit.next() != null) {
            text.append("-> ").append(visit.next());
        } else if (visit.exitedTime() != null) {
            text.append("end");
        } else {
            text.append("did not finish");
        }
        return text.toString();
    }

    private static String format(Duration duration) {
        return String.format(Locale.ROOT, "%.3fs", duration.toMillis() / 1000.0);
    }
}
