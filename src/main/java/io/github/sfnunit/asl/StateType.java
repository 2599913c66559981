package io.github.sfnunit.asl;

/**
 * The eight ASL state types, by their {@code "Type"} spelling.
 *
 * @since 0.1.0
 */
public enum StateType {
    TASK("Task"),
    PASS("Pass"),
    CHOICE("Choice"),
    WAIT("Wait"),
    SUCCEED("Succeed"),
    FAIL("Fail"),
    PARALLEL("Parallel"),
    MAP("Map");

    private final String aslName;

    StateType(String aslName) {
        this.aslName = aslName;
    }

    public String aslName() {
        return aslName;
    }

    /** The type for an ASL spelling, or {@code null} when there is none. */
    public static StateType fromAslName(String name) {
        for (StateType type : values()) {
            if (type.aslName.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
