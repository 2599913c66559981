package io.github.sfnunit.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionLoaderTest {

    @TempDir
    Path dir;

    private static State.Task task(StateMachineDefinition definition, String name) {
        return (State.Task) definition.graph().state(name);
    }

    @Test
    void should_fill_placeholders_of_a_plain_definition_file_even_unquoted_ones() throws IOException {
        // GIVEN a definition whose TimeoutSeconds placeholder is only JSON once filled in
        Path file = Files.writeString(dir.resolve("flow.asl.json"), """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task",
                  "Resource": "arn:${AWS::Partition}:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "${FunctionArn}"}, "TimeoutSeconds": ${Timeout}, "End": true}}}
                """);

        // WHEN
        StateMachineDefinition definition = DefinitionLoader.builder()
                .substitution("FunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:f")
                .substitution("Timeout", "30")
                .build()
                .load(file);

        // THEN
        State.Task call = task(definition, "Call");
        assertThat(call.resource()).isEqualTo("arn:aws:states:::lambda:invoke");
        assertThat(call.dataFlow().parameters().path("FunctionName").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:f");
        assertThat(call.timeoutSeconds().intValue()).isEqualTo(30);
    }

    @Test
    void should_list_every_missing_substitution() {
        assertThatThrownBy(() -> DefinitionLoader.defaults()
                        .loadString(
                                "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\", \"Resource\": \"${Fn}\","
                                        + " \"Comment\": \"${Other} ${Fn}\", \"End\": true}}}"))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessage("The state machine definition is invalid:\n  /: the definition has placeholders without a"
                        + " value: ${Fn}, ${Other} (give each a value as a substitution, e.g."
                        + " DefinitionLoader.builder().substitution(\"Fn\", \"...\"))");
    }

    @Test
    void should_load_a_yaml_classpath_resource() {
        StateMachineDefinition definition = DefinitionLoader.builder()
                .substitution("Greeting", "hi")
                .build()
                .loadResource("sfnunit-asl/hello.asl.yaml");

        assertThat(((State.Pass) definition.graph().state("Hello")).result().asText())
                .isEqualTo("hi");
    }

    @Test
    void should_load_a_sam_template_with_short_form_tags_and_a_definition_uri() throws IOException {
        // GIVEN a SAM template whose state machine is in a file next to it
        Files.createDirectories(dir.resolve("statemachine"));
        Files.writeString(dir.resolve("statemachine/flow.asl.json"), """
                {"StartAt": "Charge", "States": {
                  "Charge": {"Type": "Task", "Resource": "${ChargeArn}", "Next": "Notify"},
                  "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                             "Parameters": {"TopicArn": "${Topic}", "Message": "${Stage}"}, "End": true}}}
                """);
        Path template = Files.writeString(dir.resolve("template.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  Stage:
                    Type: String
                    Default: dev
                Resources:
                  ChargeFunction:
                    Type: AWS::Serverless::Function
                  Alerts:
                    Type: AWS::SNS::Topic
                  OrderFlow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionUri: statemachine/flow.asl.json
                      DefinitionSubstitutions:
                        ChargeArn: !GetAtt ChargeFunction.Arn
                        Topic: !Ref Alerts
                        Stage: !Sub "${Stage}-${AWS::Region}"
                """);

        // WHEN
        StateMachineDefinition definition = DefinitionLoader.defaults().load(template);

        // THEN placeholders derive from the logical ids
        assertThat(task(definition, "Charge").resource())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:ChargeFunction");
        State.Task notify = task(definition, "Notify");
        assertThat(notify.dataFlow().parameters().path("TopicArn").asText())
                .isEqualTo("arn:aws:sns:us-east-1:123456789012:Alerts");
        assertThat(notify.dataFlow().parameters().path("Message").asText()).isEqualTo("dev-us-east-1");
    }

    @Test
    void should_let_caller_substitutions_win_over_the_template() throws IOException {
        Path template = Files.writeString(dir.resolve("template.yaml"), """
                Resources:
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      Definition:
                        StartAt: A
                        States:
                          A: {Type: Pass, Result: "${Value}", End: true}
                      DefinitionSubstitutions:
                        Value: from-template
                """);

        StateMachineDefinition definition = DefinitionLoader.builder()
                .substitution("Value", "from-test")
                .build()
                .load(template);

        assertThat(((State.Pass) definition.graph().state("A")).result().asText())
                .isEqualTo("from-test");
    }

    @Test
    void should_load_a_cdk_synthesized_definition_string_built_with_fn_join() {
        String template = """
                {"Resources": {
                  "Fn9270CBC0": {"Type": "AWS::Lambda::Function"},
                  "Flow4C6B2D9A": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {
                    "DefinitionString": {"Fn::Join": ["", [
                      "{\\"StartAt\\":\\"Call\\",\\"States\\":{\\"Call\\":{\\"End\\":true,\\"Type\\":\\"Task\\",\\"Resource\\":\\"arn:",
                      {"Ref": "AWS::Partition"},
                      ":states:::lambda:invoke\\",\\"Parameters\\":{\\"FunctionName\\":\\"",
                      {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]},
                      "\\",\\"Payload.$\\":\\"$\\"}}}}"]]}}}}}
                """;

        StateMachineDefinition definition = DefinitionLoader.defaults().loadString(template);

        State.Task call = task(definition, "Call");
        assertThat(call.resource()).isEqualTo("arn:aws:states:::lambda:invoke");
        assertThat(call.dataFlow().parameters().path("FunctionName").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:Fn9270CBC0");
    }

    @Test
    void should_resolve_fn_sub_with_a_variable_map() {
        String template = """
                Resources:
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      DefinitionString: !Sub
                        - '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": "${Greeting} ${!Literal}", "End": true}}}'
                        - Greeting: hello
                """;

        StateMachineDefinition definition = DefinitionLoader.builder()
                .substitution("Literal", "filled")
                .build()
                .loadString(template);

        assertThat(((State.Pass) definition.graph().state("A")).result().asText())
                .isEqualTo("hello filled");
    }

    @Test
    void should_ask_for_a_logical_id_when_a_template_holds_several_state_machines() {
        String template = """
                Resources:
                  First: {Type: AWS::StepFunctions::StateMachine, Properties: {Definition: {StartAt: A, States: {A: {Type: Succeed}}}}}
                  Second: {Type: AWS::Serverless::StateMachine, Properties: {Definition: {StartAt: B, States: {B: {Type: Succeed}}}}}
                """;

        assertThatThrownBy(() -> DefinitionLoader.defaults().loadString(template))
                .hasMessageContaining(
                        "/: the template has 2 state machines [First, Second]: choose one by its logical id");
        assertThatThrownBy(() ->
                        DefinitionLoader.builder().logicalId("Secnd").build().loadString(template))
                .hasMessageContaining("the template has no state machine \"Secnd\"; did you mean \"Second\"?");
        assertThat(DefinitionLoader.builder()
                        .logicalId("Second")
                        .build()
                        .loadString(template)
                        .startAt())
                .isEqualTo("B");
    }

    @Test
    void should_apply_express_rules_when_the_template_says_express() {
        String template = """
                Resources:
                  Flow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      Type: EXPRESS
                      Definition:
                        StartAt: A
                        States:
                          A: {Type: Task, Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken", End: true}
                """;

        assertThatThrownBy(() -> DefinitionLoader.defaults().loadString(template))
                .hasMessageContaining("Express state machine does not support '.waitForTaskToken'");
    }

    @Test
    void should_say_which_intrinsic_functions_are_not_supported() {
        String template = """
                Resources:
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      DefinitionString: !If [IsProd, "{}", "{}"]
                """;

        assertThatThrownBy(() -> DefinitionLoader.defaults().loadString(template))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageStartingWith("The CloudFormation intrinsic function Fn::If is not supported");
    }

    @Test
    void should_refuse_yaml_alias_bombs() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            bomb.append("]\n");
        }

        assertThatThrownBy(() -> DefinitionLoader.defaults().loadString(bomb.toString()))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("refusing it (possible alias bomb)");
    }

    @Test
    void should_report_where_json_is_broken() {
        assertThatThrownBy(() -> DefinitionLoader.defaults().loadString("{\"StartAt\": \"A\",\n \"States\": {]}"))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessage(
                        "The state machine definition is invalid:\n  /: the definition is not valid JSON: Unexpected"
                                + " close marker ']': expected '}' (line 2, column 13)");
    }
}
