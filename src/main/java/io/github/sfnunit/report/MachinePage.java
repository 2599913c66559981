package io.github.sfnunit.report;

import java.util.List;

/** The HTML of the coverage report: the index of machines, and a page per machine. */
final class MachinePage {

    private MachinePage() {}

    static String index(List<MachineCoverage> machines) {
        StringBuilder body = new StringBuilder("<h1>sfn-unit coverage</h1>\n");
        long executions =
                machines.stream().mapToLong(MachineCoverage::executions).sum();
        body.append("<p class=\"muted\">")
                .append(machines.size())
                .append(" state machines, ")
                .append(executions)
                .append(" executions. A state is covered when an execution entered it; a transition when one"
                        + " left a state by it (each Next, Choice rule, Default, Catch, End and Fail); a retrier"
                        + " when it retried; a catcher when it caught.</p>\n");
        body.append("<table>\n<tr><th>State machine</th><th>Executions</th><th>States</th><th>Transitions</th>"
                + "<th>Retriers</th><th>Catchers</th></tr>\n");
        for (MachineCoverage m : machines) {
            body.append("<tr><td><a href=\"")
                    .append(Html.escape(m.slug()))
                    .append(".html\">")
                    .append(Html.escape(m.name()))
                    .append("</a></td><td class=\"n\">")
                    .append(m.executions())
                    .append("</td>");
            for (MachineCoverage.Counter counter : List.of(m.states(), m.transitions(), m.retriers(), m.catchers())) {
                body.append("<td>").append(Html.bar(counter)).append("</td>");
            }
            body.append("</tr>\n");
        }
        if (machines.size() > 1) {
            body.append("<tr><th>Total</th><td class=\"n\">").append(executions).append("</td>");
            body.append("<td>").append(Html.bar(CoverageReport.total(machines, MachineCoverage::states)));
            body.append("</td><td>").append(Html.bar(CoverageReport.total(machines, MachineCoverage::transitions)));
            body.append("</td><td>").append(Html.bar(CoverageReport.total(machines, MachineCoverage::retriers)));
            body.append("</td><td>").append(Html.bar(CoverageReport.total(machines, MachineCoverage::catchers)));
            body.append("</td></tr>\n");
        }
        body.append("</table>\n");
        return Html.page("sfn-unit coverage", "coverage", body.toString());
    }

    static String html(MachineCoverage machine) {
        MachineGraph graph = machine.graph();
        MachineCounts counts = machine.counts();
        StringBuilder body = new StringBuilder();
        body.append("<p><a href=\"index.html\">All state machines</a></p>\n");
        body.append("<h1>").append(Html.escape(machine.name())).append("</h1>\n");
        body.append("<p class=\"muted\">SHA-256 ")
                .append(machine.sha256(), 0, 16)
                .append("… · ")
                .append(machine.executions())
                .append(" executions · Mermaid: <a href=\"")
                .append(Html.escape(machine.slug()))
                .append(".mmd\">")
                .append(Html.escape(machine.slug()))
                .append(".mmd</a></p>\n");
        body.append("<table><tr><th>States</th><th>Transitions</th><th>Retriers</th><th>Catchers</th></tr><tr>");
        for (MachineCoverage.Counter c :
                List.of(machine.states(), machine.transitions(), machine.retriers(), machine.catchers())) {
            body.append("<td>").append(Html.bar(c)).append("</td>");
        }
        body.append("</tr></table>\n");
        body.append(legend());
        uncovered(body, "Transitions never taken", machine.uncoveredTransitions());
        uncovered(body, "Retriers that never retried", machine.uncoveredRetriers());
        uncovered(body, "Catchers that never caught", machine.uncoveredCatchers());
        for (int g = 0; g < graph.graphs().size(); g++) {
            body.append("<h2>")
                    .append(Html.escape(graph.graphs().get(g).title()))
                    .append("</h2>\n");
            body.append("<div class=\"graph-box\">\n")
                    .append(GraphSvg.draw(graph, counts, g, GraphSvg.Wording.COVERAGE))
                    .append("</div>\n");
        }
        body.append("<h2>States</h2>\n<table><tr><th>State</th><th>Type</th><th>Entered</th>"
                + "<th>Failed, not caught</th></tr>\n");
        for (int i = 0; i < graph.nodes().size(); i++) {
            row(body, graph.qualifiedName(i), graph.nodes().get(i).type(), counts.entered(i), counts.failed(i));
        }
        body.append("</table>\n<h2>Transitions</h2>\n<table><tr><th>Transition</th><th>Taken</th></tr>\n");
        for (int e = 0; e < graph.edges().size(); e++) {
            row(body, MachineCoverage.describe(graph, graph.edges().get(e)), null, counts.taken(e), -1);
        }
        body.append("</table>\n");
        handlers(body, "Retriers", "Retry", "Retries", graph, graph.retriers(), counts::retried);
        handlers(body, "Catchers", "Catch", "Caught", graph, graph.catchers(), counts::caught);
        return Html.page(machine.name() + " - sfn-unit coverage", "coverage", body.toString());
    }

    private static String legend() {
        return "<p class=\"legend\"><span><i class=\"swatch on-sw\"></i>covered: green, with its count"
                + " (\"entered 3×\", \"Next · 3×\")</span><span><i class=\"swatch off-sw\"></i>not covered: red,"
                + " dashed, labelled \"NOT ENTERED\" / \"NOT TAKEN\"</span></p>\n";
    }

    private static void uncovered(StringBuilder body, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        body.append("<h2>").append(title).append(" (").append(lines.size()).append(")</h2>\n<ul class=\"uncovered\">");
        lines.forEach(line -> body.append("<li>").append(Html.escape(line)).append("</li>"));
        body.append("</ul>\n");
    }

    private static void row(StringBuilder body, String name, String type, long count, long failed) {
        body.append("<tr><td>").append(Html.escape(name)).append("</td>");
        if (type != null) {
            body.append("<td>").append(Html.escape(type)).append("</td>");
        }
        body.append("<td class=\"n\">")
                .append(count == 0 ? "<b style=\"color:#a50e0e\">0 (not covered)</b>" : count)
                .append("</td>");
        if (failed >= 0) {
            body.append("<td class=\"n\">").append(failed).append("</td>");
        }
        body.append("</tr>\n");
    }

    private static void handlers(
            StringBuilder body,
            String title,
            String field,
            String countTitle,
            MachineGraph graph,
            List<MachineGraph.Handler> handlers,
            java.util.function.IntToLongFunction count) {
        if (handlers.isEmpty()) {
            return;
        }
        body.append("<h2>")
                .append(title)
                .append("</h2>\n<table><tr><th>")
                .append(field)
                .append("</th><th>ErrorEquals</th><th>")
                .append(countTitle)
                .append("</th></tr>\n");
        for (int i = 0; i < handlers.size(); i++) {
            MachineGraph.Handler h = handlers.get(i);
            body.append("<tr><td>")
                    .append(Html.escape(graph.qualifiedName(h.state()) + " " + field + "[" + h.index() + "]"))
                    .append("</td><td>")
                    .append(Html.escape(h.errors()))
                    .append("</td><td class=\"n\">")
                    .append(
                            count.applyAsLong(i) == 0
                                    ? "<b style=\"color:#a50e0e\">0 (not covered)</b>"
                                    : count.applyAsLong(i))
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
    }
}
