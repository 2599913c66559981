package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;

/** A compiled query applied to one document (the input, the context object or a variable's value). */
sealed interface PathQuery permits StepQuery, JaywayQuery {

    /** What the query selects in {@code document}, or {@code null} when a definite query selects nothing. */
    JsonNode evaluate(JsonNode document);

    /**
     * Why {@link #evaluate} found nothing in {@code document}, worded as AWS words it (AWS's messages are
     * Jayway's, e.g. {@code No results for path: $['a']}). Only called on the failure path.
     */
    String missReason(JsonNode document);

    /** Whether the query selects at most one value (an indefinite query returns an array of matches). */
    boolean definite();
}
