package io.github.sfnunit.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfnunit.asl.JsonDepth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadLimitTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void a_text_of_exactly_256_KiB_as_JSON_is_within_the_limit() {
        // GIVEN a string whose JSON text (with its two quotes) is 262,144 bytes
        JsonNode value = TextNode.valueOf("x".repeat(PayloadLimit.MAX_BYTES - 2));

        // WHEN / THEN
        assertThat(PayloadLimit.exceeds(value)).isFalse();
    }

    @Test
    void a_text_one_byte_over_256_KiB_exceeds_the_limit() {
        JsonNode value = TextNode.valueOf("x".repeat(PayloadLimit.MAX_BYTES - 1));

        assertThat(PayloadLimit.exceeds(value)).isTrue();
    }

    @Test
    void multi_byte_characters_count_as_their_UTF_8_bytes() {
        // GIVEN 3-byte characters: 87,000 are 261,002 bytes, 88,000 are 264,002 bytes
        JsonNode within = TextNode.valueOf("\u20ac".repeat(87_000));
        JsonNode over = TextNode.valueOf("\u20ac".repeat(88_000));

        // WHEN / THEN
        assertThat(PayloadLimit.exceeds(within)).isFalse();
        assertThat(PayloadLimit.exceeds(over)).isTrue();
    }

    @Test
    void a_large_array_of_small_numbers_under_the_limit_is_within_it() {
        // GIVEN 100,000 one-digit numbers: 200,001 bytes of JSON, though a per-element bound would pass the limit
        ArrayNode digits = NODES.arrayNode();
        for (int i = 0; i < 100_000; i++) {
            digits.add(i % 10);
        }

        // WHEN / THEN
        assertThat(PayloadLimit.exceeds(digits)).isFalse();
    }

    @Test
    void an_object_whose_fields_together_pass_the_limit_exceeds_it() {
        // GIVEN 30,000 fields of about 10 bytes each: about 300,000 bytes
        var object = NODES.objectNode();
        for (int i = 0; i < 30_000; i++) {
            object.put("k" + i, i);
        }

        // WHEN / THEN
        assertThat(PayloadLimit.exceeds(object)).isTrue();
    }

    @Test
    void big_decimals_count_with_their_full_text() {
        // GIVEN an array of numbers with 1,000 digits each, 300 of them: about 300,000 bytes
        ArrayNode numbers = NODES.arrayNode();
        BigDecimal big = new BigDecimal("9".repeat(1_000));
        for (int i = 0; i < 300; i++) {
            numbers.add(big);
        }

        // WHEN / THEN
        assertThat(PayloadLimit.exceeds(numbers)).isTrue();
    }

    @Test
    void a_small_payload_is_within_the_limit() {
        JsonNode value =
                NODES.objectNode().put("orderId", "o-1").put("amount", 42.5).put("paid", true);

        assertThat(PayloadLimit.exceeds(value)).isFalse();
        assertThat(PayloadLimit.exceeds(null)).isFalse();
    }

    @Test
    void a_remembered_payload_still_counts_its_full_size_inside_a_new_one() {
        // GIVEN one execution's limit, and a 220,000-byte payload it has already bounded (20,000 ten-digit numbers)
        PayloadLimit limit = new PayloadLimit();
        ArrayNode large = NODES.arrayNode();
        for (int i = 0; i < 20_000; i++) {
            large.add(1_000_000_000 + i);
        }
        assertThat(limit.violation(large, "First")).isNull();

        // WHEN the next state's output holds it twice (about 440,000 bytes)
        ObjectNode twice = NODES.objectNode();
        twice.set("a", large);
        twice.set("b", large);

        // THEN the remembered bound is added up, not skipped
        assertThat(limit.violation(twice, "Second")).isEqualTo(PayloadLimit.causeFor("Second"));
    }

    @Test
    void a_remembered_payload_nested_one_level_deeper_counts_its_height() {
        // GIVEN a value exactly 200 levels deep (the most allowed), already found within the limits
        PayloadLimit limit = new PayloadLimit();
        JsonNode deepest = nested(JsonDepth.MAX_DEPTH);
        assertThat(limit.violation(deepest, "First")).isNull();

        // WHEN a result puts it one level further down (a ResultPath of $.result)
        JsonNode deeper = NODES.objectNode().set("result", deepest);

        // THEN it is too deep, as a fresh walk finds
        assertThat(limit.violation(deeper, "Second")).contains("nested more than 200 levels deep");
        assertThat(new PayloadLimit().violation(deeper, "Second")).isEqualTo(limit.violation(deeper, "Second"));
    }

    @Test
    void remembering_forgets_the_oldest_and_answers_as_a_fresh_walk_does() {
        // GIVEN more remembered payloads than the limit keeps, each checked once
        PayloadLimit limit = new PayloadLimit();
        List<JsonNode> payloads = new ArrayList<>();
        for (int i = 0; i < 3 * PayloadLimit.KNOWN; i++) {
            JsonNode payload = NODES.objectNode().put("text", "y".repeat(100 * i));
            payloads.add(payload);
            assertThat(limit.violation(payload, "S")).isNull();
        }

        // WHEN each is checked again inside a wrapper with 200,000 more bytes
        // THEN the answer is the one a fresh walk gives, remembered or not
        for (JsonNode payload : payloads) {
            JsonNode wrapped = NODES.objectNode().put("pad", "z".repeat(40_000)).set("payload", payload);
            assertThat(limit.violation(wrapped, "S")).isEqualTo(new PayloadLimit().violation(wrapped, "S"));
        }
    }

    @Test
    void a_copy_with_one_more_field_is_bounded_from_its_original_and_answers_as_a_fresh_walk_does() {
        // GIVEN an original whose size bound (6 bytes per character) is just under the limit, checked (and so
        // remembered) by this execution's limit
        PayloadLimit limit = new PayloadLimit();
        ObjectNode original = NODES.objectNode().put("pad", "x".repeat(43_000)).put("id", 7);
        assertThat(limit.violation(original, "First")).isNull();

        // WHEN ResultPath $.result builds copies of it with results of growing size, the bound of the larger ones
        // passing the limit, the last one passing it in truth too
        List<ObjectNode> copies = new ArrayList<>();
        for (int length = 0; length <= 1_000; length += 50) {
            copies.add(original.deepCopy().put("result", "y".repeat(length)));
        }
        copies.add(original.deepCopy().put("result", "y".repeat(230_000)));

        // THEN each is within the limit or not as a fresh walk finds
        for (ObjectNode copy : copies) {
            limit.rememberCopyWithField(copy, original, "result");
            assertThat(limit.violation(copy, "Second")).isEqualTo(new PayloadLimit().violation(copy, "Second"));
        }
        assertThat(limit.violation(copies.get(copies.size() - 1), "Second")).isNotNull();
    }

    @Test
    void a_copy_whose_result_is_too_deep_is_too_deep_as_a_fresh_walk_finds() {
        // GIVEN a remembered original, and a copy whose new field is nested 200 levels deep (201 in the copy)
        PayloadLimit limit = new PayloadLimit();
        ObjectNode original = NODES.objectNode().put("id", 7);
        assertThat(limit.violation(original, "First")).isNull();
        ObjectNode copy = original.deepCopy().set("result", nested(200));

        // WHEN the copy is bounded from the original
        limit.rememberCopyWithField(copy, original, "result");

        // THEN it is too deep
        assertThat(limit.violation(copy, "Second")).contains("nested more than 200 levels deep");
        assertThat(limit.violation(copy, "Second")).isEqualTo(new PayloadLimit().violation(copy, "Second"));
    }

    @Test
    void a_copy_that_replaces_a_deep_field_keeps_no_height_of_the_field_it_replaced() {
        // GIVEN a remembered original whose field "result" is nested 199 levels deep (200 in the original)
        PayloadLimit limit = new PayloadLimit();
        ObjectNode original = NODES.objectNode().set("result", nested(199));
        assertThat(limit.violation(original, "First")).isNull();

        // WHEN a copy replaces it with a text, and the copy is placed one level deeper in a new payload
        ObjectNode copy = original.deepCopy().put("result", "flat");
        limit.rememberCopyWithField(copy, original, "result");
        JsonNode wrapped = NODES.objectNode().set("previous", copy);

        // THEN the new payload is two levels deep, within the limit
        assertThat(limit.violation(wrapped, "Second")).isNull();
    }

    /** An array nested {@code levels} deep: {@code [[[...]]]}. */
    private static JsonNode nested(int levels) {
        ArrayNode root = NODES.arrayNode();
        ArrayNode inner = root;
        for (int i = 1; i < levels; i++) {
            inner = inner.addArray();
        }
        return root;
    }
}
