package io.github.sfnunit.internal.query;

import static io.github.sfnunit.internal.query.ArrayIntrinsicsTest.assertIntrinsicFailure;
import static io.github.sfnunit.internal.query.QueryTestSupport.call;
import static io.github.sfnunit.internal.query.QueryTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MathIntrinsicsTest {

    @Test
    void add_sums_integers() {
        assertThat(call("States.MathAdd(5, 3)")).isEqualTo(json("8"));
        assertThat(call("States.MathAdd(-5, 3)")).isEqualTo(json("-2"));
    }

    @Test
    void add_rounds_each_addend_half_up_as_aws_does() {
        assertThat(call("States.MathAdd(-1.5, 0)")).isEqualTo(json("-1"));
        assertThat(call("States.MathAdd(0.5, 0)")).isEqualTo(json("1"));
        assertThat(call("States.MathAdd(2.5, 0)")).isEqualTo(json("3"));
        assertThat(call("States.MathAdd(-0.5, 0.5)")).isEqualTo(json("1"));
        assertThat(call("States.MathAdd(1.49, -1.49)")).isEqualTo(json("0"));
        assertThat(call("States.MathAdd(-3.5, 0)")).isEqualTo(json("-3"));
    }

    @Test
    void add_rejects_a_sum_outside_32_bits() {
        assertIntrinsicFailure(
                () -> call("States.MathAdd(2147483647, 1)"),
                "Invalid arguments in States.MathAdd: the sum 2147483648 is outside the 32-bit integer range");
    }

    @Test
    void add_rejects_a_string() {
        assertIntrinsicFailure(
                () -> call("States.MathAdd('1', 1)"),
                "Invalid arguments in States.MathAdd: argument 1 must be a number, but was string \"1\"");
    }

    @Test
    void random_stays_within_start_inclusive_and_end_exclusive() {
        for (int k = 0; k < 200; k++) {
            int value = call("States.MathRandom(1, 3)").intValue();
            assertThat(value).isBetween(1, 2);
        }
    }

    @Test
    void random_is_determined_by_the_execution_seed() {
        JsonNode first = evaluateWithSeed("States.MathRandom(0, 1000000)", 7);
        JsonNode again = evaluateWithSeed("States.MathRandom(0, 1000000)", 7);
        JsonNode other = evaluateWithSeed("States.MathRandom(0, 1000000)", 8);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void random_with_a_seed_argument_ignores_the_execution_random() {
        JsonNode first = evaluateWithSeed("States.MathRandom(0, 1000000, 3)", 7);
        JsonNode second = evaluateWithSeed("States.MathRandom(0, 1000000, 3)", 8);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void random_accepts_fractional_bounds_and_rounds_them() {
        for (int k = 0; k < 50; k++) {
            assertThat(call("States.MathRandom(12.5, 44.51)").intValue()).isBetween(13, 44);
        }
    }

    @Test
    void add_rounds_before_adding_not_after() {
        assertThat(call("States.MathAdd(1.5, 1.51)")).isEqualTo(json("4"));
        assertThat(call("States.MathAdd(-1.49, -1.5)")).isEqualTo(json("-2"));
    }

    @Test
    void random_rejects_an_empty_range() {
        assertIntrinsicFailure(
                () -> call("States.MathRandom(5, 5)"),
                "Invalid arguments in States.MathRandom: the start 5 must be less than the end 5");
    }

    @Test
    void uuid_is_a_version_4_uuid() {
        String uuid = call("States.UUID()").textValue();

        assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void uuid_is_determined_by_the_execution_seed() {
        assertThat(evaluateWithSeed("States.UUID()", 1)).isEqualTo(evaluateWithSeed("States.UUID()", 1));
        assertThat(evaluateWithSeed("States.UUID()", 1)).isNotEqualTo(evaluateWithSeed("States.UUID()", 2));
    }

    private static JsonNode evaluateWithSeed(String intrinsic, long seed) {
        EvaluationContext context = new EvaluationContext(json("{}"), VariableScope.EMPTY, new SplittableRandom(seed));
        return IntrinsicFunction.compile(intrinsic).evaluate(json("{}"), context);
    }
}
