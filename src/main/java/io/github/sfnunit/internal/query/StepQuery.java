package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;
import io.github.sfnunit.asl.internal.PathStep;
import io.github.sfnunit.asl.internal.PathSyntax;
import io.github.sfnunit.internal.Memo;
import java.util.List;

/**
 * The fast path for the paths nearly every definition uses ({@code $}, {@code $.a.b}, {@code $.a[0]},
 * {@code $['a b']}): a walk over pre-split steps, no parsing and no allocation per read. Failure reasons are
 * left to Jayway so that they read exactly like AWS's; the Jayway path is compiled at the first miss, once, unless
 * the definition's parse already compiled it.
 */
final class StepQuery implements PathQuery {

    private final List<PathStep> steps;
    /**
     * Per step: the field name, or {@code null} for an index step. Arrays because this is the hot loop ({@link
     * PathStep#select}, unrolled).
     */
    private final String[] names;

    private final int[] indexes;
    /**
     * Jayway's query for the miss reasons, compiled at the first miss when parsing did not compile it: once, however
     * many executions miss at the same time (an expression is shared across them).
     */
    private final Memo<JaywayQuery> reasons;

    /**
     * @param rest the path's text after its root
     * @param jayway {@code rest} compiled by Jayway, or {@code null} to compile it at the first miss
     */
    StepQuery(List<PathStep> steps, String rest, JsonPath jayway, FilterRegexes regexes) {
        this.steps = List.copyOf(steps);
        this.reasons = jayway == null
                ? Memo.of(() -> new JaywayQuery(PathSyntax.compileJayway(rest), regexes))
                : Memo.ofValue(new JaywayQuery(jayway, regexes));
        this.names = new String[steps.size()];
        this.indexes = new int[steps.size()];
        for (int k = 0; k < steps.size(); k++) {
            if (steps.get(k) instanceof PathStep.Field field) {
                names[k] = field.name();
            } else {
                indexes[k] = ((PathStep.Index) steps.get(k)).index();
            }
        }
    }

    @Override
    public JsonNode evaluate(JsonNode document) {
        JsonNode node = document;
        for (int k = 0; k < names.length && node != null; k++) {
            String name = names[k];
            if (name != null) {
                node = node.isObject() ? node.get(name) : null;
            } else {
                node = node.isArray() ? node.get(indexes[k]) : null;
            }
        }
        return node;
    }

    @Override
    public String missReason(JsonNode document) {
        String reason = reasons.get().failureMessage(document);
        return reason != null ? reason : "No results for path: " + PathSyntax.render(steps, steps.size());
    }

    @Override
    public boolean definite() {
        return true;
    }
}
