package io.github.sfnunit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnunit.VirtualClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.MissingRequiredParameterException;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineStatus;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResultCode;

class StateMachineApiTest {

    static final String ROLE = "arn:aws:iam::123456789012:role/DummyRole";
    static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
    static final Instant START = Instant.parse("2025-03-01T09:00:00Z");

    private static StepFunctionsEndpoint endpoint;
    private static SfnClient sfn;

    @BeforeAll
    static void serve() {
        endpoint = StepFunctionsEndpoint.builder().start();
        sfn = Sdk.client(endpoint.uri());
    }

    @AfterAll
    static void stop() {
        sfn.close();
        endpoint.close();
    }

    @BeforeEach
    void fresh() {
        endpoint.reset(VirtualClock.startingAt(START), null);
    }

    private String create(String name, String definition) {
        return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
                .stateMachineArn();
    }

    @Test
    void should_create_and_describe_a_state_machine_at_virtual_time() {
        CreateStateMachineResponse created =
                sfn.createStateMachine(b -> b.name("Orders").definition(PASS).roleArn(ROLE));

        assertThat(created.stateMachineArn()).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:Orders");
        assertThat(created.creationDate()).isEqualTo(START);
        DescribeStateMachineResponse described =
                sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineArn()));
        assertThat(described.name()).isEqualTo("Orders");
        assertThat(described.definition()).isEqualTo(PASS);
        assertThat(described.roleArn()).isEqualTo(ROLE);
        assertThat(described.type()).isEqualTo(StateMachineType.STANDARD);
        assertThat(described.status()).isEqualTo(StateMachineStatus.ACTIVE);
        assertThat(described.creationDate()).isEqualTo(START);
    }

    @Test
    void should_answer_the_same_arn_when_the_same_machine_is_created_again() {
        String first = create("Orders", PASS);

        assertThat(create("Orders", PASS)).isEqualTo(first);
    }

    @Test
    void should_refuse_another_definition_under_a_taken_name() {
        create("Orders", PASS);

        assertThatThrownBy(() -> create("Orders", PASS.replace("\"P\"", "\"Q\"")))
                .isInstanceOf(StateMachineAlreadyExistsException.class)
                .hasMessageStartingWith(
                        "State Machine Already Exists: 'arn:aws:states:us-east-1:123456789012:stateMachine:Orders'");
    }

    @Test
    void should_refuse_an_invalid_definition_naming_every_problem_with_its_pointer() {
        String broken = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"Nowhere\"}}}";

        assertThatThrownBy(() -> create("Broken", broken))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageStartingWith("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: state \"Nowhere\""
                        + " does not exist at /States/A/Next, SCHEMA_VALIDATION_FAILED: no terminal state: at least one"
                        + " state needs \"End\": true or must be a Succeed or Fail state at /States' (Service: Sfn,"
                        + " Status Code: 400,");
    }

    @Test
    void should_refuse_a_name_with_characters_aws_forbids() {
        assertThatThrownBy(() -> create("bad name", PASS))
                .isInstanceOf(InvalidNameException.class)
                .hasMessageStartingWith("Invalid Name: 'bad name'");
    }

    @Test
    void should_refuse_a_role_that_is_not_an_arn() {
        assertThatThrownBy(() ->
                        sfn.createStateMachine(b -> b.name("X").definition(PASS).roleArn("admin")))
                .isInstanceOf(InvalidArnException.class)
                .hasMessageStartingWith("Invalid Arn: 'Unable to parse ARN: admin'");
    }

    @Test
    void should_answer_state_machine_does_not_exist_for_an_unknown_arn() {
        assertThatThrownBy(() -> sfn.describeStateMachine(
                        b -> b.stateMachineArn("arn:aws:states:us-east-1:123456789012:stateMachine:Nope")))
                .isInstanceOf(StateMachineDoesNotExistException.class)
                .hasMessageStartingWith(
                        "State Machine Does Not Exist: 'arn:aws:states:us-east-1:123456789012:stateMachine:Nope'");
    }

    @Test
    void should_answer_invalid_arn_for_an_execution_arn_where_a_machine_arn_belongs() {
        assertThatThrownBy(() -> sfn.describeStateMachine(
                        b -> b.stateMachineArn("arn:aws:states:us-east-1:123456789012:execution:M:e")))
                .isInstanceOf(InvalidArnException.class)
                .hasMessageStartingWith("Invalid Arn: 'Resource type not valid in this context: execution");
        assertThatThrownBy(() -> sfn.describeStateMachine(b -> b.stateMachineArn("not-an-arn")))
                .isInstanceOf(InvalidArnException.class)
                .hasMessageStartingWith("Invalid Arn: 'Unable to parse ARN: not-an-arn'");
    }

    @Test
    void should_update_the_definition_and_role() {
        String arn = create("Orders", PASS);
        String next = PASS.replace("\"P\"", "\"Q\"");

        sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(next).roleArn(ROLE + "2"));

        DescribeStateMachineResponse described = sfn.describeStateMachine(b -> b.stateMachineArn(arn));
        assertThat(described.definition()).isEqualTo(next);
        assertThat(described.roleArn()).isEqualTo(ROLE + "2");
    }

    @Test
    void should_refuse_an_update_that_changes_nothing() {
        String arn = create("Orders", PASS);

        assertThatThrownBy(() -> sfn.updateStateMachine(b -> b.stateMachineArn(arn)))
                .isInstanceOf(MissingRequiredParameterException.class);
    }

    @Test
    void should_delete_a_state_machine() {
        String arn = create("Orders", PASS);

        sfn.deleteStateMachine(b -> b.stateMachineArn(arn));

        assertThatThrownBy(() -> sfn.describeStateMachine(b -> b.stateMachineArn(arn)))
                .isInstanceOf(StateMachineDoesNotExistException.class);
    }

    @Test
    void should_list_state_machines_page_by_page() {
        for (int i = 0; i < 5; i++) {
            create("M" + i, PASS);
        }

        ListStateMachinesResponse first = sfn.listStateMachines(b -> b.maxResults(2));
        ListStateMachinesResponse second =
                sfn.listStateMachines(b -> b.maxResults(2).nextToken(first.nextToken()));
        ListStateMachinesResponse third =
                sfn.listStateMachines(b -> b.maxResults(2).nextToken(second.nextToken()));

        assertThat(names(first.stateMachines())).containsExactly("M0", "M1");
        assertThat(names(second.stateMachines())).containsExactly("M2", "M3");
        assertThat(names(third.stateMachines())).containsExactly("M4");
        assertThat(third.nextToken()).isNull();
        assertThat(sfn.listStateMachinesPaginator(b -> b.maxResults(2)).stateMachines())
                .hasSize(5);
    }

    @Test
    void should_refuse_a_page_token_it_did_not_make() {
        assertThatThrownBy(() -> sfn.listStateMachines(b -> b.nextToken("forged")))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageStartingWith("Invalid Token: 'forged'");
    }

    @Test
    void should_refuse_max_results_above_a_thousand() {
        assertThatThrownBy(() -> sfn.listStateMachines(b -> b.maxResults(1001)))
                .isInstanceOf(SfnException.class)
                .satisfies(e -> assertThat(((SfnException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"));
    }

    @Test
    void should_validate_a_definition_with_aws_diagnostics() {
        ValidateStateMachineDefinitionResponse bad =
                sfn.validateStateMachineDefinition(b -> b.definition("{\"StartAt\":\"A\",\"States\":{}}"));
        ValidateStateMachineDefinitionResponse good = sfn.validateStateMachineDefinition(b -> b.definition(PASS));

        assertThat(bad.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.FAIL);
        assertThat(bad.diagnostics()).isNotEmpty();
        assertThat(bad.diagnostics().get(0).code()).isEqualTo("SCHEMA_VALIDATION_FAILED");
        assertThat(bad.diagnostics().get(0).severityAsString()).isEqualTo("ERROR");
        assertThat(good.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.OK);
        assertThat(good.diagnostics()).isEmpty();
    }

    private static List<String> names(List<StateMachineListItem> items) {
        return items.stream().map(StateMachineListItem::name).toList();
    }
}
