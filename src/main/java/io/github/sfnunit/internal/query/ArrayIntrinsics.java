package io.github.sfnunit.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code States.Array}, {@code ArrayPartition}, {@code ArrayContains}, {@code ArrayRange}, {@code ArrayGetItem}, {@code ArrayLength}, {@code ArrayUnique}. */
final class ArrayIntrinsics {

    /** AWS's limit on the size of the array {@code States.ArrayRange} builds. */
    static final int MAX_RANGE_ITEMS = 1000;

    private ArrayIntrinsics() {}

    static JsonNode array(IntrinsicInvocation call) {
        ArrayNode result = JsonNodeFactory.instance.arrayNode(call.count());
        for (int k = 0; k < call.count(); k++) {
            result.add(call.value(k));
        }
        return result;
    }

    static JsonNode partition(IntrinsicInvocation call) {
        ArrayNode array = call.array(0);
        int size = call.integer(1);
        if (size <= 0) {
            throw call.failure("the chunk size must be greater than 0, but was " + size);
        }
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        ArrayNode chunk = null;
        for (int k = 0; k < array.size(); k++) {
            if (k % size == 0) {
                chunk = result.addArray();
            }
            chunk.add(array.get(k));
        }
        return result;
    }

    static JsonNode contains(IntrinsicInvocation call) {
        ArrayNode array = call.array(0);
        JsonNode wanted = call.value(1);
        for (JsonNode item : array) {
            if (item.equals(wanted)) {
                return JsonNodeFactory.instance.booleanNode(true);
            }
        }
        return JsonNodeFactory.instance.booleanNode(false);
    }

    static JsonNode range(IntrinsicInvocation call) {
        long start = call.integer(0);
        long end = call.integer(1);
        long step = call.integer(2);
        if (step == 0) {
            throw call.failure("the step must not be 0");
        }
        long count = (step > 0 ? end >= start : end <= start) ? (end - start) / step + 1 : 0;
        if (count > MAX_RANGE_ITEMS) {
            throw call.failure(
                    "the range would have " + count + " elements, more than the maximum of " + MAX_RANGE_ITEMS);
        }
        ArrayNode result = JsonNodeFactory.instance.arrayNode((int) count);
        for (long k = 0, value = start; k < count; k++, value += step) {
            result.add((int) value);
        }
        return result;
    }

    static JsonNode getItem(IntrinsicInvocation call) {
        ArrayNode array = call.array(0);
        int index = call.integer(1);
        if (index < 0 || index >= array.size()) {
            throw call.failure(
                    "the index " + index + " is out of bounds for an array of " + array.size() + " elements");
        }
        return array.get(index);
    }

    static JsonNode length(IntrinsicInvocation call) {
        return JsonNodeFactory.instance.numberNode(call.array(0).size());
    }

    static JsonNode unique(IntrinsicInvocation call) {
        Set<JsonNode> seen = new LinkedHashSet<>();
        for (JsonNode item : call.array(0)) {
            seen.add(item);
        }
        ArrayNode result = JsonNodeFactory.instance.arrayNode(seen.size());
        seen.forEach(result::add);
        return result;
    }
}
