package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * One call of an intrinsic function with its arguments evaluated, and the argument checks that raise {@code
 * States.IntrinsicFailure}.
 */
record IntrinsicInvocation(IntrinsicArgument.Call call, List<JsonNode> values, IntrinsicScope scope) {

    static IntrinsicInvocation evaluate(IntrinsicArgument.Call call, IntrinsicScope scope) {
        List<JsonNode> values = new ArrayList<>(call.arguments().size());
        for (IntrinsicArgument argument : call.arguments()) {
            values.add(argument.evaluate(scope));
        }
        return new IntrinsicInvocation(call, values, scope);
    }

    String name() {
        return call.function().functionName();
    }

    int count() {
        return values.size();
    }

    JsonNode value(int index) {
        return values.get(index);
    }

    String string(int index) {
        JsonNode value = values.get(index);
        if (!value.isTextual()) {
            throw wrongType(index, "a string");
        }
        return value.textValue();
    }

    ArrayNode array(int index) {
        JsonNode value = values.get(index);
        if (!value.isArray()) {
            throw wrongType(index, "an array");
        }
        return (ArrayNode) value;
    }

    ObjectNode object(int index) {
        JsonNode value = values.get(index);
        if (!value.isObject()) {
            throw wrongType(index, "a JSON object");
        }
        return (ObjectNode) value;
    }

    boolean bool(int index) {
        JsonNode value = values.get(index);
        if (!value.isBoolean()) {
            throw wrongType(index, "a boolean");
        }
        return value.booleanValue();
    }

    double number(int index) {
        JsonNode value = values.get(index);
        if (!value.isNumber()) {
            throw wrongType(index, "a number");
        }
        return value.doubleValue();
    }

    /** An integer argument: a JSON number without a fractional part that fits in 32 bits. */
    int integer(int index) {
        JsonNode value = values.get(index);
        if (!value.isNumber()
                || (!value.isIntegralNumber() && value.doubleValue() != Math.rint(value.doubleValue()))
                || !fitsInt(value)) {
            throw wrongType(index, "an integer");
        }
        return value.intValue();
    }

    private static boolean fitsInt(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.canConvertToInt();
        }
        double d = value.doubleValue();
        return d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE;
    }

    /** A {@code States.IntrinsicFailure} about this call. */
    StatesException failure(String detail) {
        return new StatesException("States.IntrinsicFailure", "Invalid arguments in " + name() + ": " + detail);
    }

    private StatesException wrongType(int index, String expected) {
        return failure("argument " + (index + 1) + " must be " + expected + ", but was " + describe(values.get(index)));
    }

    private static String describe(JsonNode value) {
        String text = JsonCodec.write(value);
        if (text.length() > 100) {
            text = text.substring(0, 100) + "...";
        }
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + text;
    }
}
