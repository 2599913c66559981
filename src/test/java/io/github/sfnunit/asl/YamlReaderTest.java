package io.github.sfnunit.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    @Test
    void should_expand_anchors_and_aliases() {
        JsonNode tree = YamlReader.read("""
                retry: &retry
                  ErrorEquals: [States.ALL]
                  MaxAttempts: 2
                first: *retry
                second: *retry
                """, "test.yaml");

        assertThat(tree.path("second").path("MaxAttempts").asInt()).isEqualTo(2);
        assertThat(tree.path("first")).isEqualTo(tree.path("retry"));
    }

    @Test
    void should_expand_aliases_of_scalars_with_their_yaml_types() {
        JsonNode tree = YamlReader.read("timeout: &t 30\nname: &n 'x'\nTimeoutSeconds: *t\nLabel: *n\n", "t.yaml");

        assertThat(tree.path("TimeoutSeconds").isIntegralNumber()).isTrue();
        assertThat(tree.path("TimeoutSeconds").intValue()).isEqualTo(30);
        assertThat(tree.path("Label").textValue()).isEqualTo("x");
    }

    @Test
    void should_refuse_more_than_100_aliases() {
        StringBuilder yaml = new StringBuilder("a: &a x\nlist:\n");
        for (int i = 0; i <= YamlReader.MAX_ALIASES; i++) {
            yaml.append("  - *a\n");
        }

        assertThatThrownBy(() -> YamlReader.read(yaml.toString(), "bomb.yaml"))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining(
                        "/: bomb.yaml uses more than 100 YAML aliases; refusing it (possible alias bomb)");
    }

    @Test
    void should_turn_cloudformation_short_forms_into_long_forms() {
        JsonNode tree = YamlReader.read("""
                a: !Ref Topic
                b: !GetAtt Fn.Arn
                c: !Sub "arn:${AWS::Partition}:x"
                d: !Join ["", [a, b]]
                """, "template.yaml");

        assertThat(tree.path("a").path("Ref").asText()).isEqualTo("Topic");
        assertThat(tree.path("b").path("Fn::GetAtt").toString()).isEqualTo("[\"Fn\",\"Arn\"]");
        assertThat(tree.path("c").path("Fn::Sub").asText()).isEqualTo("arn:${AWS::Partition}:x");
        assertThat(tree.path("d").path("Fn::Join").isArray()).isTrue();
    }

    @Test
    void should_refuse_tags_it_does_not_know_without_instantiating_anything() {
        assertThatThrownBy(() -> YamlReader.read("a: !!javax.script.ScriptEngineManager [x]\n", "evil.yaml"))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("evil.yaml uses the YAML tag");
    }

    @Test
    void should_refuse_several_documents() {
        assertThatThrownBy(() -> YamlReader.read("a: 1\n---\nb: 2\n", "two.yaml"))
                .hasMessageContaining("two.yaml holds more than one YAML document");
    }
}
