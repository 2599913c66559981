package io.github.sfnunit.assertions;

import java.math.BigDecimal;
import java.time.Duration;

/** Short, readable virtual durations for messages: {@code 0s}, {@code 1.5s}, {@code 2m 30s}, {@code 1d 2h}. */
final class DurationText {

    private DurationText() {}

    static String of(Duration duration) {
        if (duration == null) {
            return "<none>";
        }
        if (duration.isNegative()) {
            return "-" + of(duration.negated());
        }
        StringBuilder text = new StringBuilder();
        long days = duration.toDays();
        int hours = duration.toHoursPart();
        int minutes = duration.toMinutesPart();
        BigDecimal seconds = BigDecimal.valueOf(duration.toSecondsPart())
                .add(BigDecimal.valueOf(duration.toNanosPart(), 9))
                .stripTrailingZeros();
        append(text, days, "d");
        append(text, hours, "h");
        append(text, minutes, "m");
        if (seconds.signum() != 0 || text.length() == 0) {
            text.append(text.length() == 0 ? "" : " ")
                    .append(seconds.toPlainString())
                    .append('s');
        }
        return text.toString();
    }

    /** The offset of a virtual instant from the execution start, e.g. {@code +1m 2s}. */
    static String offset(Duration sinceStart) {
        return sinceStart == null ? "" : "+" + of(sinceStart);
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount != 0) {
            text.append(text.length() == 0 ? "" : " ").append(amount).append(unit);
        }
    }
}
