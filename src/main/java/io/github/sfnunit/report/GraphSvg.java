package io.github.sfnunit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One graph of a machine (the top level, a branch or an item processor) drawn as an inline SVG by {@link
 * LayeredLayout}: a box per state, an arrow per transition, each with a label that says what happened (so that
 * colour is never the only signal), plus Start, End and Fails markers.
 */
final class GraphSvg {

    /** 12 px DejaVu Sans Mono advances 7.22 px per character; a little more keeps text inside its box. */
    static final double CHAR = 7.3;

    static final String FONT = "DejaVu Sans Mono, Menlo, Consolas, monospace";
    static final double LINE = 15;

    /** What the drawing says about an item: the words and whether it counts as exercised. */
    enum Wording {
        /** A coverage report: exercised is green, never exercised is red and says so. */
        COVERAGE,
        /** One execution: the path is blue, the rest grey. */
        PATH;

        String nodeState(long count) {
            if (this == COVERAGE) {
                return count > 0 ? "entered " + count + "×" : "NOT ENTERED";
            }
            return count > 0 ? (count == 1 ? "entered" : "entered " + count + "×") : "not entered";
        }

        String edgeState(long count) {
            if (this == COVERAGE) {
                return count > 0 ? count + "×" : "NOT TAKEN";
            }
            return count > 0 ? "taken" + (count == 1 ? "" : " " + count + "×") : "not taken";
        }

        String cssClass(long count) {
            return count > 0 ? "on" : "off";
        }
    }

    private GraphSvg() {}

    /** The SVG of graph {@code g}. */
    static String draw(MachineGraph graph, MachineCounts counts, int g, Wording wording) {
        List<Integer> states = graph.nodesOf(g);
        int n = states.size();
        List<int[]> layoutEdges = new ArrayList<>();
        List<String[]> edgeText = new ArrayList<>(); // {label, css class}
        List<Integer> edgeIds = new ArrayList<>();
        // Markers after the states: Start, then End and Fails when some transition needs them.
        int start = n;
        int end = -1;
        int fails = -1;
        List<String> markers = new ArrayList<>(List.of("Start"));
        for (int e = 0; e < graph.edges().size(); e++) {
            MachineGraph.Edge edge = graph.edges().get(e);
            if (graph.nodes().get(edge.from()).graph() != g) {
                continue;
            }
            int to;
            if (edge.kind() == MachineGraph.EdgeKind.END) {
                if (end < 0) {
                    end = n + markers.size();
                    markers.add("End");
                }
                to = end;
            } else if (edge.kind() == MachineGraph.EdgeKind.FAIL) {
                if (fails < 0) {
                    fails = n + markers.size();
                    markers.add("Fails");
                }
                to = fails;
            } else {
                to = states.indexOf(edge.to());
            }
            layoutEdges.add(new int[] {states.indexOf(edge.from()), to});
            long taken = counts.taken(e);
            String label = edge.label();
            if (edge.kind() == MachineGraph.EdgeKind.CATCH) {
                label += " "
                        + abbreviate(
                                graph.catchers().get(catcherIndex(graph, edge)).errors(), 28);
            }
            edgeText.add(new String[] {label + " · " + wording.edgeState(taken), wording.cssClass(taken)});
            edgeIds.add(e);
        }
        int startAt = states.indexOf(graph.graphs().get(g).start());
        layoutEdges.add(0, new int[] {start, startAt});
        edgeText.add(0, new String[] {"", "on"});
        edgeIds.add(0, -1);

        int total = n + markers.size();
        double[] widths = new double[total];
        double[] heights = new double[total];
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> text = nodeLines(graph, counts, states.get(i), wording);
            lines.add(text);
            double longest = text.stream().mapToInt(String::length).max().orElse(0);
            widths[i] = Math.max(90, longest * CHAR + 20);
            heights[i] = text.size() * LINE + 12;
        }
        for (String marker : markers) {
            lines.add(List.of(marker));
            widths[lines.size() - 1] = marker.length() * CHAR + 24;
            heights[lines.size() - 1] = 22;
        }
        int[][] edgeArray = layoutEdges.toArray(new int[0][]);
        double[] labelWidths = new double[edgeArray.length];
        for (int e = 0; e < edgeArray.length; e++) {
            String text = edgeText.get(e)[0];
            labelWidths[e] = text.isEmpty() ? 0 : text.length() * CHAR + 10;
        }
        LayeredLayout layout = new LayeredLayout(widths, heights, edgeArray, labelWidths, LINE + 5).run(start, startAt);

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" width=\"%.0f\" height=\"%.0f\""
                        + " viewBox=\"0 0 %.0f %.0f\" font-family=\"%s\" font-size=\"12\" role=\"img\">\n",
                layout.width(),
                layout.height(),
                layout.width(),
                layout.height(),
                FONT));
        svg.append("<defs>").append(arrow("on")).append(arrow("off")).append("</defs>\n");
        for (int e = 0; e < edgeArray.length; e++) {
            drawEdge(svg, layout.route(e), edgeText.get(e)[0], edgeText.get(e)[1]);
        }
        for (int i = 0; i < total; i++) {
            LayeredLayout.Box box = layout.node(i);
            if (i < n) {
                int node = states.get(i);
                String css = wording.cssClass(counts.entered(node));
                drawNode(
                        svg,
                        box,
                        lines.get(i),
                        "state " + css,
                        graph.nodes().get(node).id());
            } else {
                drawNode(svg, box, lines.get(i), "marker", null);
            }
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    static int catcherIndex(MachineGraph graph, MachineGraph.Edge edge) {
        return graph.catcher(edge.from(), edge.index());
    }

    /** Name; type and count; retriers and catchers when the state has them; nested graphs. */
    static List<String> nodeLines(MachineGraph graph, MachineCounts counts, int node, Wording wording) {
        MachineGraph.Node state = graph.nodes().get(node);
        List<String> lines = new ArrayList<>();
        lines.add(state.name());
        lines.add(state.type() + " · " + wording.nodeState(counts.entered(node)));
        long retries = 0;
        int retriers = 0;
        int retriersUsed = 0;
        for (int r = 0; r < graph.retriers().size(); r++) {
            if (graph.retriers().get(r).state() == node) {
                retriers++;
                retries += counts.retried(r);
                retriersUsed += counts.retried(r) > 0 ? 1 : 0;
            }
        }
        if (retriers > 0) {
            lines.add(
                    wording == Wording.COVERAGE
                            ? "retriers " + retriersUsed + "/" + retriers + " used · " + retries
                                    + (retries == 1 ? " retry" : " retries")
                            : retries == 0 ? "no retry" : retries + (retries == 1 ? " retry" : " retries"));
        }
        if (wording == Wording.COVERAGE && counts.failed(node) > 0) {
            lines.add("failed uncaught " + counts.failed(node) + "×");
        }
        if (wording == Wording.PATH && counts.failed(node) > 0) {
            lines.add("FAILED (not caught)");
        }
        if (state.type().equals("Map") && graph.graphs().stream().noneMatch(g -> g.parent() == node)) {
            lines.add("» child executions: not measured");
        }
        for (int g = 0; g < graph.graphs().size(); g++) {
            if (graph.graphs().get(g).parent() == node) {
                lines.add("» " + graph.graphs().get(g).title().replace("\"" + state.name() + "\" ", ""));
            }
        }
        return lines;
    }

    private static String arrow(String css) {
        return "<marker id=\"arrow-" + css
                + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\" markerUnits=\"userSpaceOnUse\""
                + " markerHeight=\"9\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"head "
                + css + "\"/></marker>";
    }

    private static void drawEdge(StringBuilder svg, LayeredLayout.Route route, String label, String css) {
        StringBuilder d = new StringBuilder();
        List<double[]> points = route.points();
        for (int i = 0; i < points.size(); i++) {
            d.append(i == 0 ? "M" : " L")
                    .append(String.format(Locale.ROOT, "%.1f,%.1f", points.get(i)[0], points.get(i)[1]));
        }
        svg.append("<path class=\"edge ")
                .append(css)
                .append("\" d=\"")
                .append(d)
                .append("\" marker-end=\"url(#arrow-")
                .append(css)
                .append(")\"/>\n");
        if (label.isEmpty()) {
            return;
        }
        LayeredLayout.Box box = route.label();
        if (box == null) { // a self-loop: the label goes right of the loop
            double[] corner = points.get(1);
            box = new LayeredLayout.Box(
                    corner[0] + 8 + label.length() * CHAR / 2,
                    (corner[1] + points.get(2)[1]) / 2,
                    label.length() * CHAR + 10,
                    LINE + 5);
        }
        svg.append(String.format(
                Locale.ROOT,
                "<g class=\"label %s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\"/>"
                        + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text></g>\n",
                css,
                box.x() - box.width() / 2,
                box.y() - box.height() / 2,
                box.width(),
                box.height(),
                box.x(),
                box.y() + 4,
                Html.escape(label)));
    }

    private static void drawNode(StringBuilder svg, LayeredLayout.Box box, List<String> lines, String css, String id) {
        svg.append("<g class=\"").append(css).append("\"");
        if (id != null) {
            svg.append(" data-state=\"").append(Html.escape(id)).append("\"");
        }
        svg.append(">");
        if (id != null) {
            svg.append("<title>").append(Html.escape(id)).append("</title>");
        }
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%s\"/>",
                box.x() - box.width() / 2,
                box.y() - box.height() / 2,
                box.width(),
                box.height(),
                css.equals("marker") ? "11" : "6"));
        double top = box.y() - (lines.size() * LINE) / 2 + LINE - 3;
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\"%s>%s</text>",
                    box.x(),
                    top + i * LINE,
                    i == 0 ? " class=\"name\"" : "",
                    Html.escape(lines.get(i))));
        }
        svg.append("</g>\n");
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
