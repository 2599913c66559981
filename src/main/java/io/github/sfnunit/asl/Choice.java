package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of a Choice state's {@code Choices}: a rule, the state to go to when it matches, and (for
 * variables and JSONata) what to assign and output on that branch.
 *
 * @param assign the entry's {@code Assign}, {@code null} when absent
 * @param output JSONata: the entry's {@code Output}, {@code null} when absent
 * @since 0.1.0
 */
public record Choice(ChoiceRule rule, String next, JsonNode assign, JsonNode output, String comment) {}
