package io.github.sfnunit.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.asl.ValidationError;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Class 8: validating a huge broken definition stays near-linear, and "did you mean" has a bounded cost. Each
 * definition is under AWS's 1 MB limit, as an attacker's would have to be.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ValidationCostAttacksTest {

    private static List<ValidationError> errorsOf(String definition) {
        return catchThrowableOfType(InvalidDefinitionException.class, () -> new DefinitionParser().parse(definition))
                .errors();
    }

    private static String lowerCaseName(Random random, int length) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    /** {@code count} Pass states named {@code name + i}, each going to the missing {@code target(i)}. */
    private static List<ValidationError> brokenNexts(int count, String name, IntFunction<String> target) {
        String states = IntStream.range(0, count)
                .mapToObj(i -> "\"" + name + i + "\":{\"Type\":\"Pass\",\"Next\":\"" + target.apply(i) + "\"}")
                .collect(Collectors.joining(","));
        return errorsOf("{\"StartAt\":\"" + name + "0\",\"States\":{" + states + "}}");
    }

    @Test
    void twenty_thousand_states_with_broken_next_targets_are_all_reported() {
        List<ValidationError> errors = brokenNexts(20_000, "S", i -> "M" + i);

        // 20,000 missing targets, no terminal state, 19,999 unreachable states
        assertThat(errors).hasSize(40_000);
        assertThat(errors.get(0)).hasToString("/States/S0/Next: state \"M0\" does not exist; did you mean \"S0\"?");
        assertThat(errors.get(19_999))
                .hasToString("/States/S19999/Next: state \"M19999\" does not exist; did you mean \"S19999\"?");
    }

    @Test
    void a_choice_naming_six_thousand_long_missing_states_among_a_thousand_long_names_is_checked_quickly() {
        // Compared one by one, this was 6,000 x 1,000 tables of 80 x 80 characters: more than a minute.
        Random random = new Random(7);
        List<String> names = IntStream.range(0, 1_000)
                .mapToObj(i -> lowerCaseName(random, 80))
                .toList();
        StringBuilder states = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            states.append('"')
                    .append(names.get(i))
                    .append("\":")
                    .append(
                            i < names.size() - 1
                                    ? "{\"Type\":\"Pass\",\"Next\":\"" + names.get(i + 1) + "\"},"
                                    : "{\"Type\":\"Succeed\"},");
        }
        List<String> missing = IntStream.range(0, 6_000)
                .mapToObj(i -> lowerCaseName(random, 80))
                .toList();
        String rules = missing.stream()
                .map(name -> "{\"Variable\":\"$.a\",\"IsPresent\":true,\"Next\":\"" + name + "\"}")
                .collect(Collectors.joining(","));
        states.append("\"C\":{\"Type\":\"Choice\",\"Choices\":[")
                .append(rules)
                .append("],\"Default\":\"")
                .append(names.get(0))
                .append("\"}");

        List<ValidationError> errors = errorsOf("{\"StartAt\":\"C\",\"States\":{" + states + "}}");

        assertThat(errors).hasSize(6_000);
        assertThat(errors.get(5_999))
                .hasToString("/States/C/Choices/5999/Next: state \"" + missing.get(5_999) + "\" does not exist");
    }

    @Test
    void a_next_target_of_half_a_million_characters_costs_no_square_of_its_length() {
        String target = "T".repeat(500_000);

        List<ValidationError> errors = errorsOf("{\"StartAt\":\"S\",\"States\":{\"S\":{\"Type\":\"Pass\",\"Next\":\""
                + target + "\"}," + "\"E\":{\"Type\":\"Succeed\"}}}");

        assertThat(errors)
                .extracting(ValidationError::toString)
                .containsExactly(
                        "/States/S/Next: state \"" + target + "\" does not exist",
                        "/States/E: state \"E\" is not reachable: StartAt is \"S\" and no reachable state transitions"
                                + " to it");
    }

    @Test
    void five_thousand_names_alike_still_get_their_one_edit_hint() {
        // Every name shares the keys of its neighbours: the index keeps a few candidates per key, not all.
        List<ValidationError> errors = brokenNexts(5_000, "A", i -> "A" + i + "x");

        assertThat(errors).hasSize(10_000);
        assertThat(errors.get(4_321))
                .hasToString("/States/A4321/Next: state \"A4321x\" does not exist; did you mean \"A4321\"?");
    }
}
