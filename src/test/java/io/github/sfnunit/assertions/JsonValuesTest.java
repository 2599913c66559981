package io.github.sfnunit.assertions;

import static io.github.sfnunit.assertions.Executions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Configuration JAYWAY = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(MAPPER))
            .mappingProvider(new JacksonMappingProvider(MAPPER))
            .build();

    private static final JsonNode DOCUMENT = json("{\"a\": {\"b\": [1, null, {\"c\": \"x\", \"d e\": true}]},"
            + " \"s\": \"text\", \"n\": null, \"empty\": [], \"0\": {\"a\": 2}}");

    /**
     * Plain paths are walked without Jayway: they select what Jayway selects, on every document, but for one Jayway
     * quirk, an index past the end as the last step (Jayway: {@code null}; here, as in the engine: nothing).
     */
    @Test
    void plain_paths_select_what_jayway_selects() {
        String[] steps = {
            ".a", ".b", ".c", ".s", ".n", ".empty", ".x", "['d e']", "['a']", "[0]", "[1]", "[2]", "[5]", ".0", "['0']"
        };
        Random random = new Random(20261202L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder path = new StringBuilder("$");
            for (int k = random.nextInt(5); k > 0; k--) {
                path.append(steps[random.nextInt(steps.length)]);
            }
            JsonNode expected = jayway(DOCUMENT, path.toString());
            JsonNode actual = JsonValues.read(DOCUMENT, path.toString());
            if (expected.isNull() && actual.isMissingNode() && path.toString().matches(".*\\[\\d+]")) {
                continue; // the out-of-range quirk, checked below
            }
            assertThat(actual).as(path.toString()).isEqualTo(expected);
        }
    }

    @Test
    void an_index_past_the_end_selects_nothing_not_null() {
        assertThat(JsonValues.read(DOCUMENT, "$.empty[0]")).isSameAs(MissingNode.getInstance());
        assertThat(JsonValues.read(DOCUMENT, "$.a.b[1]").isNull()).isTrue();
    }

    private static JsonNode jayway(JsonNode document, String path) {
        try {
            JsonNode value = JsonPath.using(JAYWAY).parse(document).read(path);
            return value == null ? MissingNode.getInstance() : value;
        } catch (PathNotFoundException e) {
            return MissingNode.getInstance();
        }
    }

    @Test
    void numbers_compare_by_value() {
        assertThat(JsonValues.equivalent(json("1"), json("1.0"))).isTrue();
        assertThat(JsonValues.equivalent(json("1"), json("1.5"))).isFalse();
    }

    @Test
    void object_members_compare_in_any_order_and_arrays_in_order() {
        assertThat(JsonValues.equivalent(json("{\"a\":1,\"b\":[1,2]}"), json("{\"b\":[1,2],\"a\":1}")))
                .isTrue();
        assertThat(JsonValues.equivalent(json("[1,2]"), json("[2,1]"))).isFalse();
    }

    @Test
    void differences_are_named_by_json_pointer_with_escaped_names() {
        assertThat(JsonValues.differences(json("{\"a/b\":[1,2],\"c\":\"x\"}"), json("{\"a/b\":[1],\"d\":null}")))
                .containsExactly("/a~1b/1: missing, expected 2", "/c: missing, expected \"x\"", "/d: unexpected null");
    }

    @Test
    void a_type_change_at_the_root_is_one_difference() {
        assertThat(JsonValues.differences(json("{}"), json("[]"))).containsExactly("/: expected {} but was []");
    }

    @Test
    void only_the_first_ten_differences_are_listed() {
        String lines = JsonValues.differenceLines(java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> "/" + i + ": unexpected " + i)
                .toList());
        assertThat(lines.lines()).hasSize(11).last().isEqualTo("  ... and 2 more");
    }

    @Test
    void reading_an_invalid_json_path_is_a_clear_error() {
        assertThatThrownBy(() -> JsonValues.read(json("{}"), "$.a."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"$.a.\" is not a valid JSONPath");
    }
}
