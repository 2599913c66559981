package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/** The intrinsic functions of the Amazon States Language, with their argument counts. */
enum Intrinsic {
    FORMAT("States.Format", 1, Integer.MAX_VALUE, TextIntrinsics::format),
    STRING_TO_JSON("States.StringToJson", 1, 1, JsonIntrinsics::stringToJson),
    JSON_TO_STRING("States.JsonToString", 1, 1, JsonIntrinsics::jsonToString),
    ARRAY("States.Array", 0, Integer.MAX_VALUE, ArrayIntrinsics::array),
    ARRAY_PARTITION("States.ArrayPartition", 2, 2, ArrayIntrinsics::partition),
    ARRAY_CONTAINS("States.ArrayContains", 2, 2, ArrayIntrinsics::contains),
    ARRAY_RANGE("States.ArrayRange", 3, 3, ArrayIntrinsics::range),
    ARRAY_GET_ITEM("States.ArrayGetItem", 2, 2, ArrayIntrinsics::getItem),
    ARRAY_LENGTH("States.ArrayLength", 1, 1, ArrayIntrinsics::length),
    ARRAY_UNIQUE("States.ArrayUnique", 1, 1, ArrayIntrinsics::unique),
    BASE64_ENCODE("States.Base64Encode", 1, 1, TextIntrinsics::base64Encode),
    BASE64_DECODE("States.Base64Decode", 1, 1, TextIntrinsics::base64Decode),
    HASH("States.Hash", 2, 2, TextIntrinsics::hash),
    JSON_MERGE("States.JsonMerge", 3, 3, JsonIntrinsics::merge),
    MATH_RANDOM("States.MathRandom", 2, 3, MathIntrinsics::random),
    MATH_ADD("States.MathAdd", 2, 2, MathIntrinsics::add),
    STRING_SPLIT("States.StringSplit", 2, 2, TextIntrinsics::split),
    UUID("States.UUID", 0, 0, MathIntrinsics::uuid);

    private final String functionName;
    private final int minArguments;
    private final int maxArguments;
    private final Function<IntrinsicInvocation, JsonNode> body;

    Intrinsic(String functionName, int min, int max, Function<IntrinsicInvocation, JsonNode> body) {
        this.functionName = functionName;
        this.minArguments = min;
        this.maxArguments = max;
        this.body = body;
    }

    /** The name as written in definitions, e.g. {@code States.Format}. */
    String functionName() {
        return functionName;
    }

    /** The function called {@code name}, or {@code null}. */
    static Intrinsic named(String name) {
        for (Intrinsic intrinsic : values()) {
            if (intrinsic.functionName.equals(name)) {
                return intrinsic;
            }
        }
        return null;
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

    JsonNode apply(IntrinsicArgument.Call call, IntrinsicScope scope) {
        return body.apply(IntrinsicInvocation.evaluate(call, scope));
    }
}
