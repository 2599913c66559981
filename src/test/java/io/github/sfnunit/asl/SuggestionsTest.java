package io.github.sfnunit.asl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void the_hint_has_one_wording() {
        assertThat(Suggestions.didYouMean("Fial", List.of("Pass", "Fail"))).contains("did you mean \"Fail\"?");
        assertThat(Suggestions.clause("Fial", List.of("Pass", "Fail"))).isEqualTo("; did you mean \"Fail\"?");
    }

    @Test
    void a_swap_of_neighbours_and_a_case_difference_are_close() {
        assertThat(Suggestions.among(List.of("ChargeCard", "Notify")).closest("chargecard"))
                .contains("ChargeCard");
        assertThat(Suggestions.distance("Fial", "Fail")).isEqualTo(1);
        assertThat(Suggestions.distance("chargecard", "ChargeCard")).isZero();
    }

    @Test
    void a_long_common_prefix_is_a_hint_when_no_name_is_close() {
        assertThat(Suggestions.among(List.of("TimeoutSeconds", "Comment")).closest("Timeout"))
                .contains("TimeoutSeconds");
    }

    @Test
    void nothing_close_gives_no_hint() {
        assertThat(Suggestions.didYouMean("Zebra", List.of("Pass", "Fail"))).isEmpty();
        assertThat(Suggestions.clause("Zebra", List.of("Pass", "Fail"))).isEmpty();
        assertThat(Suggestions.didYouMean("Anything", List.of())).isEmpty();
    }

    @Test
    void ties_go_to_the_first_candidate() {
        assertThat(Suggestions.among(List.of("StepB", "StepC")).closest("StepA"))
                .contains("StepB");
    }

    @Test
    void a_huge_list_still_finds_the_name_one_edit_away_and_the_one_equal_but_for_case() {
        // GIVEN more names than are compared one by one
        List<String> names = new ArrayList<>(IntStream.range(0, 3 * Suggestions.FULL_SCAN)
                .mapToObj(i -> "State" + i)
                .toList());
        names.add("ValidateOrder");
        Suggestions suggestions = Suggestions.among(names);

        // WHEN / THEN: found through the index, not by comparing with every name
        assertThat(suggestions.closest("ValidateOrdr")).contains("ValidateOrder");
        assertThat(suggestions.closest("validateorder")).contains("ValidateOrder");
        assertThat(suggestions.closest("Sate2999")).contains("State2999");
        assertThat(suggestions.closest("Stat2999x")).isEmpty();
    }

    @Test
    void in_a_huge_list_farther_names_are_looked_for_among_the_first_candidates_only() {
        // GIVEN a name two edits away at the front and one at the end of a huge list
        List<String> names = new ArrayList<>(List.of("ChargeTheCard"));
        IntStream.range(0, 2 * Suggestions.FULL_SCAN).forEach(i -> names.add("Filler" + i));
        names.add("NotifyTheCustomer");
        Suggestions suggestions = Suggestions.among(names);

        // WHEN / THEN
        assertThat(suggestions.closest("ChargeTheCrad1")).contains("ChargeTheCard");
        assertThat(suggestions.closest("NotifyTheCustomr1")).isEmpty();
    }

    @Test
    void past_its_comparison_budget_a_helper_still_finds_names_one_edit_away_but_no_farther() {
        // GIVEN a helper that has already compared as many characters as it may
        List<String> names = IntStream.range(0, Suggestions.FULL_SCAN)
                .mapToObj(i -> "LongStateName" + "x".repeat(60) + i)
                .toList();
        Suggestions suggestions = Suggestions.among(names);
        long perLookUp = 0;
        for (String name : names) {
            perLookUp += name.length() + 1;
        }
        long lookUps = Suggestions.MAX_CELLS / (perLookUp * 8) + 1;
        for (long i = 0; i < lookUps; i++) {
            suggestions.closest("y".repeat(7));
        }

        // WHEN / THEN: one edit away is still found, two edits away no longer
        assertThat(suggestions.closest("LongStateName" + "x".repeat(60) + "5x")).contains(names.get(5));
        assertThat(suggestions.closest("LongStateName" + "x".repeat(60) + "5xy"))
                .isEmpty();
        assertThat(Suggestions.among(names).closest("LongStateName" + "x".repeat(60) + "5xy"))
                .contains(names.get(5));
    }

    @Test
    void a_name_longer_than_any_compared_costs_no_square_of_its_length() {
        String huge = "N".repeat(500_000);
        Suggestions suggestions = Suggestions.among(List.of("n".repeat(500_000), "Other"));

        assertThat(suggestions.closest(huge)).contains("n".repeat(500_000));
        assertThat(suggestions.closest("x" + huge)).isEmpty();
    }
}
