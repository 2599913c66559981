package io.github.sfnunit.internal.history;

import io.github.sfnunit.asl.StateType;

/** AWS's event type names per state type, as constants so that counting-only recording allocates nothing. */
final class EventTypes {

    private EventTypes() {}

    static String entered(StateType type) {
        return switch (type) {
            case TASK -> "TaskStateEntered";
            case PASS -> "PassStateEntered";
            case CHOICE -> "ChoiceStateEntered";
            case WAIT -> "WaitStateEntered";
            case SUCCEED -> "SucceedStateEntered";
            case FAIL -> "FailStateEntered";
            case PARALLEL -> "ParallelStateEntered";
            case MAP -> "MapStateEntered";
        };
    }

    static String exited(StateType type) {
        return switch (type) {
            case TASK -> "TaskStateExited";
            case PASS -> "PassStateExited";
            case CHOICE -> "ChoiceStateExited";
            case WAIT -> "WaitStateExited";
            case SUCCEED -> "SucceedStateExited";
            case PARALLEL -> "ParallelStateExited";
            case MAP -> "MapStateExited";
            case FAIL -> throw new IllegalArgumentException("A Fail state has no exit event in AWS's history");
        };
    }

    static String aborted(StateType type) {
        return switch (type) {
            case TASK -> "TaskStateAborted";
            case WAIT -> "WaitStateAborted";
            case PARALLEL -> "ParallelStateAborted";
            case MAP -> "MapStateAborted";
            default ->
                throw new IllegalArgumentException(
                        "AWS's history has no aborted event for a " + type.aslName() + " state");
        };
    }
}
