package io.github.sfnunit.asl.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The intrinsic functions of the Amazon States Language, with their argument counts: the one list that the
 * validator checks names and counts against and {@code internal.query} gives a body to each of.
 */
public enum Intrinsic {
    FORMAT("States.Format", 1, Integer.MAX_VALUE),
    STRING_TO_JSON("States.StringToJson", 1, 1),
    JSON_TO_STRING("States.JsonToString", 1, 1),
    ARRAY("States.Array", 0, Integer.MAX_VALUE),
    ARRAY_PARTITION("States.ArrayPartition", 2, 2),
    ARRAY_CONTAINS("States.ArrayContains", 2, 2),
    ARRAY_RANGE("States.ArrayRange", 3, 3),
    ARRAY_GET_ITEM("States.ArrayGetItem", 2, 2),
    ARRAY_LENGTH("States.ArrayLength", 1, 1),
    ARRAY_UNIQUE("States.ArrayUnique", 1, 1),
    BASE64_ENCODE("States.Base64Encode", 1, 1),
    BASE64_DECODE("States.Base64Decode", 1, 1),
    HASH("States.Hash", 2, 2),
    JSON_MERGE("States.JsonMerge", 3, 3),
    MATH_RANDOM("States.MathRandom", 2, 3),
    MATH_ADD("States.MathAdd", 2, 2),
    STRING_SPLIT("States.StringSplit", 2, 2),
    UUID("States.UUID", 0, 0);

    private final String functionName;
    private final int minArguments;
    private final int maxArguments;

    Intrinsic(String functionName, int min, int max) {
        this.functionName = functionName;
        this.minArguments = min;
        this.maxArguments = max;
    }

    /** The name as written in definitions, e.g. {@code States.Format}. */
    public String functionName() {
        return functionName;
    }

    /** The function called {@code name}, or {@code null}. */
    public static Intrinsic named(String name) {
        for (Intrinsic intrinsic : values()) {
            if (intrinsic.functionName.equals(name)) {
                return intrinsic;
            }
        }
        return null;
    }

    /** Every function's name, in the order of the list. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Intrinsic intrinsic : values()) {
            names.add(intrinsic.functionName);
        }
        return names;
    }

    /** Whether {@code count} arguments are acceptable. */
    boolean accepts(int count) {
        return count >= minArguments && count <= maxArguments;
    }

    /** A readable statement of the accepted argument count, for definition errors. */
    String arity() {
        if (minArguments == maxArguments) {
            return minArguments + (minArguments == 1 ? " argument" : " arguments");
        }
        if (maxArguments == Integer.MAX_VALUE) {
            return "at least " + minArguments + (minArguments == 1 ? " argument" : " arguments");
        }
        return minArguments + " to " + maxArguments + " arguments";
    }
}
