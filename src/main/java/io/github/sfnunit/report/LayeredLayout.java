package io.github.sfnunit.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * A layered (Sugiyama-style) drawing of a directed graph, top to bottom, with no network and no script: cycles are
 * broken by reversing the edges that close them, states get ranks by longest path, every edge crosses a label
 * layer between two ranks (its label is a box there, sized to its text, so labels never overlap each other or a
 * state), longer edges get waypoints in every layer they cross, the order within layers is improved by barycenter
 * sweeps, and x positions follow each item's neighbours without overlap.
 */
final class LayeredLayout {

    static final double NODE_GAP = 28;
    static final double LAYER_GAP = 16;
    static final double MARGIN = 20;

    /** Where an item sits: its centre and size. */
    record Box(double x, double y, double width, double height) {}

    /** One edge as drawn: its points from source to target, and its label's box ({@code null} for self-loops). */
    record Route(List<double[]> points, Box label, boolean selfLoop) {}

    private final int nodeCount;
    private final double[] nodeWidth;
    private final double[] nodeHeight;
    private final int[][] edges;
    private final double[] labelWidth;
    private final double labelHeight;

    private Box[] nodes;
    private Route[] routes;
    private double width;
    private double height;

    /**
     * @param edges each {@code {from, to}}
     * @param labelWidth each edge's label width
     */
    LayeredLayout(double[] nodeWidth, double[] nodeHeight, int[][] edges, double[] labelWidth, double labelHeight) {
        this.nodeCount = nodeWidth.length;
        this.nodeWidth = nodeWidth;
        this.nodeHeight = nodeHeight;
        this.edges = edges;
        this.labelWidth = labelWidth;
        this.labelHeight = labelHeight;
    }

    /** Lays out the graph; {@code roots} are visited first (the start), in order. */
    LayeredLayout run(int... roots) {
        boolean[] reversed = breakCycles(roots);
        int[] rank = ranks(reversed);
        // Items: nodes first, then one waypoint per edge per crossed layer. Layer of a node = 2 * rank.
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            items.add(new Item(i, -1, 2 * rank[i], nodeWidth[i], nodeHeight[i]));
        }
        List<List<Integer>> chains = new ArrayList<>();
        for (int e = 0; e < edges.length; e++) {
            List<Integer> chain = new ArrayList<>();
            int from = edges[e][0];
            int to = edges[e][1];
            if (from == to) {
                chains.add(chain);
                continue;
            }
            int top = reversed[e] ? to : from;
            int bottom = reversed[e] ? from : to;
            chain.add(top);
            // The label sits in the layer next to the edge's source.
            int labelLayer = reversed[e] ? 2 * rank[bottom] - 1 : 2 * rank[top] + 1;
            for (int layer = 2 * rank[top] + 1; layer < 2 * rank[bottom]; layer++) {
                boolean label = layer == labelLayer;
                items.add(new Item(-1, label ? e : -1, layer, label ? labelWidth[e] : 0, label ? labelHeight : 0));
                chain.add(items.size() - 1);
            }
            chain.add(bottom);
            chains.add(chain);
        }
        int layerCount = 0;
        for (Item item : items) {
            layerCount = Math.max(layerCount, item.layer + 1);
        }
        List<List<Integer>> layers = new ArrayList<>();
        for (int l = 0; l < layerCount; l++) {
            layers.add(new ArrayList<>());
        }
        List<List<Integer>> up = neighbours(items.size());
        List<List<Integer>> down = neighbours(items.size());
        for (List<Integer> chain : chains) {
            for (int i = 0; i + 1 < chain.size(); i++) {
                down.get(chain.get(i)).add(chain.get(i + 1));
                up.get(chain.get(i + 1)).add(chain.get(i));
            }
        }
        initialOrder(items, layers, down, roots);
        order(items, layers, up, down);
        place(items, layers, up, down);
        this.nodes = new Box[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            Item item = items.get(i);
            nodes[i] = new Box(item.x, item.y, item.width, item.height);
        }
        this.routes = new Route[edges.length];
        for (int e = 0; e < edges.length; e++) {
            routes[e] = route(e, chains.get(e), items, reversed[e]);
        }
        return this;
    }

    Box node(int i) {
        return nodes[i];
    }

    Route route(int e) {
        return routes[e];
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    private static final class Item {
        final int node;
        final int labelOf;
        final int layer;
        final double width;
        final double height;
        double position;
        double x;
        double y;

        Item(int node, int labelOf, int layer, double width, double height) {
            this.node = node;
            this.labelOf = labelOf;
            this.layer = layer;
            this.width = width;
            this.height = height;
        }
    }

    /** Depth-first from the roots (then every node not reached, in order); edges back to the path are reversed. */
    private boolean[] breakCycles(int[] roots) {
        boolean[] reversed = new boolean[edges.length];
        int[] state = new int[nodeCount]; // 0 new, 1 on the path, 2 done
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            out.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.length; e++) {
            out.get(edges[e][0]).add(e);
        }
        int[] order = startOrder(roots);
        for (int root : order) {
            if (state[root] != 0) {
                continue;
            }
            Deque<int[]> stack = new ArrayDeque<>(); // {node, next out-edge position}
            stack.push(new int[] {root, 0});
            state[root] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<Integer> outs = out.get(top[0]);
                if (top[1] == outs.size()) {
                    state[top[0]] = 2;
                    stack.pop();
                    continue;
                }
                int e = outs.get(top[1]++);
                int to = edges[e][1];
                if (to == top[0]) {
                    continue;
                }
                if (state[to] == 1) {
                    reversed[e] = true;
                } else if (state[to] == 0) {
                    state[to] = 1;
                    stack.push(new int[] {to, 0});
                }
            }
        }
        return reversed;
    }

    private int[] startOrder(int[] roots) {
        int[] order = new int[roots.length + nodeCount];
        System.arraycopy(roots, 0, order, 0, roots.length);
        for (int i = 0; i < nodeCount; i++) {
            order[roots.length + i] = i;
        }
        return order;
    }

    /** Longest path from the sources, over the edges as oriented by {@code reversed}. */
    private int[] ranks(boolean[] reversed) {
        int[] rank = new int[nodeCount];
        int[] indegree = new int[nodeCount];
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            out.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.length; e++) {
            int from = reversed[e] ? edges[e][1] : edges[e][0];
            int to = reversed[e] ? edges[e][0] : edges[e][1];
            if (from != to) {
                out.get(from).add(to);
                indegree[to]++;
            }
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < nodeCount; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        while (!ready.isEmpty()) {
            int node = ready.poll();
            for (int to : out.get(node)) {
                rank[to] = Math.max(rank[to], rank[node] + 1);
                if (--indegree[to] == 0) {
                    ready.add(to);
                }
            }
        }
        return rank;
    }

    private static List<List<Integer>> neighbours(int n) {
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    /** Breadth-first from the roots, so that a state's successors start out next to each other. */
    private void initialOrder(List<Item> items, List<List<Integer>> layers, List<List<Integer>> down, int[] roots) {
        boolean[] seen = new boolean[items.size()];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int start : startOrder(roots)) {
            if (seen[start]) {
                continue;
            }
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int item = queue.poll();
                layers.get(items.get(item).layer).add(item);
                for (int next : down.get(item)) {
                    if (!seen[next]) {
                        seen[next] = true;
                        queue.add(next);
                    }
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (!seen[i]) {
                layers.get(items.get(i).layer).add(i);
            }
        }
        renumber(items, layers);
    }

    private static void renumber(List<Item> items, List<List<Integer>> layers) {
        for (List<Integer> layer : layers) {
            for (int i = 0; i < layer.size(); i++) {
                items.get(layer.get(i)).position = i;
            }
        }
    }

    /** Barycenter sweeps down and up; keeps the order with the fewest crossings. */
    private void order(List<Item> items, List<List<Integer>> layers, List<List<Integer>> up, List<List<Integer>> down) {
        List<List<Integer>> best = copy(layers);
        long bestCrossings = crossings(items, layers, down);
        for (int sweep = 0; sweep < 12 && bestCrossings > 0; sweep++) {
            boolean downward = sweep % 2 == 0;
            for (int k = 1; k < layers.size(); k++) {
                int l = downward ? k : layers.size() - 1 - k;
                List<List<Integer>> towards = downward ? up : down;
                List<Integer> layer = layers.get(l);
                double[] centre = new double[items.size()];
                for (int item : layer) {
                    List<Integer> others = towards.get(item);
                    centre[item] = others.isEmpty()
                            ? items.get(item).position
                            : others.stream()
                                    .mapToDouble(o -> items.get(o).position)
                                    .average()
                                    .orElse(0);
                }
                layer.sort(Comparator.comparingDouble(item -> centre[item]));
                for (int i = 0; i < layer.size(); i++) {
                    items.get(layer.get(i)).position = i;
                }
            }
            long now = crossings(items, layers, down);
            if (now < bestCrossings) {
                bestCrossings = now;
                best = copy(layers);
            }
        }
        for (int l = 0; l < layers.size(); l++) {
            layers.set(l, best.get(l));
        }
        renumber(items, layers);
    }

    private static List<List<Integer>> copy(List<List<Integer>> layers) {
        List<List<Integer>> copy = new ArrayList<>();
        for (List<Integer> layer : layers) {
            copy.add(new ArrayList<>(layer));
        }
        return copy;
    }

    private static long crossings(List<Item> items, List<List<Integer>> layers, List<List<Integer>> down) {
        long count = 0;
        for (List<Integer> layer : layers) {
            List<double[]> segments = new ArrayList<>();
            for (int item : layer) {
                for (int next : down.get(item)) {
                    segments.add(new double[] {items.get(item).position, items.get(next).position});
                }
            }
            for (int a = 0; a < segments.size(); a++) {
                for (int b = a + 1; b < segments.size(); b++) {
                    double[] s = segments.get(a);
                    double[] t = segments.get(b);
                    if ((s[0] - t[0]) * (s[1] - t[1]) < 0) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** y by layer; x first packed, then pulled towards neighbours in alternating passes without overlap. */
    private void place(List<Item> items, List<List<Integer>> layers, List<List<Integer>> up, List<List<Integer>> down) {
        double y = MARGIN;
        for (List<Integer> layer : layers) {
            double layerHeight = 0;
            for (int item : layer) {
                layerHeight = Math.max(layerHeight, items.get(item).height);
            }
            for (int item : layer) {
                items.get(item).y = y + layerHeight / 2;
            }
            y += layerHeight + LAYER_GAP;
        }
        height = y - LAYER_GAP + MARGIN;
        for (List<Integer> layer : layers) {
            double x = 0;
            for (int item : layer) {
                Item it = items.get(item);
                it.x = x + it.width / 2;
                x += it.width + NODE_GAP;
            }
        }
        for (int pass = 0; pass < 8; pass++) {
            boolean downward = pass % 2 == 0;
            for (int k = 0; k < layers.size(); k++) {
                int l = downward ? k : layers.size() - 1 - k;
                List<List<Integer>> towards = downward ? up : down;
                List<Integer> layer = layers.get(l);
                double[] wanted = new double[layer.size()];
                for (int i = 0; i < layer.size(); i++) {
                    Item item = items.get(layer.get(i));
                    List<Integer> others = new ArrayList<>(towards.get(layer.get(i)));
                    if (others.isEmpty()) {
                        others = (downward ? down : up).get(layer.get(i));
                    }
                    wanted[i] = others.isEmpty()
                            ? item.x
                            : others.stream()
                                    .mapToDouble(o -> items.get(o).x)
                                    .average()
                                    .orElse(item.x);
                }
                spread(items, layer, wanted);
            }
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (Item item : items) {
            if (item.width > 0 || item.node >= 0) {
                minX = Math.min(minX, item.x - item.width / 2);
                maxX = Math.max(maxX, item.x + item.width / 2);
            }
        }
        if (minX == Double.MAX_VALUE) {
            minX = 0;
            maxX = 0;
        }
        for (Item item : items) {
            item.x += MARGIN - minX;
        }
        // Room on the right for self-loops.
        width = maxX - minX + 2 * MARGIN + 60;
    }

    /** Places a layer's items at their wanted x, in order, at least {@link #NODE_GAP} apart (least squares). */
    private static void spread(List<Item> items, List<Integer> layer, double[] wanted) {
        int n = layer.size();
        double[] x = Arrays.copyOf(wanted, n);
        // Left to right: push right what overlaps; then right to left, and average the two.
        double[] left = new double[n];
        for (int i = 0; i < n; i++) {
            left[i] = i == 0 ? x[0] : Math.max(x[i], left[i - 1] + gap(items, layer, i - 1, i));
        }
        double[] right = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            right[i] = i == n - 1 ? x[i] : Math.min(x[i], right[i + 1] - gap(items, layer, i, i + 1));
        }
        for (int i = 0; i < n; i++) {
            x[i] = (left[i] + right[i]) / 2;
        }
        for (int i = 1; i < n; i++) {
            x[i] = Math.max(x[i], x[i - 1] + gap(items, layer, i - 1, i));
        }
        for (int i = 0; i < n; i++) {
            items.get(layer.get(i)).x = x[i];
        }
    }

    private static double gap(List<Item> items, List<Integer> layer, int a, int b) {
        Item first = items.get(layer.get(a));
        Item second = items.get(layer.get(b));
        double spacing = first.width == 0 || second.width == 0 ? NODE_GAP / 2 : NODE_GAP;
        return first.width / 2 + second.width / 2 + spacing;
    }

    private Route route(int e, List<Integer> chain, List<Item> items, boolean reversed) {
        if (chain.isEmpty()) {
            Box box = nodes[edges[e][0]];
            double right = box.x() + box.width() / 2;
            List<double[]> loop = List.of(
                    new double[] {right, box.y() - box.height() / 4},
                    new double[] {right + 30, box.y() - box.height() / 4},
                    new double[] {right + 30, box.y() + box.height() / 4},
                    new double[] {right, box.y() + box.height() / 4});
            return new Route(loop, null, true);
        }
        List<double[]> points = new ArrayList<>();
        Box label = null;
        for (int k = 0; k < chain.size(); k++) {
            Item item = items.get(chain.get(k));
            if (k == 0) {
                points.add(new double[] {item.x, item.y + item.height / 2});
            } else if (k == chain.size() - 1) {
                points.add(new double[] {item.x, item.y - item.height / 2});
            } else {
                if (item.labelOf == e) {
                    label = new Box(item.x, item.y, item.width, item.height);
                    points.add(new double[] {item.x, item.y - item.height / 2});
                    points.add(new double[] {item.x, item.y + item.height / 2});
                } else {
                    points.add(new double[] {item.x, item.y});
                }
            }
        }
        if (reversed) {
            java.util.Collections.reverse(points);
        }
        return new Route(points, label, false);
    }
}
