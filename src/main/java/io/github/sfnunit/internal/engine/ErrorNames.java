package io.github.sfnunit.internal.engine;

import java.util.List;

/**
 * How AWS matches a state's error against a retrier's or catcher's {@code ErrorEquals}.
 *
 * <ul>
 *   <li>{@code States.Runtime} is never retried nor caught, not even by name: the execution fails.
 *   <li>{@code States.ALL} matches every other error.
 *   <li>{@code States.TaskFailed} matches every other error except {@code States.Timeout}.
 *   <li>A missed heartbeat is reported as {@code States.Timeout} (AWS records {@code TaskTimedOut} and {@code
 *       ExecutionFailed} with {@code States.Timeout}), and {@code States.HeartbeatTimeout}, which AWS allows only
 *       in {@code ErrorEquals}, matches it too; it matches no other timeout.
 * </ul>
 */
final class ErrorNames {

    public static final String ALL = "States.ALL";
    public static final String TASK_FAILED = "States.TaskFailed";
    public static final String RUNTIME = "States.Runtime";
    public static final String TIMEOUT = "States.Timeout";
    public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
    public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
    public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
    public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";

    private ErrorNames() {}

    /** Whether {@code error} matches one of {@code errorEquals}. */
    public static boolean matches(List<String> errorEquals, String error) {
        return matches(errorEquals, error, false);
    }

    /**
     * Whether {@code error} matches one of {@code errorEquals}; {@code heartbeatMissed} when it is the {@code
     * States.Timeout} of a missed heartbeat.
     */
    public static boolean matches(List<String> errorEquals, String error, boolean heartbeatMissed) {
        if (RUNTIME.equals(error)) {
            return false;
        }
        for (String name : errorEquals) {
            if (name.equals(error) || (heartbeatMissed && HEARTBEAT_TIMEOUT.equals(name))) {
                return true;
            }
            if (ALL.equals(name) || (TASK_FAILED.equals(name) && !TIMEOUT.equals(error))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether AWS words the cause of {@code error} as {@code An error occurred while executing the state 'X'
     * (entered at the event id #N). ...}.
     */
    public static boolean causeNamesTheState(String error) {
        return RUNTIME.equals(error) || QUERY_EVALUATION_ERROR.equals(error);
    }
}
