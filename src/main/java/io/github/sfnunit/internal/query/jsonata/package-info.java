/**
 * Internal: JSONata as AWS Step Functions runs it. {@link io.github.sfnunit.internal.query.jsonata.JsonataExpression}
 * (one {@code {% %}} expression, parsed once), {@link io.github.sfnunit.internal.query.jsonata.JsonataTemplate} (a JSON
 * value whose strings may be expressions), the {@code $states} and variable bindings, the functions AWS adds
 * ({@code $partition}, {@code $range}, {@code $hash}, {@code $random}, {@code $uuid}, {@code $parse}) and the one
 * it removes ({@code $eval}), and AWS's {@code States.QueryEvaluationError} cause texts. Built on the dashjoin
 * JSONata engine, a port of jsonata-js. Not public API.
 */
package io.github.sfnunit.internal.query.jsonata;
