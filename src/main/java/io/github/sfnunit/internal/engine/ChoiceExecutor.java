package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnunit.asl.Choice;
import io.github.sfnunit.asl.ChoiceRule;
import io.github.sfnunit.asl.State;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import io.github.sfnunit.internal.query.EvaluationContext;
import io.github.sfnunit.internal.query.StatesException;
import java.util.ArrayList;
import java.util.List;

/**
 * Choice: the first rule that holds on the effective input picks the next state, else {@code Default}, else the
 * state fails with {@code States.NoChoiceMatched}.
 */
final class ChoiceExecutor implements StateExecutor {

    private final State.ChoiceState choice;
    private final List<ChoiceCondition> conditions;

    ChoiceExecutor(State.ChoiceState choice) {
        this.choice = choice;
        List<ChoiceCondition> compiled = new ArrayList<>();
        for (int i = 0; i < choice.choices().size(); i++) {
            ChoiceRule rule = choice.choices().get(i).rule();
            compiled.add(
                    rule instanceof ChoiceRule.Condition condition
                            ? JsonataChoiceCondition.compile(condition, "Choices[" + i + "]/Condition")
                            : compile(rule, choice));
        }
        this.conditions = List.copyOf(compiled);
    }

    /** Compiles a JSONPath rule; JSONata {@code Condition}s belong to the JSONata support. */
    static ChoiceCondition compile(ChoiceRule rule, State state) {
        if (rule instanceof ChoiceRule.Comparison comparison) {
            return new ComparisonCondition(comparison);
        }
        if (rule instanceof ChoiceRule.And and) {
            return all(and.rules(), state);
        }
        if (rule instanceof ChoiceRule.Or or) {
            return any(or.rules(), state);
        }
        if (rule instanceof ChoiceRule.Not not) {
            return negate(compile(not.rule(), state));
        }
        throw new UnsupportedFeatureException("State '" + state.name() + "' (" + state.pointer()
                + "): JSONata Choice conditions are not supported yet");
    }

    private static ChoiceCondition all(List<ChoiceRule> rules, State state) {
        List<ChoiceCondition> parts = rules.stream().map(r -> compile(r, state)).toList();
        return (input, context) -> parts.stream().allMatch(p -> p.test(input, context));
    }

    private static ChoiceCondition any(List<ChoiceRule> rules, State state) {
        List<ChoiceCondition> parts = rules.stream().map(r -> compile(r, state)).toList();
        return (input, context) -> parts.stream().anyMatch(p -> p.test(input, context));
    }

    private static ChoiceCondition negate(ChoiceCondition condition) {
        return (input, context) -> !condition.test(input, context);
    }

    @Override
    public void attempt(StateRun run) {
        EvaluationContext context = run.context();
        JsonNode effectiveInput = run.dataFlow().effectiveInput(run.rawInput(), context);
        int i = firstMatch(effectiveInput, context);
        if (i >= 0) {
            Choice matched = choice.choices().get(i);
            run.choseRule(i);
            run.succeed(effectiveInput, matched.next(), assignOf(matched), matched.output());
            return;
        }
        if (choice.defaultState() != null) {
            run.succeed(effectiveInput, choice.defaultState());
            return;
        }
        throw noMatch();
    }

    /** The index in {@code Choices} of the first rule that holds on {@code effectiveInput}; -1 for none. */
    int firstMatch(JsonNode effectiveInput, EvaluationContext context) {
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i).test(effectiveInput, context)) {
                return i;
            }
        }
        return -1;
    }

    /** The {@code Assign} a matched rule applies: its own, else the state's. */
    JsonNode assignOf(Choice matched) {
        return matched.assign() != null ? matched.assign() : choice.dataFlow().assign();
    }

    /** AWS's failure of a Choice state whose rules all failed and that has no {@code Default}. */
    static StatesException noMatch() {
        return new StatesException(ErrorNames.NO_CHOICE_MATCHED, "No Matches!");
    }
}
