package io.github.sfnunit.report;

import io.github.sfnunit.StateVisit;
import io.github.sfnunit.asl.Catcher;
import io.github.sfnunit.asl.Choice;
import io.github.sfnunit.asl.Retrier;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.StateGraph;
import io.github.sfnunit.asl.StateMachineDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What can be covered in one state machine: its states (at every level), its transitions, its retriers and its
 * catchers, each with an index that the counts of {@link MachineCounts} use. Built from a definition, or read back
 * from a data file; either way the same lists in the same order.
 *
 * <p>Graphs: index 0 is the top level; each Parallel branch and each Map's item processor is one more graph,
 * listed after the graph that holds its parent state, in definition order.
 */
final class MachineGraph {

    /** The kinds of transition, by the word the reports and the data file use. */
    enum EdgeKind {
        NEXT("Next"),
        CHOICE("Choice"),
        DEFAULT("Default"),
        CATCH("Catch"),
        END("End"),
        FAIL("Fail");

        private final String word;

        EdgeKind(String word) {
            this.word = word;
        }

        String word() {
            return word;
        }

        static EdgeKind of(String word) {
            for (EdgeKind kind : values()) {
                if (kind.word.equals(word)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException(
                    "unknown transition kind \"" + word + "\" (expected Next, Choice, Default, Catch, End or Fail)");
        }
    }

    /**
     * A set of states with a start: the top level, a branch or an item processor.
     *
     * @param id the JSON Pointer of the graph in the definition ({@code ""} for the top level)
     * @param title how reports head it, e.g. {@code Parallel "Fan out" branch 1}
     * @param parent the index of the Parallel or Map state that holds it, -1 for the top level
     * @param start the index of its {@code StartAt} state
     */
    record Graph(String id, String title, int parent, int start) {}

    /**
     * One state.
     *
     * @param id its JSON Pointer in the definition, unique in the machine
     * @param type its ASL {@code Type}
     * @param graph the index of the graph it belongs to
     */
    record Node(String id, String name, String type, int graph) {}

    /**
     * One transition.
     *
     * @param to the index of the state it goes to, -1 when it ends the graph ({@code End}, {@code Fail})
     * @param index the rule's index for {@code Choice}, the catcher's for {@code Catch}, else 0
     */
    record Edge(int from, int to, EdgeKind kind, int index) {

        /** How reports name it, e.g. {@code Choices[1]}, {@code Catch[0]}, {@code Next}. */
        String label() {
            return switch (kind) {
                case CHOICE -> "Choices[" + index + "]";
                case CATCH -> "Catch[" + index + "]";
                default -> kind.word();
            };
        }
    }

    /**
     * A retrier or a catcher.
     *
     * @param state the index of the state that declares it
     * @param index its index in the state's {@code Retry} or {@code Catch}
     * @param errors its {@code ErrorEquals}, joined by ", "
     */
    record Handler(int state, int index, String errors) {}

    private final List<Graph> graphs;
    private final List<Node> nodes;
    private final List<Edge> edges;
    private final List<Handler> retriers;
    private final List<Handler> catchers;

    // Lookups from what an execution records to the indexes above, built once.
    private final StateLookup states;
    private final int[] nextEdge;
    private final int[] endEdge;
    private final int[][] ruleEdges;
    private final int[] defaultEdge;
    private final int[][] catchEdges;
    private final int[][] catcherIds;
    private final int[][] retrierIds;
    private final boolean[] choice;
    private final boolean[] fail;

    MachineGraph(
            List<Graph> graphs, List<Node> nodes, List<Edge> edges, List<Handler> retriers, List<Handler> catchers) {
        this.graphs = List.copyOf(graphs);
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.retriers = List.copyOf(retriers);
        this.catchers = List.copyOf(catchers);
        int n = nodes.size();
        nextEdge = filled(n);
        endEdge = filled(n);
        defaultEdge = filled(n);
        ruleEdges = new int[n][];
        catchEdges = new int[n][];
        catcherIds = new int[n][];
        retrierIds = new int[n][];
        choice = new boolean[n];
        fail = new boolean[n];
        for (int i = 0; i < n; i++) {
            choice[i] = nodes.get(i).type().equals("Choice");
            fail[i] = nodes.get(i).type().equals("Fail");
        }
        states = new StateLookup(this.graphs, this.nodes);
        List<List<Integer>> rules = lists(n);
        List<List<Integer>> catches = lists(n);
        for (int e = 0; e < edges.size(); e++) {
            Edge edge = edges.get(e);
            switch (edge.kind()) {
                case NEXT -> nextEdge[edge.from()] = e;
                case END, FAIL -> endEdge[edge.from()] = e;
                case DEFAULT -> defaultEdge[edge.from()] = e;
                case CHOICE -> put(rules.get(edge.from()), edge.index(), e);
                case CATCH -> put(catches.get(edge.from()), edge.index(), e);
            }
        }
        List<List<Integer>> retries = lists(n);
        for (int r = 0; r < retriers.size(); r++) {
            put(retries.get(retriers.get(r).state()), retriers.get(r).index(), r);
        }
        List<List<Integer>> catcherLists = lists(n);
        for (int c = 0; c < catchers.size(); c++) {
            put(catcherLists.get(catchers.get(c).state()), catchers.get(c).index(), c);
        }
        for (int i = 0; i < n; i++) {
            ruleEdges[i] = toArray(rules.get(i));
            catchEdges[i] = toArray(catches.get(i));
            catcherIds[i] = toArray(catcherLists.get(i));
            retrierIds[i] = toArray(retries.get(i));
        }
    }

    /** The graph of {@code definition}. */
    static MachineGraph of(StateMachineDefinition definition) {
        Builder builder = new Builder();
        builder.addGraph(definition.graph(), "State machine", -1);
        return builder.build();
    }

    List<Graph> graphs() {
        return graphs;
    }

    List<Node> nodes() {
        return nodes;
    }

    List<Edge> edges() {
        return edges;
    }

    List<Handler> retriers() {
        return retriers;
    }

    List<Handler> catchers() {
        return catchers;
    }

    /**
     * The index of the state a visit entered, -1 when the graph has none such (the visit is of another machine).
     * A name used once in the machine is looked up directly; otherwise the visit's path is walked: {@code
     * "Outer/Branch 0/Inner"}, {@code "Outer/Item 3/Inner"}.
     */
    int nodeOf(StateVisit visit) {
        return states.nodeOf(visit);
    }

    int nextEdge(int node) {
        return nextEdge[node];
    }

    /** The {@code End} or {@code Fail} transition of a state, -1 when it has none. */
    int endEdge(int node) {
        return endEdge[node];
    }

    int defaultEdge(int node) {
        return defaultEdge[node];
    }

    int ruleEdge(int node, int rule) {
        return at(ruleEdges[node], rule);
    }

    int catchEdge(int node, int catcher) {
        return at(catchEdges[node], catcher);
    }

    int retrier(int node, int retrier) {
        return at(retrierIds[node], retrier);
    }

    /** The catcher (index into {@link #catchers()}) behind a {@code Catch} edge's state and index, or -1. */
    int catcher(int node, int catcher) {
        return at(catcherIds[node], catcher);
    }

    /** Whether a state is a Choice (it leaves by a rule or its Default, not by Next). */
    boolean isChoice(int node) {
        return choice[node];
    }

    /** Whether a state is a Fail (it ends the graph by failing, with no exit time). */
    boolean isFail(int node) {
        return fail[node];
    }

    /** The states of graph {@code g} in definition order. */
    List<Integer> nodesOf(int g) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).graph() == g) {
                result.add(i);
            }
        }
        return result;
    }

    /** How a report names a state: its name, with the path of its parents when it is nested. */
    String qualifiedName(int node) {
        Node n = nodes.get(node);
        Graph graph = graphs.get(n.graph());
        return graph.parent() < 0 ? n.name() : graph.title() + " / " + n.name();
    }

    static int at(int[] indexes, int i) {
        return i >= 0 && i < indexes.length ? indexes[i] : -1;
    }

    static int[] filled(int n) {
        int[] values = new int[n];
        java.util.Arrays.fill(values, -1);
        return values;
    }

    static List<List<Integer>> lists(int n) {
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    static void put(List<Integer> list, int index, int value) {
        while (list.size() <= index) {
            list.add(-1);
        }
        list.set(index, value);
    }

    static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Walks a definition into the lists, graph after graph. */
    private static final class Builder {
        private final List<Graph> graphs = new ArrayList<>();
        private final List<Node> nodes = new ArrayList<>();
        private final List<Edge> edges = new ArrayList<>();
        private final List<Handler> retriers = new ArrayList<>();
        private final List<Handler> catchers = new ArrayList<>();

        void addGraph(StateGraph stateGraph, String title, int parent) {
            int g = graphs.size();
            int first = nodes.size();
            graphs.add(null);
            Map<String, Integer> byName = new HashMap<>();
            for (State state : stateGraph.states().values()) {
                byName.put(state.name(), nodes.size());
                nodes.add(new Node(state.pointer(), state.name(), state.type().aslName(), g));
            }
            graphs.set(
                    g,
                    new Graph(stateGraph.pointer(), title, parent, byName.getOrDefault(stateGraph.startAt(), first)));
            for (State state : stateGraph.states().values()) {
                addTransitions(state, byName.get(state.name()), byName);
            }
            for (State state : stateGraph.states().values()) {
                int node = byName.get(state.name());
                if (state instanceof State.Parallel parallel) {
                    for (int b = 0; b < parallel.branches().size(); b++) {
                        addGraph(parallel.branches().get(b), "Parallel \"" + state.name() + "\" branch " + b, node);
                    }
                } else if (state instanceof State.Map map && !map.isDistributed()) {
                    // A distributed Map's items run as child executions, whose visits an Execution does not keep:
                    // its inner states are left out rather than shown as never entered.
                    addGraph(map.itemProcessor(), "Map \"" + state.name() + "\" items", node);
                }
            }
        }

        private void addTransitions(State state, int from, Map<String, Integer> byName) {
            if (state instanceof State.ChoiceState choice) {
                for (int i = 0; i < choice.choices().size(); i++) {
                    Choice rule = choice.choices().get(i);
                    edges.add(new Edge(from, byName.getOrDefault(rule.next(), -1), EdgeKind.CHOICE, i));
                }
                if (choice.defaultState() != null) {
                    edges.add(new Edge(from, byName.getOrDefault(choice.defaultState(), -1), EdgeKind.DEFAULT, 0));
                }
            } else if (state instanceof State.Fail) {
                edges.add(new Edge(from, -1, EdgeKind.FAIL, 0));
            } else if (state.next() != null) {
                edges.add(new Edge(from, byName.getOrDefault(state.next(), -1), EdgeKind.NEXT, 0));
            } else if (state.isEnd()) {
                edges.add(new Edge(from, -1, EdgeKind.END, 0));
            }
            List<Catcher> stateCatchers = state.catchers();
            for (int i = 0; i < stateCatchers.size(); i++) {
                Catcher catcher = stateCatchers.get(i);
                edges.add(new Edge(from, byName.getOrDefault(catcher.next(), -1), EdgeKind.CATCH, i));
                catchers.add(new Handler(from, i, String.join(", ", catcher.errorEquals())));
            }
            List<Retrier> stateRetriers = state.retry();
            for (int i = 0; i < stateRetriers.size(); i++) {
                retriers.add(new Handler(
                        from, i, String.join(", ", stateRetriers.get(i).errorEquals())));
            }
        }

        MachineGraph build() {
            return new MachineGraph(graphs, nodes, edges, retriers, catchers);
        }
    }
}
