package io.github.sfnunit.report;

import io.github.sfnunit.StateVisit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the state of a {@link MachineGraph} that a {@link StateVisit} entered. Everything it needs is resolved
 * when the graph is built, so that a lookup, done for every visit of every recorded execution, allocates nothing:
 * one probe of a table of names for a name used once in the machine, else a walk along the visit's path by offsets.
 */
final class StateLookup {

    private static final String BRANCH = "Branch ";

    private final List<MachineGraph.Node> nodes;

    /**
     * The names used once in the machine, by their hash, linear probing, at most half full; {@link #uniqueNodes}
     * holds the state of each at the same place. Against a {@code HashMap}, a lookup reads no entry object and no
     * boxed index: recording one execution of the benchmark's workload (a) took a fifth less time than with a
     * HashMap, one of workload (b) about half (docs/coverage.md).
     */
    private final String[] uniqueNames;

    private final int[] uniqueNodes;
    private final int mask;
    private final int[][] graphNodes;
    private final int[] itemGraph;
    private final int[][] branchGraphs;

    StateLookup(List<MachineGraph.Graph> graphs, List<MachineGraph.Node> nodes) {
        this.nodes = nodes;
        int n = nodes.size();
        Map<String, Integer> nameCounts = new HashMap<>();
        List<List<Integer>> members = MachineGraph.lists(graphs.size());
        for (int i = 0; i < n; i++) {
            MachineGraph.Node node = nodes.get(i);
            nameCounts.merge(node.name(), 1, Integer::sum);
            members.get(node.graph()).add(i);
        }
        int slots = Integer.highestOneBit(Math.max(1, nameCounts.size())) * 4;
        uniqueNames = new String[slots];
        uniqueNodes = new int[slots];
        mask = slots - 1;
        for (int i = 0; i < n; i++) {
            String name = nodes.get(i).name();
            if (nameCounts.get(name) == 1) {
                int slot = slot(name) & mask;
                while (uniqueNames[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                uniqueNames[slot] = name;
                uniqueNodes[slot] = i;
            }
        }
        // The graph a nested path segment leads to: "Branch <b>" of a Parallel, "Item <i>" (or "Execution <i>") of
        // a Map.
        graphNodes = new int[graphs.size()][];
        itemGraph = MachineGraph.filled(n);
        branchGraphs = new int[n][];
        List<List<Integer>> branches = MachineGraph.lists(n);
        for (int g = 0; g < graphs.size(); g++) {
            graphNodes[g] = MachineGraph.toArray(members.get(g));
            MachineGraph.Graph graph = graphs.get(g);
            if (graph.parent() < 0) {
                continue;
            }
            String parent = nodes.get(graph.parent()).id();
            String inside = graph.id().startsWith(parent) ? graph.id().substring(parent.length()) : "";
            if (inside.matches("/Branches/[0-9]{1,5}")) {
                MachineGraph.put(
                        branches.get(graph.parent()), Integer.parseInt(inside.substring("/Branches/".length())), g);
            } else if (inside.equals("/ItemProcessor") || inside.equals("/Iterator")) {
                itemGraph[graph.parent()] = g;
            }
        }
        for (int i = 0; i < n; i++) {
            branchGraphs[i] = MachineGraph.toArray(branches.get(i));
        }
    }

    private static int slot(String name) {
        int h = name.hashCode();
        return h ^ (h >>> 16);
    }

    /** See {@link MachineGraph#nodeOf}. */
    int nodeOf(StateVisit visit) {
        String name = visit.stateName();
        for (int slot = slot(name) & mask; ; slot = (slot + 1) & mask) {
            String unique = uniqueNames[slot];
            if (unique == null) {
                return walk(visit.statePath());
            }
            if (unique == name || unique.equals(name)) {
                return uniqueNodes[slot];
            }
        }
    }

    /** Walks {@code path} from the top level, by offsets into it. */
    private int walk(String path) {
        int graph = 0;
        int from = 0;
        while (true) {
            int found = longestNamePrefix(graph, path, from);
            if (found < 0) {
                return -1;
            }
            int end = from + nodes.get(found).name().length();
            if (end == path.length()) {
                return found;
            }
            // "<name>/Branch 2/..." or "<name>/Item 7/..." or "<name>/Execution 7/..."
            int segment = end + 1;
            int slash = path.indexOf('/', segment);
            if (slash < 0) {
                return -1;
            }
            graph = path.startsWith(BRANCH, segment)
                    ? branchGraph(found, path, segment + BRANCH.length(), slash)
                    : itemGraph[found];
            if (graph < 0) {
                return -1;
            }
            from = slash + 1;
        }
    }

    private int branchGraph(int node, String path, int digits, int end) {
        if (digits >= end || end - digits > 5) {
            return -1;
        }
        int branch = 0;
        for (int i = digits; i < end; i++) {
            char c = path.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            branch = branch * 10 + (c - '0');
        }
        return MachineGraph.at(branchGraphs[node], branch);
    }

    /** The state of {@code graph} with the longest name that {@code path} has at {@code from}, up to a '/'. */
    private int longestNamePrefix(int graph, String path, int from) {
        int best = -1;
        int bestLength = -1;
        for (int i : graphNodes[graph]) {
            String name = nodes.get(i).name();
            int end = from + name.length();
            if (name.length() > bestLength
                    && path.startsWith(name, from)
                    && (end == path.length() || path.charAt(end) == '/')) {
                best = i;
                bestLength = name.length();
            }
        }
        return best;
    }
}
