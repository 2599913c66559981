package io.github.sfnunit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The coverage of one state machine: how many of its states, transitions, retriers and catchers the recorded
 * executions exercised. A snapshot; it does not change when more executions are recorded.
 *
 * <pre>{@code
 * MachineCoverage order = CoverageData.read(Path.of("target/sfn-unit")).machine("classpath:order-flow.asl.json");
 * assertThat(order.transitions().covered()).isEqualTo(7);
 * assertThat(order.uncoveredTransitions()).containsExactly("Route? Choices[2] -> Refund");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MachineCoverage {

    /**
     * A covered-out-of-total count.
     *
     * @since 0.1.0
     */
    public record Counter(int covered, int total) {

        /** The covered share in percent, 100 when there is nothing to cover. */
        public double percent() {
            return total == 0 ? 100.0 : covered * 100.0 / total;
        }

        /** How reports print it, e.g. {@code 7/9 (77.8%)}, or {@code n/a} when there is nothing to cover. */
        @Override
        public String toString() {
            return total == 0
                    ? "n/a"
                    : covered + "/" + total + " (" + String.format(Locale.ROOT, "%.1f", percent()) + "%)";
        }
    }

    private final String source;
    private final String sha256;
    private final MachineCounts counts;
    private final boolean sourceShared;

    /** @param sourceShared whether other definitions came from the same source (other substitutions, say) */
    MachineCoverage(String source, String sha256, MachineCounts counts, boolean sourceShared) {
        this.source = source;
        this.sha256 = sha256;
        this.counts = counts;
        this.sourceShared = sourceShared;
    }

    /**
     * How reports name the machine: its source, followed by the start of its hash when several definitions came
     * from that source (a template loaded with different substitutions, say).
     */
    public String name() {
        return sourceShared ? source + " @" + sha256.substring(0, Math.min(8, sha256.length())) : source;
    }

    /** Where the definition came from, e.g. {@code classpath:order-flow.asl.json} or a file path. */
    public String source() {
        return source;
    }

    /** The SHA-256 of the definition's JSON (after template substitutions), in hex. */
    public String sha256() {
        return sha256;
    }

    /** How many executions were recorded. */
    public long executions() {
        return counts.executions();
    }

    /** States entered at least once, at every level (Parallel branches and Map item processors included). */
    public Counter states() {
        MachineGraph graph = counts.graph();
        int covered = 0;
        for (int i = 0; i < graph.nodes().size(); i++) {
            covered += counts.entered(i) > 0 ? 1 : 0;
        }
        return new Counter(covered, graph.nodes().size());
    }

    /** Transitions taken at least once: each {@code Next}, Choice rule, {@code Default}, Catch, End and Fail. */
    public Counter transitions() {
        int covered = 0;
        for (int e = 0; e < counts.graph().edges().size(); e++) {
            covered += counts.taken(e) > 0 ? 1 : 0;
        }
        return new Counter(covered, counts.graph().edges().size());
    }

    /** Retriers that retried at least once. */
    public Counter retriers() {
        int covered = 0;
        for (int r = 0; r < counts.graph().retriers().size(); r++) {
            covered += counts.retried(r) > 0 ? 1 : 0;
        }
        return new Counter(covered, counts.graph().retriers().size());
    }

    /** Catchers that caught at least once. */
    public Counter catchers() {
        int covered = 0;
        for (int c = 0; c < counts.graph().catchers().size(); c++) {
            covered += counts.caught(c) > 0 ? 1 : 0;
        }
        return new Counter(covered, counts.graph().catchers().size());
    }

    /** States never entered, by name (nested ones with their parent, e.g. {@code Map "Items" items / Charge}). */
    public List<String> uncoveredStates() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < counts.graph().nodes().size(); i++) {
            if (counts.entered(i) == 0) {
                names.add(counts.graph().qualifiedName(i));
            }
        }
        return names;
    }

    /** Transitions never taken, by state and rule, e.g. {@code Route? Choices[2] -> Refund}. */
    public List<String> uncoveredTransitions() {
        List<String> lines = new ArrayList<>();
        MachineGraph graph = counts.graph();
        for (int e = 0; e < graph.edges().size(); e++) {
            if (counts.taken(e) == 0) {
                lines.add(describe(graph, graph.edges().get(e)));
            }
        }
        return lines;
    }

    /** Retriers that never retried, e.g. {@code Charge Retry[0] (Lambda.TooManyRequestsException)}. */
    public List<String> uncoveredRetriers() {
        return uncoveredHandlers(counts.graph().retriers(), "Retry", true);
    }

    /** Catchers that never caught, e.g. {@code Charge Catch[0] (States.ALL)}. */
    public List<String> uncoveredCatchers() {
        return uncoveredHandlers(counts.graph().catchers(), "Catch", false);
    }

    private List<String> uncoveredHandlers(List<MachineGraph.Handler> handlers, String field, boolean retry) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < handlers.size(); i++) {
            long count = retry ? counts.retried(i) : counts.caught(i);
            if (count == 0) {
                MachineGraph.Handler handler = handlers.get(i);
                lines.add(counts.graph().qualifiedName(handler.state()) + " " + field + "[" + handler.index() + "] ("
                        + handler.errors() + ")");
            }
        }
        return lines;
    }

    static String describe(MachineGraph graph, MachineGraph.Edge edge) {
        String to = switch (edge.kind()) {
            case END -> "(end)";
            case FAIL -> "(fails)";
            default -> edge.to() < 0 ? "?" : graph.nodes().get(edge.to()).name();
        };
        return graph.qualifiedName(edge.from()) + " " + edge.label() + " -> " + to;
    }

    MachineCounts counts() {
        return counts;
    }

    MachineGraph graph() {
        return counts.graph();
    }

    /** A short, file-name-safe name for this machine's pages: the source's last part and the hash's start. */
    String slug() {
        String base = source.replaceAll(".*[/\\\\:]", "").replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty()) {
            base = "machine";
        }
        return base + "-" + sha256.substring(0, Math.min(8, sha256.length()));
    }

    @Override
    public String toString() {
        return name() + ": states " + states() + ", transitions " + transitions() + ", retriers " + retriers()
                + ", catchers " + catchers();
    }
}
