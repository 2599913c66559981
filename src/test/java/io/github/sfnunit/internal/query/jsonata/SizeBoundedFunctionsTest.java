package io.github.sfnunit.internal.query.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashjoin.jsonata.Functions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeBoundedFunctionsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "abc | 5 | NULL",
                "abc | -5 | NULL",
                "abc | 2 | NULL",
                "abc | 7 | xy",
                "abc | -8 | xyz",
                "abc | 6 | ''",
                "'' | 4 | #",
                "é😀 | 5 | 😀a",
                "é😀 | -5 | 😀a",
            })
    void pad_answers_as_the_engine_does(String text, int width, String chars) {
        assertThat(SizeBoundedFunctions.pad(text, width, chars)).isEqualTo(Functions.pad(text, width, chars));
    }

    @ParameterizedTest
    @CsvSource({"10, 0", "262145, 1"})
    void string_length_is_measured_only_up_to_the_bound(int items, int over) {
        List<Object> value = java.util.Collections.nCopies(items, Map.of("k", "v"));

        long length = SizeBoundedFunctions.textLength(value, EvaluationBounds.MAX_BUILT);

        assertThat(length > EvaluationBounds.MAX_BUILT).isEqualTo(over == 1);
        assertThat(length).isLessThan(EvaluationBounds.MAX_BUILT + 100L);
    }
}
