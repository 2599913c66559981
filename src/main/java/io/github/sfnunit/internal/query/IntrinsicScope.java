package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one evaluation of an intrinsic call sees: the input, the context, and the field being evaluated (for
 * AWS's wording of a path that finds nothing).
 */
record IntrinsicScope(JsonNode input, EvaluationContext context, String field) {

    JsonNode read(JsonPathExpression path) {
        return field == null ? path.read(input, context) : path.readField(input, context, field);
    }
}
