package io.github.sfnunit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data file: {@code {"format": "sfn-unit-coverage", "version": 1, "machines": [...]}}, fields always in the
 * same order, two-space indents, {@code \n} line ends. The schema is documented in {@code docs/coverage.md}.
 */
final class CoverageJson {

    private CoverageJson() {}

    static String write(List<MachineCoverage> machines) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", CoverageData.FORMAT);
        root.put("version", CoverageData.VERSION);
        ArrayNode list = root.putArray("machines");
        for (MachineCoverage machine : machines) {
            list.add(machine(machine));
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JsonCodec.write(root, printer) + "\n";
    }

    private static ObjectNode machine(MachineCoverage machine) {
        MachineGraph graph = machine.graph();
        MachineCounts counts = machine.counts();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("source", machine.source());
        node.put("sha256", machine.sha256());
        node.put("executions", counts.executions());
        ObjectNode summary = node.putObject("summary");
        summary(summary.putObject("states"), machine.states());
        summary(summary.putObject("transitions"), machine.transitions());
        summary(summary.putObject("retriers"), machine.retriers());
        summary(summary.putObject("catchers"), machine.catchers());
        ArrayNode graphs = node.putArray("graphs");
        for (MachineGraph.Graph g : graph.graphs()) {
            ObjectNode item = graphs.addObject();
            item.put("id", g.id());
            item.put("title", g.title());
            if (g.parent() < 0) {
                item.putNull("parent");
            } else {
                item.put("parent", graph.nodes().get(g.parent()).id());
            }
            item.put(
                    "start",
                    graph.nodes().isEmpty()
                            ? null
                            : graph.nodes().get(g.start()).id());
        }
        ArrayNode states = node.putArray("states");
        for (int i = 0; i < graph.nodes().size(); i++) {
            MachineGraph.Node n = graph.nodes().get(i);
            ObjectNode item = states.addObject();
            item.put("id", n.id());
            item.put("name", n.name());
            item.put("type", n.type());
            item.put("graph", graph.graphs().get(n.graph()).id());
            item.put("entered", counts.entered(i));
            item.put("failed", counts.failed(i));
        }
        ArrayNode transitions = node.putArray("transitions");
        for (int e = 0; e < graph.edges().size(); e++) {
            MachineGraph.Edge edge = graph.edges().get(e);
            ObjectNode item = transitions.addObject();
            item.put("from", graph.nodes().get(edge.from()).id());
            if (edge.to() < 0) {
                item.putNull("to");
            } else {
                item.put("to", graph.nodes().get(edge.to()).id());
            }
            item.put("kind", edge.kind().word());
            item.put("index", edge.index());
            item.put("taken", counts.taken(e));
        }
        handlers(node.putArray("retriers"), graph, graph.retriers(), "retried", counts::retried);
        handlers(node.putArray("catchers"), graph, graph.catchers(), "caught", counts::caught);
        return node;
    }

    private static void summary(ObjectNode node, MachineCoverage.Counter counter) {
        node.put("covered", counter.covered());
        node.put("total", counter.total());
    }

    private static void handlers(
            ArrayNode array,
            MachineGraph graph,
            List<MachineGraph.Handler> handlers,
            String countName,
            java.util.function.IntToLongFunction count) {
        for (int i = 0; i < handlers.size(); i++) {
            MachineGraph.Handler handler = handlers.get(i);
            ObjectNode item = array.addObject();
            item.put("state", graph.nodes().get(handler.state()).id());
            item.put("index", handler.index());
            item.put("errorEquals", handler.errors());
            item.put(countName, count.applyAsLong(i));
        }
    }

    /** Reads a data file's text into {@code into}; errors name {@code where} and the JSON Pointer. */
    static void read(String text, String where, CoverageData into) {
        JsonNode root;
        try {
            root = JsonCodec.read(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage(), e);
        }
        Reader reader = new Reader(where);
        if (root == null || !CoverageData.FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(
                    where + ": /format must be \"" + CoverageData.FORMAT + "\": this is not sfn-unit coverage data");
        }
        if (root.path("version").asInt() != CoverageData.VERSION) {
            throw new IllegalArgumentException(where + ": /version is " + root.path("version")
                    + ", this sfn-unit reads version " + CoverageData.VERSION);
        }
        JsonNode machines = reader.array(root, "/machines");
        for (int m = 0; m < machines.size(); m++) {
            reader.machine(machines.get(m), "/machines/" + m, into);
        }
    }

    private static final class Reader {
        private final String where;

        Reader(String where) {
            this.where = where;
        }

        void machine(JsonNode node, String pointer, CoverageData into) {
            String source = text(node, pointer + "/source");
            String sha = text(node, pointer + "/sha256");
            JsonNode states = array(node, pointer + "/states");
            Map<String, Integer> ids = new HashMap<>();
            JsonNode graphsNode = array(node, pointer + "/graphs");
            Map<String, Integer> graphIds = new HashMap<>();
            for (int g = 0; g < graphsNode.size(); g++) {
                graphIds.put(text(graphsNode.get(g), pointer + "/graphs/" + g + "/id"), g);
            }
            List<MachineGraph.Node> nodes = new ArrayList<>();
            long[] entered = new long[states.size()];
            long[] failed = new long[states.size()];
            for (int i = 0; i < states.size(); i++) {
                String at = pointer + "/states/" + i;
                JsonNode s = states.get(i);
                ids.put(text(s, at + "/id"), i);
                nodes.add(new MachineGraph.Node(
                        text(s, at + "/id"),
                        text(s, at + "/name"),
                        text(s, at + "/type"),
                        ref(graphIds, s, at + "/graph")));
                entered[i] = count(s, at + "/entered");
                failed[i] = count(s, at + "/failed");
            }
            List<MachineGraph.Graph> graphs = new ArrayList<>();
            for (int g = 0; g < graphsNode.size(); g++) {
                String at = pointer + "/graphs/" + g;
                JsonNode item = graphsNode.get(g);
                int parent = item.path("parent").isNull() ? -1 : ref(ids, item, at + "/parent");
                graphs.add(new MachineGraph.Graph(
                        text(item, at + "/id"), text(item, at + "/title"), parent, ref(ids, item, at + "/start")));
            }
            JsonNode transitions = array(node, pointer + "/transitions");
            List<MachineGraph.Edge> edges = new ArrayList<>();
            long[] taken = new long[transitions.size()];
            for (int e = 0; e < transitions.size(); e++) {
                String at = pointer + "/transitions/" + e;
                JsonNode t = transitions.get(e);
                int to = t.path("to").isNull() ? -1 : ref(ids, t, at + "/to");
                MachineGraph.EdgeKind kind;
                try {
                    kind = MachineGraph.EdgeKind.of(text(t, at + "/kind"));
                } catch (IllegalArgumentException problem) {
                    throw new IllegalArgumentException(where + ": " + at + "/kind: " + problem.getMessage());
                }
                edges.add(new MachineGraph.Edge(ref(ids, t, at + "/from"), to, kind, (int) count(t, at + "/index")));
                taken[e] = count(t, at + "/taken");
            }
            List<MachineGraph.Handler> retriers = new ArrayList<>();
            long[] retried = handlers(node, pointer + "/retriers", "retried", ids, retriers);
            List<MachineGraph.Handler> catchers = new ArrayList<>();
            long[] caught = handlers(node, pointer + "/catchers", "caught", ids, catchers);
            MachineGraph graph = new MachineGraph(graphs, nodes, edges, retriers, catchers);
            MachineCounts counts = new MachineCounts(graph);
            counts.setExecutions(count(node, pointer + "/executions"));
            counts.set(entered, failed, taken, retried, caught);
            into.machine(source, sha, () -> graph).add(counts);
        }

        private long[] handlers(
                JsonNode machine,
                String pointer,
                String countName,
                Map<String, Integer> ids,
                List<MachineGraph.Handler> into) {
            JsonNode array = array(machine, pointer);
            long[] counts = new long[array.size()];
            for (int i = 0; i < array.size(); i++) {
                String at = pointer + "/" + i;
                JsonNode h = array.get(i);
                into.add(new MachineGraph.Handler(
                        ref(ids, h, at + "/state"), (int) count(h, at + "/index"), text(h, at + "/errorEquals")));
                counts[i] = count(h, at + "/" + countName);
            }
            return counts;
        }

        JsonNode array(JsonNode root, String pointer) {
            JsonNode node = root.at(relative(pointer));
            if (!node.isArray()) {
                throw new IllegalArgumentException(where + ": " + pointer + " must be an array");
            }
            return node;
        }

        private String text(JsonNode machine, String pointer) {
            JsonNode node = machine.at(last(pointer));
            if (!node.isTextual()) {
                throw new IllegalArgumentException(where + ": " + pointer + " must be a string");
            }
            return node.asText();
        }

        private long count(JsonNode item, String pointer) {
            JsonNode node = item.at(last(pointer));
            if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 0) {
                throw new IllegalArgumentException(where + ": " + pointer + " must be a whole number >= 0");
            }
            return node.asLong();
        }

        private int ref(Map<String, Integer> ids, JsonNode item, String pointer) {
            String id = text(item, pointer);
            Integer index = ids.get(id);
            if (index == null) {
                throw new IllegalArgumentException(
                        where + ": " + pointer + " names \"" + id + "\", which is not listed");
            }
            return index;
        }

        /** The pointer's last field, relative to the object that holds it. */
        private static String last(String pointer) {
            return pointer.substring(pointer.lastIndexOf('/'));
        }

        /** {@code /machines} relative to the document, or the last field relative to a machine. */
        private static String relative(String pointer) {
            return pointer.equals("/machines") ? pointer : last(pointer);
        }
    }
}
