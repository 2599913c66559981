package io.github.sfnunit.internal.query;

import static io.github.sfnunit.internal.query.QueryTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ReferencePathTest {

    @Test
    void dollar_replaces_the_input_with_the_result() {
        JsonNode result = json("'Hello'");

        assertThat(ReferencePath.compile("$").insert(json("{'a': 1}"), result)).isSameAs(result);
    }

    @Test
    void a_field_is_added_next_to_the_input() {
        // GIVEN
        JsonNode input = json("{'comment': 'x'}");

        // WHEN
        JsonNode output = ReferencePath.compile("$.taskresult").insert(input, json("'Hello'"));

        // THEN
        assertThat(output).isEqualTo(json("{'comment': 'x', 'taskresult': 'Hello'}"));
    }

    @Test
    void an_existing_field_is_replaced_in_place() {
        JsonNode output = ReferencePath.compile("$.a").insert(json("{'a': 1, 'b': 2}"), json("9"));

        assertThat(output).isEqualTo(json("{'a': 9, 'b': 2}"));
        assertThat(output.fieldNames()).toIterable().containsExactly("a", "b");
    }

    @Test
    void missing_objects_along_the_path_are_created() {
        JsonNode output = ReferencePath.compile("$.x.y.z").insert(json("{'a': 1}"), json("true"));

        assertThat(output).isEqualTo(json("{'a': 1, 'x': {'y': {'z': true}}}"));
    }

    @Test
    void the_input_is_never_modified() {
        // GIVEN
        JsonNode input = json("{'strings': {'string1': 'a'}, 'other': {'deep': [1]}}");
        JsonNode before = input.deepCopy();

        // WHEN
        JsonNode output = ReferencePath.compile("$.strings.lambdaresult").insert(input, json("'r'"));

        // THEN
        assertThat(input).isEqualTo(before);
        assertThat(output.get("strings")).isEqualTo(json("{'string1': 'a', 'lambdaresult': 'r'}"));
        assertThat(output.get("other")).as("branches off the path are shared").isSameAs(input.get("other"));
    }

    @Test
    void an_index_step_replaces_an_array_element() {
        JsonNode output = ReferencePath.compile("$.list[1].v").insert(json("{'list': [{}, {'v': 0}]}"), json("5"));

        assertThat(output).isEqualTo(json("{'list': [{}, {'v': 5}]}"));
    }

    @Test
    void bracket_notation_is_accepted() {
        JsonNode output = ReferencePath.compile("$['my key']").insert(json("{}"), json("1"));

        assertThat(output).isEqualTo(json("{'my key': 1}"));
    }

    @Test
    void a_non_object_input_fails_with_result_path_match_failure() {
        assertThatThrownBy(() -> ReferencePath.compile("$.someTaskResult").insert(json("'input1'"), json("1")))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.ResultPathMatchFailure");
                    assertThat(e.cause())
                            .isEqualTo("Unable to apply ReferencePath $.someTaskResult to input \"input1\"");
                });
    }

    @Test
    void a_non_object_along_the_path_fails_naming_the_whole_input() {
        assertThatThrownBy(() -> ReferencePath.compile("$.a.b").insert(json("{'a': [1]}"), json("1")))
                .isInstanceOfSatisfying(
                        StatesException.class,
                        e -> assertThat(e.cause())
                                .isEqualTo("Unable to apply ReferencePath $.a.b to input {\"a\":[1]}"));
    }

    @Test
    void an_index_past_the_end_fails() {
        assertThatThrownBy(() -> ReferencePath.compile("$.list[3]").insert(json("{'list': [1]}"), json("1")))
                .isInstanceOfSatisfying(
                        StatesException.class, e -> assertThat(e.error()).isEqualTo("States.ResultPathMatchFailure"));
    }

    @Test
    void wildcards_are_not_reference_paths() {
        assertThatThrownBy(() -> ReferencePath.compile("$.items[*]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid ResultPath '$.items[*]'");
    }

    @Test
    void context_paths_are_not_reference_paths() {
        assertThatThrownBy(() -> ReferencePath.compile("$$.Execution"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'$$.Execution'");
    }
}
