package io.github.sfnunit.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContextObjectTimestampTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-01-01T00:00:00Z",
                "2024-02-29T23:59:59.999Z",
                "1969-12-31T23:59:59.001Z",
                "0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z",
                "2025-06-15T08:09:10.123456Z",
                "+10000-01-01T00:00:00Z",
                "-0001-06-01T12:00:00.5Z"
            })
    void timestamp_is_what_the_AWS_pattern_formats(String instant) {
        // GIVEN an instant
        Instant time = Instant.parse(instant);

        // WHEN it is written as a context object timestamp
        String text = ContextObject.timestamp(time);

        // THEN it is exactly what the pattern yyyy-MM-dd'T'HH:mm:ss.SSS'Z' gives (milliseconds, truncated)
        assertThat(text).isEqualTo(ContextObject.TIMESTAMP.format(time));
    }
}
