package io.github.sfnunit.report;

import java.util.List;

/**
 * A machine as a Mermaid flowchart (GitHub renders it in Markdown): states as boxes, nested graphs as subgraphs,
 * every transition with its label and count; exercised and not exercised told apart by class (colour) and by the
 * label's words.
 */
final class MermaidText {

    private MermaidText() {}

    static String flowchart(MachineGraph graph, MachineCounts counts, GraphSvg.Wording wording) {
        StringBuilder out = new StringBuilder("flowchart TD\n");
        if (wording == GraphSvg.Wording.COVERAGE) {
            out.append("  classDef on fill:#e6f4ea,stroke:#137333,color:#0d652d\n");
            out.append("  classDef off fill:#fce8e6,stroke:#c5221f,stroke-dasharray:5 3,color:#a50e0e\n");
        } else {
            out.append("  classDef on fill:#e8f0fe,stroke:#1a73e8,stroke-width:3px,color:#174ea6\n");
            out.append("  classDef off fill:#f8f9fa,stroke:#9aa0a6,color:#80868b\n");
        }
        out.append("  classDef marker fill:#f1f3f4,stroke:#5f6368\n");
        graphBody(out, graph, counts, 0, wording, "  ");
        int link = 0;
        StringBuilder styles = new StringBuilder();
        for (int g = 0; g < graph.graphs().size(); g++) {
            link = edges(out, styles, graph, counts, g, wording, link);
        }
        out.append(styles);
        return out.toString();
    }

    private static void graphBody(
            StringBuilder out,
            MachineGraph graph,
            MachineCounts counts,
            int g,
            GraphSvg.Wording wording,
            String indent) {
        out.append(indent).append("g").append(g).append("_start((Start)):::marker\n");
        for (int node : graph.nodesOf(g)) {
            List<String> lines = GraphSvg.nodeLines(graph, counts, node, wording);
            out.append(indent)
                    .append("s")
                    .append(node)
                    .append("[\"")
                    .append(escape(String.join("<br/>", lines)))
                    .append("\"]:::")
                    .append(wording.cssClass(counts.entered(node)))
                    .append('\n');
            for (int inner = 0; inner < graph.graphs().size(); inner++) {
                if (graph.graphs().get(inner).parent() == node) {
                    out.append(indent)
                            .append("subgraph g")
                            .append(inner)
                            .append("[\"")
                            .append(escape(graph.graphs().get(inner).title()))
                            .append("\"]\n");
                    graphBody(out, graph, counts, inner, wording, indent + "  ");
                    out.append(indent).append("end\n");
                }
            }
        }
        if (hasEdge(graph, g, MachineGraph.EdgeKind.END)) {
            out.append(indent).append("g").append(g).append("_end((End)):::marker\n");
        }
        if (hasEdge(graph, g, MachineGraph.EdgeKind.FAIL)) {
            out.append(indent).append("g").append(g).append("_fail((Fails)):::marker\n");
        }
    }

    private static boolean hasEdge(MachineGraph graph, int g, MachineGraph.EdgeKind kind) {
        return graph.edges().stream()
                .anyMatch(e -> e.kind() == kind && graph.nodes().get(e.from()).graph() == g);
    }

    private static int edges(
            StringBuilder out,
            StringBuilder styles,
            MachineGraph graph,
            MachineCounts counts,
            int g,
            GraphSvg.Wording wording,
            int link) {
        out.append("  g")
                .append(g)
                .append("_start --> s")
                .append(graph.graphs().get(g).start())
                .append('\n');
        link++;
        for (int e = 0; e < graph.edges().size(); e++) {
            MachineGraph.Edge edge = graph.edges().get(e);
            if (graph.nodes().get(edge.from()).graph() != g) {
                continue;
            }
            String to = switch (edge.kind()) {
                case END -> "g" + g + "_end";
                case FAIL -> "g" + g + "_fail";
                default -> "s" + edge.to();
            };
            long taken = counts.taken(e);
            String label = edge.label();
            if (edge.kind() == MachineGraph.EdgeKind.CATCH) {
                label += " "
                        + GraphSvg.abbreviate(
                                graph.catchers()
                                        .get(GraphSvg.catcherIndex(graph, edge))
                                        .errors(),
                                28);
            }
            out.append("  s")
                    .append(edge.from())
                    .append(taken > 0 ? " -->|\"" : " -.->|\"")
                    .append(escape(label + " · " + wording.edgeState(taken)))
                    .append("\"| ")
                    .append(to)
                    .append('\n');
            styles.append("  linkStyle ")
                    .append(link)
                    .append(" stroke:")
                    .append(linkColour(taken > 0, wording))
                    .append('\n');
            link++;
        }
        return link;
    }

    private static String linkColour(boolean taken, GraphSvg.Wording wording) {
        if (wording == GraphSvg.Wording.COVERAGE) {
            return taken ? "#137333" : "#c5221f";
        }
        return taken ? "#1a73e8,stroke-width:3px" : "#bdc1c6";
    }

    /** Mermaid's entity form for what would end a quoted label. */
    private static String escape(String text) {
        return text.replace("\"", "#quot;")
                .replace("<br/>", "\u0000")
                .replace("<", "#lt;")
                .replace(">", "#gt;")
                .replace("\u0000", "<br/>");
    }
}
