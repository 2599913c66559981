package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The fast path for the paths nearly every definition uses ({@code $}, {@code $.a.b}, {@code $.a[0]},
 * {@code $['a b']}): a walk over pre-split steps, no parsing and no allocation per read. Failure reasons are
 * left to Jayway so that they read exactly like AWS's.
 */
record StepQuery(List<PathStep> steps, JaywayQuery reasons) implements PathQuery {

    public StepQuery {
        steps = List.copyOf(steps);
    }

    @Override
    public JsonNode evaluate(JsonNode document) {
        JsonNode node = document;
        for (int k = 0, n = steps.size(); k < n && node != null; k++) {
            PathStep step = steps.get(k);
            if (step instanceof PathStep.Field field) {
                node = node.isObject() ? node.get(field.name()) : null;
            } else {
                int index = ((PathStep.Index) step).index();
                node = node.isArray() ? node.get(index) : null;
            }
        }
        return node;
    }

    @Override
    public String missReason(JsonNode document) {
        String reason = reasons.failureMessage(document);
        return reason != null ? reason : "No results for path: " + PathSyntax.render(steps, steps.size());
    }

    @Override
    public boolean definite() {
        return true;
    }
}
