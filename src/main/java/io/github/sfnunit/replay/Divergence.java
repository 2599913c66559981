package io.github.sfnunit.replay;

/**
 * Where a rerun first differs from its recording.
 *
 * @param eventId the id of the recorded event the difference is at ({@code 0} when none applies)
 * @param state the state there, {@code null} when none applies
 * @param aspect what differs: {@code "path"}, {@code "status"}, {@code "error"}, {@code "cause"}, {@code
 *     "output"}, or {@code "run"} when the rerun could not finish (e.g. a Task call the recording has no answer for)
 * @param expected the recorded value, as text
 * @param actual the rerun's value, as text
 * @param reason a sentence saying what happened
 * @since 0.1.0
 */
public record Divergence(long eventId, String state, String aspect, String expected, String actual, String reason) {

    /** The divergence in a few lines, as the CLI and the assertion print it. */
    public String describe() {
        StringBuilder text = new StringBuilder("diverges at event ").append(eventId);
        if (state != null) {
            text.append(" (state '").append(state).append("')");
        }
        text.append(": ").append(aspect).append("\n");
        text.append("  expected (recorded): ").append(expected).append("\n");
        text.append("  actual (rerun):      ").append(actual).append("\n");
        text.append("  ").append(reason);
        return text.toString();
    }
}
