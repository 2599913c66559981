package io.github.sfnunit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SupportedJUnitTest {

    @ParameterizedTest
    @ValueSource(strings = {"5.9.0", "5.9.3", "5.10.0", "5.14.4", "6.0.0", "6.1.3", "6.2.0-M1"})
    void the_5_9_line_and_later_are_supported(String version) {
        assertThat(SupportedJUnit.problemWith(version, "0.1.0")).isNull();
    }

    @Test
    void an_older_jupiter_is_refused_with_one_message_naming_both_versions() {
        assertThat(SupportedJUnit.problemWith("5.8.2", "0.1.0"))
                .isEqualTo("sfn-unit 0.1.0 needs JUnit Jupiter 5.9 or later (5.x from 5.9, or 6.x), but this test"
                        + " runs on JUnit Jupiter 5.8.2. Upgrade junit-jupiter (or the junit-bom) to 5.9.0 or later.");
        assertThat(SupportedJUnit.problemWith("5.0.0", null)).startsWith("sfn-unit needs JUnit Jupiter 5.9");
    }

    @Test
    void a_jupiter_that_does_not_say_its_version_is_not_refused() {
        assertThat(SupportedJUnit.problemWith(null, "0.1.0")).isNull();
        assertThat(SupportedJUnit.problemWith("unknown", "0.1.0")).isNull();
    }

    @Test
    void the_jupiter_this_build_runs_on_is_supported() {
        SupportedJUnit.require();
    }
}
