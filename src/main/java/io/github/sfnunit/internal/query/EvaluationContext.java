package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.random.RandomGenerator;

/**
 * What an expression can see besides its input: the {@code $$} context object, the variables in scope, and the
 * execution's seeded random source ({@code States.UUID}, {@code States.MathRandom}, {@code $random}, {@code
 * $uuid}).
 */
public record EvaluationContext(JsonNode contextObject, VariableScope variables, RandomGenerator random) {}
