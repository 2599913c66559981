package io.github.sfnunit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonTextsTest {

    @Test
    void the_shared_parser_parses_a_text_once_and_hands_out_the_same_value() throws JsonProcessingException {
        // GIVEN the same text, as two tests would write it
        String first = "{\"chargeId\":\"ch-1\",\"amount\":12.5}";
        String second = new String(first.toCharArray());

        // WHEN
        JsonNode a = JsonTexts.SHARED.parse(first);
        JsonNode b = JsonTexts.SHARED.parse(second);

        // THEN
        assertThat(b).isSameAs(a);
        assertThat(a.path("amount").isDouble()).isTrue();
    }

    @Test
    void a_users_mapper_decides_each_parse_and_shares_nothing() throws JsonProcessingException {
        // GIVEN a mapper configured otherwise than the default one
        JsonTexts own = JsonTexts.of(new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS));
        String text = "{\"amount\":12.5}";
        JsonTexts.SHARED.parse(text);

        // WHEN
        JsonNode parsed = own.parse(text);

        // THEN its configuration applies, and it parses again each time
        assertThat(parsed.path("amount").isBigDecimal()).isTrue();
        assertThat(own.parse(text)).isNotSameAs(parsed).isEqualTo(parsed);
    }

    @Test
    void long_texts_are_parsed_each_time() throws JsonProcessingException {
        String text = "\"" + "x".repeat(5000) + "\"";

        assertThat(JsonTexts.SHARED.parse(text)).isNotSameAs(JsonTexts.SHARED.parse(text));
    }

    @Test
    void text_that_is_not_json_is_refused_every_time() {
        assertThatThrownBy(() -> JsonTexts.SHARED.parse("ok")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> JsonTexts.SHARED.parse("ok")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void stubs_of_fresh_mocks_answer_with_equal_values() {
        TaskMocks one = new TaskMocks();
        TaskMocks other = new TaskMocks();
        one.forState("Charge").thenReturn("{\"id\":1}");
        other.forState("Charge").thenReturn("{\"id\":1}");

        TaskOutcome first = one.invoke(Invocations.call("Charge", "arn:aws:states:::sqs:sendMessage", "{}"));
        TaskOutcome second = other.invoke(Invocations.call("Charge", "arn:aws:states:::sqs:sendMessage", "{}"));

        assertThat(first).isEqualTo(second).isEqualTo(new TaskOutcome.Succeeded(Invocations.json("{\"id\":1}")));
    }
}
