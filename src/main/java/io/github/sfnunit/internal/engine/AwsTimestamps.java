package io.github.sfnunit.internal.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The timestamps AWS accepts in Wait's {@code Timestamp}/{@code TimestampPath} and the Choice {@code Timestamp...}
 * operators: ISO-8601 extended offset date-times, e.g. {@code 2016-03-14T01:59:00Z}, {@code
 * 2016-03-14T01:59:00.123456789+02:00}. A date without time, a time without zone or an impossible date is not a
 * timestamp.
 */
final class AwsTimestamps {

    private AwsTimestamps() {}

    /** The instant of {@code text}, or {@code null} when it is not a timestamp AWS accepts. */
    public static Instant parse(String text) {
        if (text == null || text.length() < 20 || text.charAt(10) != 'T') {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
