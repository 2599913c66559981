package io.github.sfnunit.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
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
}
