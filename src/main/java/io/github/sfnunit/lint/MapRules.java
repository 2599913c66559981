package io.github.sfnunit.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.State;
import java.util.List;

/** The rules on Map states: concurrency and results that may outgrow the payload limit. */
final class MapRules {

    private MapRules() {}

    static void check(State state, List<LintFinding> found) {
        if (!(state instanceof State.Map map)) {
            return;
        }
        JsonNode concurrency = map.maxConcurrency();
        boolean unlimited = concurrency == null && map.maxConcurrencyPath() == null
                || concurrency != null && concurrency.isIntegralNumber() && concurrency.intValue() == 0;
        if (unlimited) {
            String limit =
                    map.isDistributed() ? "up to 10,000 child executions at once" : "up to 40 iterations at once";
            found.add(TaskRules.finding(
                    LintRule.MAP_MAX_CONCURRENCY,
                    state,
                    "",
                    "has no MaxConcurrency, so it runs " + limit
                            + " and every downstream service sees that burst (throttling, Lambda concurrency);"
                            + " set MaxConcurrency to what those services can take"));
        }
        boolean keepsResults = map.resultWriter() == null
                && map.dataFlow().resultSelector() == null
                && map.dataFlow().output() == null
                && map.dataFlow().resultPath() != null;
        if (map.itemReader() != null && keepsResults) {
            found.add(TaskRules.finding(
                    LintRule.PAYLOAD_SIZE,
                    state,
                    "/ItemReader",
                    "reads its items with an ItemReader (any number of them) and collects every result in its"
                            + " output without ResultWriter or ResultSelector: past 256 KiB the execution fails"
                            + " with States.DataLimitExceeded; add a ResultWriter that writes the results to S3"));
        }
    }
}
